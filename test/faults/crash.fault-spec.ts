import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKey, verifyExport } from '@libs/ledger';
import { settledExport, withoutOneOutcome } from '../support/audit-export';
import { spawnGateway, waitReady } from '../support/child-gateway';

/**
 * Crash safety: kill -9 a gateway process under load; after a restart its tenant log verifies and every
 * request that got a 200 has both its decision and its outcome entries.
 */
describe('crash safety (kill -9 under load)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-crash-'));
  const keyFile = join(dataDir, 'ledger.pem');
  writeFileSync(keyFile, generateSigningKey('llm-gateway-ledger').privateKeyPem);
  const port = 19800 + (process.pid % 100);
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  const start = (env: Record<string, string> = {}): ChildProcess =>
    spawnGateway({
      PORT: String(port),
      GATEWAY_DATA_DIR: dataDir,
      GATEWAY_LOG_FILE: join(dataDir, 'gateway.log'),
      LEDGER_SIGNING_KEY_FILE: keyFile,
      ...env,
    });
  const ready = (p: ChildProcess) => waitReady(p, url);

  afterAll(() => {
    child?.kill('SIGKILL');
  });

  it('loses no acknowledged request and keeps a verifiable log', async () => {
    child = start();
    await ready(child);
    const keys = JSON.parse(readFileSync(join(dataDir, 'demo-keys.json'), 'utf8')) as {
      tenants: Record<string, string>;
      compliance: string;
    };
    const ok: string[] = [];
    let stop = false;
    const worker = async () => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${url}/v1/chat/completions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${keys.tenants['demo-us']}`, 'content-type': 'application/json' },
            body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: `crash load ${i}` }] }),
          });
          await res.text();
          if (res.status === 200) ok.push(res.headers.get('x-request-id') as string);
        } catch {
          // the process died under this request: it was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    // Kill once the load is well under way (bounded: a loaded machine answers the first requests slowly).
    for (let waited = 0; ok.length < 20 && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGKILL');
    await new Promise((r) => child?.once('exit', r));
    stop = true;
    await Promise.all(workers);
    expect(ok.length).toBeGreaterThan(10);

    // Restarted with a short deadline, so the recovery sweep may close the killed requests' decisions soon.
    child = start({ GATEWAY_DEFAULT_DEADLINE_MS: '1000', GATEWAY_OUTCOME_SWEEP_MS: '300' });
    await ready(child);
    const auth = { authorization: `Bearer ${keys.compliance}` };
    const vkey = (await (await fetch(`${url}/v1/audit/public-key`, { headers: auth })).text()).trim();
    const { text, leaves } = await settledExport(url, keys.compliance, 'demo-us');
    expect(verifyExport(text, vkey)).toMatchObject({ ok: true });
    // Every decision has exactly one outcome: on the path, or `interrupted` from the sweep after the crash.
    expect(withoutOneOutcome(leaves)).toEqual([]);
    const kinds = new Map<string, string[]>();
    for (const l of leaves) kinds.set(l.request_id, [...(kinds.get(l.request_id) ?? []), l.kind]);
    for (const id of ok) expect(kinds.get(id)).toEqual(['routing_decision', 'routing_outcome']);
  }, 120_000);
});
