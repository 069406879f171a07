import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { generateSigningKey, verifyExport } from '@libs/ledger';
import { waitReady } from '../support/child-gateway';
import { TcpProxy } from '../support/tcp-proxy';

/**
 * Database cut under concurrent load (issue 12): a loopback TCP proxy between a gateway process and
 * PostgreSQL cuts every connection for about two seconds while 8 clients keep sending chat requests.
 * The gateway runs in a child process, so an unhandled pg 'error' shows as a dead process, not a dead
 * test runner. The upstream is a counting fake on loopback that sees each request's x-request-id.
 */
const root = join(__dirname, '../..');
const TENANT = 'fault-us';
const CLIENTS = 8;
const CUT_MS = 2000;

interface Sent {
  id: string;
  start: number;
  end: number;
  status: number; // 0: no HTTP answer (connection refused or reset)
  code: string | null;
}

interface UpstreamCall {
  id: string;
  at: number;
  whileCut: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function policy(upstreamPort: number): string {
  return `apiVersion: gateway.policy/v1
providers:
  - id: upstream
    kind: openai-compatible
    baseUrl: http://127.0.0.1:${upstreamPort}/v1
    hosting: local
    regions: [on-prem]
    baa: true
    attestationsValidUntil: 2099-12-31
    models:
      - { id: chat, inputUsdPerMTok: 0.10, outputUsdPerMTok: 0.20, contextWindow: 128000, capabilities: [chat] }
tenants:
  - { id: ${TENANT}, region: us, floor: public }
compliance: []
routes:
  - id: default
    match: { workload: chat }
    strategy: cheapest
    candidates: [upstream/chat]
    attemptTimeoutMs: 5000
    default: true
`;
}

/** An OpenAI-compatible upstream that answers at once and records who called it, and whether the database was cut then. */
function fakeUpstream(state: { cut: boolean }, calls: UpstreamCall[]): Server {
  return createServer((req, res) => {
    const id = String(req.headers['x-request-id'] ?? '');
    calls.push({ id, at: Date.now(), whileCut: state.cut });
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: `chatcmpl-${id}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: 'chat',
          choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 },
        }),
      );
    });
  });
}

describe('database cut under concurrent load', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-fault-db-'));
  const dbUrl = new URL(process.env.DATABASE_URL as string);
  const proxy = new TcpProxy(dbUrl.hostname, Number(dbUrl.port || 5432));
  const state = { cut: false };
  const calls: UpstreamCall[] = [];
  const upstream = fakeUpstream(state, calls);
  let child: ChildProcess | null = null;
  let stderr = '';

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child?.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(10000)]);
      child.kill('SIGKILL');
    }
    await proxy.stop();
    await new Promise((r) => upstream.close(r));
  });

  it('does not crash, refuses with 503 audit_unavailable and no egress while cut, recovers by itself, and keeps one outcome per decision', async () => {
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const upstreamPort = (upstream.address() as AddressInfo).port;
    const proxyPort = await proxy.start();
    const viaProxy = new URL(dbUrl.toString());
    viaProxy.port = String(proxyPort);
    const policyFile = join(dataDir, 'policy.yaml');
    writeFileSync(policyFile, policy(upstreamPort));
    const keyFile = join(dataDir, 'ledger.pem');
    writeFileSync(keyFile, generateSigningKey('llm-gateway-ledger').privateKeyPem);
    const port = 20000 + (process.pid % 2000);
    const url = `http://127.0.0.1:${port}`;

    child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', join(root, 'test/support/alias-hook.js'), join(root, 'src/main.ts')],
      {
        cwd: root,
        env: {
          ...process.env,
          TS_NODE_PROJECT: join(root, 'tsconfig.json'),
          NODE_ENV: 'test',
          GATEWAY_DEMO: '1',
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: viaProxy.toString(),
          GATEWAY_DB_TIMEOUT_MS: '500',
          GATEWAY_DATA_DIR: dataDir,
          GATEWAY_POLICY: policyFile,
          GATEWAY_LOG_FILE: join(dataDir, 'gateway.log'),
          LEDGER_SIGNING_KEY_FILE: keyFile,
          LEDGER_CHECKPOINT_INTERVAL_MS: '200', // checkpoint writes fail during the cut too
          // A short deadline, so the recovery sweep may close the decisions whose outcome write the cut broke.
          GATEWAY_DEFAULT_DEADLINE_MS: '3000',
          GATEWAY_OUTCOME_SWEEP_MS: '500',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    // The last few KB of stderr, to name the cause if the process dies (the gateway logs to its file).
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString('utf8')).slice(-4000)));
    await waitReady(child, url);
    const demoKeys = JSON.parse(readFileSync(join(dataDir, 'demo-keys.json'), 'utf8')) as {
      tenants: Record<string, string>;
      compliance: string;
    };
    const key = demoKeys.tenants[TENANT] as string;

    const sent: Sent[] = [];
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const id = `fault-${w}-${i}`;
        const start = Date.now();
        let status = 0;
        let code: string | null = null;
        try {
          const res = await fetch(`${url}/v1/chat/completions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'x-request-id': id },
            body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: `fault load ${i}` }] }),
            signal: AbortSignal.timeout(20000),
          });
          status = res.status;
          const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
          code = body?.error?.code ?? null;
        } catch {
          status = 0;
        }
        sent.push({ id, start, end: Date.now(), status, code });
        if (status !== 200) await sleep(20); // a refused request comes back at once: do not spin
      }
    };
    const workers = Array.from({ length: CLIENTS }, (_, w) => worker(w));

    await sleep(1500);
    const cutAt = Date.now();
    state.cut = true;
    await proxy.stop();
    await sleep(CUT_MS);
    state.cut = false;
    await proxy.start(proxyPort);
    const restoreAt = Date.now();
    // Bounded wait for recovery: until 40 requests started after the restore have succeeded (or 30 s).
    for (let i = 0; i < 300 && sent.filter((s) => s.start >= restoreAt && s.status === 200).length < 40; i++) await sleep(100);
    stop = true;
    await Promise.all(workers);

    const alive = child.exitCode === null && child.signalCode === null;
    expect({ alive, stderr: alive ? '' : stderr }).toEqual({ alive: true, stderr: '' });

    // Every answer is a 200 or our 503 audit_unavailable: no 500, no dropped connection.
    const odd = sent.filter((s) => !(s.status === 200 || (s.status === 503 && s.code === 'audit_unavailable')));
    expect(odd).toEqual([]);
    // A request that began and ended inside the cut is refused.
    const duringCut = sent.filter((s) => s.start >= cutAt && s.end <= restoreAt);
    expect(duringCut.length).toBeGreaterThan(0);
    expect(duringCut.filter((s) => s.status !== 503)).toEqual([]);
    // No egress without a durable decision: while cut, the upstream sees only requests begun before the cut.
    const startOf = new Map(sent.map((s) => [s.id, s.start]));
    const egressWhileCut = calls.filter((c) => c.whileCut);
    const egressBegunInCut = egressWhileCut.filter((c) => (startOf.get(c.id) ?? Infinity) >= cutAt);
    expect(egressBegunInCut).toEqual([]);
    // It recovers by itself.
    const afterRestore = sent.filter((s) => s.start >= restoreAt && s.status === 200);
    expect(afterRestore.length).toBeGreaterThanOrEqual(40);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    // The tenant's log still verifies offline.
    const auth = { authorization: `Bearer ${demoKeys.compliance}` };
    const vkey = (await (await fetch(`${url}/v1/audit/public-key`, { headers: auth })).text()).trim();
    const exported = await (await fetch(`${url}/v1/audit/export?tenant=${TENANT}`, { headers: auth })).text();
    expect(verifyExport(exported, vkey)).toMatchObject({ ok: true });

    // The ledger, read directly (not through the proxy) as the owner.
    const readLedger = async () => {
      const owner = new Client({ connectionString: dbUrl.toString() });
      owner.on('error', () => undefined);
      await owner.connect();
      try {
        return (
          await owner.query<{ request_id: string; kind: string }>(
            `SELECT request_id, kind FROM ledger_entry WHERE tenant_id = $1 AND request_id LIKE 'fault-%' ORDER BY seq`,
            [TENANT],
          )
        ).rows;
      } finally {
        await owner.end();
      }
    };
    const unanswered = (rs: { request_id: string; kind: string }[]) => {
      const n = new Map<string, number>();
      for (const r of rs) n.set(r.request_id, (n.get(r.request_id) ?? 0) + (r.kind === 'routing_decision' ? 1 : -1));
      return [...n].filter(([, v]) => v > 0).map(([id]) => id);
    };
    let rows = await readLedger();
    const openAfterCut = unanswered(rows).length;
    // The recovery sweep closes what the cut left open, once older than twice the deadline (bounded wait).
    for (let i = 0; unanswered(rows).length > 0 && i < 60; i++) {
      await new Promise((r) => setTimeout(r, 250));
      rows = await readLedger();
    }
    const kinds = new Map<string, string[]>();
    for (const r of rows) kinds.set(r.request_id, [...(kinds.get(r.request_id) ?? []), r.kind]);
    const ok = sent.filter((s) => s.status === 200);
    // Every acknowledged request: exactly one decision and one outcome.
    expect(ok.filter((s) => JSON.stringify(kinds.get(s.id)) !== '["routing_decision","routing_outcome"]').map((s) => s.id)).toEqual([]);
    // No decision ever gets two outcomes, and every upstream call was preceded by a recorded decision.
    const twice = [...kinds].filter(
      ([, k]) => k.filter((x) => x === 'routing_outcome').length > 1 || k.filter((x) => x === 'routing_decision').length > 1,
    );
    expect(twice).toEqual([]);
    expect(calls.filter((c) => !kinds.get(c.id)?.includes('routing_decision')).map((c) => c.id)).toEqual([]);
    // Every decision has its outcome, those the cut broke from the recovery sweep (`interrupted`).
    const open = [...kinds].filter(([, k]) => k.includes('routing_decision') && !k.includes('routing_outcome')).map(([id]) => id);
    expect(open).toEqual([]);

    const firstOk = afterRestore.reduce((m, s) => Math.min(m, s.end), Infinity);
    const figures = {
      clients: CLIENTS,
      requests: sent.length,
      ok: ok.length,
      refused503: sent.filter((s) => s.status === 503).length,
      other: odd.length,
      startedAndEndedDuringCut: duringCut.length,
      upstreamCallsWhileCut: egressWhileCut.length,
      upstreamCallsWhileCutBegunAfterCut: egressBegunInCut.length,
      decisionsLeftOpenByTheCut: openAfterCut,
      decisionsWithoutOutcomeAfterSweep: open.length,
      recoveryMs: firstOk - restoreAt,
      cutMs: restoreAt - cutAt,
    };
    process.stdout.write(`db-cut fault figures: ${JSON.stringify(figures)}\n`);
  }, 120_000);
});
