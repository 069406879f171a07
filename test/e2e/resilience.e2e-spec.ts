import { startTestGateway, type TestGateway } from '../support/gateway';

/** Breakers and fallbacks under injected faults (SPEC §6), always inside the permitted set. */
describe('resilience', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ GATEWAY_BREAKER_COOLDOWN_MS: '5000' }, { attemptTimeoutMs: 500 });
  });
  afterAll(() => t.close());

  const chat = (content: string) => t.chat(t.keys.tenants['demo-us'] as string, { model: 'auto', messages: [{ role: 'user', content }] });

  it('with 30% of the cheapest provider failing, at least 99.9% of 2,000 requests succeed, and the ledger shows every attempt', async () => {
    t.sim('sim-us-cheap').setFaults({ failureRate: 0.3 });
    const statuses: number[] = [];
    const ids: string[] = [];
    for (let wave = 0; wave < 100; wave++) {
      const res = await Promise.all(Array.from({ length: 20 }, (_, i) => chat(`resilience ${wave}-${i}`)));
      for (const r of res) {
        statuses.push(r.status);
        ids.push(r.headers.get('x-request-id') as string);
        await r.text();
      }
    }
    t.sim('sim-us-cheap').setFaults({ failureRate: 0 });
    const ok = statuses.filter((s) => s === 200).length;
    expect(ok / statuses.length).toBeGreaterThanOrEqual(0.999);
    const rows = await t.ledgerEntries(ids, 'routing_outcome');
    expect(rows).toHaveLength(2000);
    expect(rows.every((r) => r.tenant === 'demo-us')).toBe(true);
    let failedAttempts = 0;
    for (const r of rows) {
      const o = r.body as { attempts: { provider: string; outcome: string }[] };
      expect(o.attempts.length).toBeGreaterThan(0);
      for (const a of o.attempts) expect(['sim-local', 'sim-eu', 'sim-us-cheap', 'sim-us-strong']).toContain(a.provider);
      failedAttempts += o.attempts.filter((a) => a.outcome !== 'ok').length;
    }
    expect(failedAttempts).toBeGreaterThan(100); // the failures are on the record, not hidden
  }, 120_000);

  const breakerState = async () => {
    const health = (await (
      await fetch(`${t.url}/admin/providers/health`, { headers: { authorization: `Bearer ${t.keys.admin}` } })
    ).json()) as { breakers: { provider: string; model: string; state: string }[] };
    return health.breakers.find((b) => b.provider === 'sim-us-cheap' && b.model === 'chat')?.state ?? 'closed';
  };

  it('opens the breaker of a failing provider, which then receives no traffic', async () => {
    // A long cool-down: on a loaded machine the open phase below must not outlast it.
    const cheap = t.sim('sim-us-cheap');
    // Start from a closed breaker: one the previous test left open would probe in the middle of this one.
    for (let i = 0; (await breakerState()) !== 'closed' && i < 100; i++) {
      await (await chat(`heal ${i}`)).text();
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await breakerState()).toBe('closed');
    cheap.setFaults({ failureRate: 1 });
    for (let i = 0; i < 8; i++) expect((await chat(`breaker ${i}`)).status).toBe(200); // fallbacks answer
    const seen = cheap.requests;
    for (let i = 0; i < 10; i++) {
      const r = await chat(`open ${i}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('x-gateway-provider')).not.toBe('sim-us-cheap');
    }
    expect(cheap.requests).toBe(seen); // open: skipped without a call
    const health = (await (
      await fetch(`${t.url}/admin/providers/health`, { headers: { authorization: `Bearer ${t.keys.admin}` } })
    ).json()) as {
      breakers: { provider: string; model: string; state: string }[];
    };
    expect(health.breakers.find((b) => b.provider === 'sim-us-cheap' && b.model === 'chat')?.state).toBe('open');

    // After the cool-down one probe goes through; it succeeds, the breaker closes, traffic returns.
    cheap.setFaults({ failureRate: 0 });
    await new Promise((r) => setTimeout(r, 5200));
    const probe = await chat('probe');
    expect(probe.headers.get('x-gateway-provider')).toBe('sim-us-cheap');
    expect(cheap.requests).toBe(seen + 1);
    expect((await chat('after probe')).headers.get('x-gateway-provider')).toBe('sim-us-cheap');
  });

  it('falls back when the first byte is too slow', async () => {
    t.sim('sim-us-cheap').setFaults({ latencyMs: 1500 });
    const res = await chat('slow first byte');
    t.sim('sim-us-cheap').setFaults({ latencyMs: 0 });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-provider')).toBe('sim-local');
  });

  it('respects an upstream 429 and its retry-after: moves on, and leaves the provider alone meanwhile', async () => {
    const cheap = t.sim('sim-us-cheap');
    cheap.setFaults({ mode: 'rate_limited' });
    const first = await chat('429 please');
    expect(first.status).toBe(200);
    expect(first.headers.get('x-gateway-provider')).toBe('sim-local');
    const seen = cheap.requests;
    for (let i = 0; i < 5; i++) expect((await chat(`during retry-after ${i}`)).status).toBe(200);
    expect(cheap.requests).toBe(seen); // retry-after: 2 s not over yet
    cheap.setFaults({ mode: 'normal' });
  });
});
