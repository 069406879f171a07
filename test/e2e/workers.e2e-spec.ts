import { execFileSync } from 'node:child_process';
import { verifyExport } from '@libs/ledger';
import { TcpProxy } from '../support/tcp-proxy';
import { chat, ChildGateway, FailingUpstream, policyWithFlaky, sleep } from '../support/multi-process';
import { settledExport, withoutOneOutcome } from '../support/audit-export';

/**
 * Several gateway processes against one database: rate limits and breakers hold across them (shared
 * store: PostgreSQL, or Redis), a limit that cannot be checked fails closed, and a cluster replaces a
 * killed worker without losing an acknowledged request. Real PostgreSQL only: the embedded PGlite server
 * is one session and is never shared by several processes.
 */
const onPostgres = process.env.GW_TEST_DB_KIND === 'postgres' ? describe : describe.skip;
const RPM = 5;
const base = 20000 + (process.pid % 400) * 5;

/** 2N requests at once, alternating between two processes: how many were let through, and the refusal codes. */
async function burst(a: string, b: string, key: string): Promise<{ ok: number; codes: (string | null)[] }> {
  const results = await Promise.all(Array.from({ length: 2 * RPM }, (_, i) => chat(i % 2 === 0 ? a : b, key)));
  return { ok: results.filter((r) => r.status === 200).length, codes: results.filter((r) => r.status !== 200).map((r) => r.code) };
}

onPostgres('shared state across processes (PostgreSQL store)', () => {
  const upstream = new FailingUpstream();
  let a: ChildGateway;
  let b: ChildGateway;

  beforeAll(async () => {
    await upstream.start();
    const env = {
      GATEWAY_POLICY: policyWithFlaky(upstream.url, RPM),
      GATEWAY_BREAKER_FAILURES: '2',
      GATEWAY_BREAKER_COOLDOWN_MS: '300000',
      GATEWAY_SHARED_STATE_REFRESH_MS: '200',
      GATEWAY_BREAKER_SCOPE: `pair-pg-${process.pid}`,
    };
    a = new ChildGateway(base, env);
    b = new ChildGateway(base + 1, env);
    await Promise.all([a.start(), b.start()]);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await upstream.close();
  });

  it(`a limit of ${RPM} per minute holds across two processes: ${2 * RPM} attempts, exactly ${RPM} succeed`, async () => {
    const { ok, codes } = await burst(a.url, b.url, a.keys().tenants['demo-eu'] as string);
    expect(ok).toBe(RPM);
    expect(codes).toEqual(Array.from({ length: RPM }, () => 'rate_limited'));
  });

  it('a breaker opened by one process stops the traffic of the other', async () => {
    const keys = a.keys();
    const key = keys.tenants['demo-us'] as string;
    // Process A: failures until its breaker opens.
    let last = await chat(a.url, key, 'flaky/chat');
    for (let i = 0; i < 10 && last.code !== 'no_provider_available'; i++) last = await chat(a.url, key, 'flaky/chat');
    expect(last).toMatchObject({ status: 503, code: 'no_provider_available' });
    // Process B has never called flaky itself; it learns of the open breaker from the shared store.
    const sharedOpen = async () => {
      const res = await fetch(`${b.url}/admin/providers/health`, { headers: { authorization: `Bearer ${keys.admin}` } });
      const body = (await res.json()) as { shared: { provider: string; reason: string }[]; breakers: { provider: string }[] };
      return { shared: body.shared.some((s) => s.provider === 'flaky' && s.reason === 'breaker_open'), local: body.breakers };
    };
    let seen = await sharedOpen();
    for (let i = 0; i < 100 && !seen.shared; i++) {
      await sleep(100);
      seen = await sharedOpen();
    }
    expect(seen.shared).toBe(true);
    expect(seen.local.filter((x) => x.provider === 'flaky')).toEqual([]);
    const before = upstream.calls;
    expect(await chat(b.url, key, 'flaky/chat')).toMatchObject({ status: 503, code: 'no_provider_available' });
    expect(upstream.calls).toBe(before);
  });
});

onPostgres('shared state across processes (Redis store) and fail-closed', () => {
  const proxy = new TcpProxy('127.0.0.1', 6379);
  let c: ChildGateway;
  let d: ChildGateway;

  beforeAll(async () => {
    const port = await proxy.start();
    const env = {
      GATEWAY_POLICY: policyWithFlaky('http://127.0.0.1:9/v1', RPM),
      REDIS_URL: `redis://127.0.0.1:${port}`,
      REDIS_KEY_PREFIX: `gwtest:${process.pid}:${Date.now()}:`,
    };
    c = new ChildGateway(base + 2, env);
    d = new ChildGateway(base + 3, env);
    await Promise.all([c.start(), d.start()]);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([c?.stop(), d?.stop()]);
    await proxy.stop();
  });

  it(`a limit of ${RPM} per minute holds across two processes through Redis`, async () => {
    const { ok, codes } = await burst(c.url, d.url, c.keys().tenants['demo-eu'] as string);
    expect(ok).toBe(RPM);
    expect(codes).toEqual(Array.from({ length: RPM }, () => 'rate_limited'));
  });

  it('with the store unreachable, a request that needs a limit check fails closed with a clear 503', async () => {
    const keys = c.keys();
    await proxy.stop(); // Redis is now unreachable from both gateways
    for (const g of [c, d]) {
      const r = await chat(g.url, keys.tenants['demo-eu'] as string);
      expect(r).toMatchObject({ status: 503, code: 'rate_limit_unavailable' });
      expect(r.message).toMatch(/cannot check it .*Redis.*refused/);
    }
    // A key without a limit needs no check: still served.
    expect((await chat(c.url, keys.tenants['demo-us'] as string)).status).toBe(200);
  });
});

onPostgres('a cluster of workers', () => {
  let g: ChildGateway;
  const workerPids = (): number[] => {
    try {
      return execFileSync('ps', ['-o', 'pid=', '--ppid', String(g.proc?.pid)], { encoding: 'utf8' })
        .split('\n')
        .map((s) => Number(s.trim()))
        .filter((n) => n > 0);
    } catch {
      return []; // ps exits 1 when it lists nothing (no worker at that instant); the waits below decide
    }
  };

  beforeAll(async () => {
    g = new ChildGateway(base + 4, { GATEWAY_WORKERS: '2', GATEWAY_DEFAULT_DEADLINE_MS: '5000', GATEWAY_OUTCOME_SWEEP_MS: '300' });
    await g.start();
  }, 240_000);
  afterAll(() => g?.stop());

  it('replaces a worker killed with -9 and loses no request it had acknowledged', async () => {
    const keys = g.keys();
    expect(workerPids()).toHaveLength(2);
    const ok: string[] = [];
    const failures: string[] = [];
    let stop = false;
    const load = async () => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${g.url}/v1/chat/completions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${keys.tenants['demo-us']}`, 'content-type': 'application/json' },
            body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: `worker load ${i}` }] }),
            signal: AbortSignal.timeout(20_000), // bounded: a lost connection must not hang the test
          });
          await res.text();
          if (res.status === 200) ok.push(res.headers.get('x-request-id') as string);
        } catch (err) {
          // the worker died under this request: it was never acknowledged
          failures.push(
            err instanceof Error ? `${err.name}: ${String((err as { cause?: { code?: string } }).cause?.code ?? err.message)}` : 'unknown',
          );
        }
      }
    };
    const loads = Array.from({ length: 8 }, load);
    for (let waited = 0; ok.length < 20 && waited < 30_000; waited += 100) await sleep(100);
    const [victim] = workerPids();
    process.kill(victim as number, 'SIGKILL');
    // The primary forks a replacement, which logs that it listens.
    const replaced = () => {
      const pids = workerPids();
      return pids.length === 2 && !pids.includes(victim as number);
    };
    for (let waited = 0; !replaced() && waited < 90_000; waited += 250) await sleep(250);
    expect(replaced()).toBe(true);
    const served = ok.length;
    for (let waited = 0; ok.length < served + 20 && waited < 30_000; waited += 100) await sleep(100);
    stop = true;
    await Promise.all(loads);
    expect(g.logs()).toMatch(new RegExp(`"pid":${victim},"code":null,"signal":"SIGKILL".*gateway worker died; replacing it`));
    expect(ok.length).toBeGreaterThan(served);
    expect(failures.filter((f) => f.startsWith('TimeoutError'))).toEqual([]); // lost requests fail fast, none hangs

    const auth = { authorization: `Bearer ${keys.compliance}` };
    const vkey = (await (await fetch(`${g.url}/v1/audit/public-key`, { headers: auth })).text()).trim();
    // Requests the killed worker had in flight get their outcome (`interrupted`) from the recovery sweep.
    // A worker killed while it held a tenant's sweep lease delays that by up to the lease (15 s).
    const { text, leaves } = await settledExport(g.url, keys.compliance, 'demo-us', 160);
    expect(verifyExport(text, vkey)).toMatchObject({ ok: true });
    expect(withoutOneOutcome(leaves)).toEqual([]);
    const kinds = new Map<string, string[]>();
    for (const l of leaves) kinds.set(l.request_id, [...(kinds.get(l.request_id) ?? []), l.kind]);
    for (const id of ok) expect(kinds.get(id)).toEqual(['routing_decision', 'routing_outcome']);
  }, 240_000);
});
