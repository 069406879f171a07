import { startTestGateway, type TestGateway } from '../support/gateway';

/** With the cheapest permitted simulator failing or timing out, the next permitted one answers. */
describe('fallback inside the permitted set', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({}, { attemptTimeoutMs: 300 });
  });
  afterAll(() => t.close());
  afterEach(() => {
    for (const id of ['sim-local', 'sim-eu', 'sim-us-cheap', 'sim-us-strong'])
      t.sim(id).setFaults({ failureRate: 0, timeoutRate: 0, latencyMs: 0 });
  });

  const chat = (key: string, content: string, stream = false) =>
    t.chat(key, { model: 'auto', stream, messages: [{ role: 'user', content }] });

  async function outcomeOf(res: Response): Promise<{ attempts: { provider: string; outcome: string }[]; provider?: string }> {
    const rid = res.headers.get('x-request-id') as string;
    const [outcome] = await t.ledgerEntries(rid, 'routing_outcome');
    return (outcome?.body ?? {}) as { attempts: { provider: string; outcome: string }[] };
  }

  it('falls back from a failing cheapest provider to the next cheapest', async () => {
    t.sim('sim-us-cheap').setFaults({ failureRate: 1 });
    const res = await chat(t.keys.tenants['demo-us'] as string, 'hello');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-provider')).toBe('sim-local');
    const o = await outcomeOf(res);
    expect(o.attempts.map((a) => [a.provider, a.outcome])).toEqual([
      ['sim-us-cheap', 'error'],
      ['sim-local', 'ok'],
    ]);
  });

  it('falls back when the cheapest provider times out', async () => {
    t.sim('sim-us-cheap').setFaults({ timeoutRate: 1 });
    const res = await chat(t.keys.tenants['demo-us'] as string, 'hello');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-provider')).toBe('sim-local');
    expect((await outcomeOf(res)).attempts[0]).toMatchObject({ provider: 'sim-us-cheap', outcome: 'timeout' });
  });

  it('falls back before the first streamed byte', async () => {
    t.sim('sim-us-cheap').setFaults({ failureRate: 1 });
    const res = await chat(t.keys.tenants['demo-us'] as string, 'hello', true);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-provider')).toBe('sim-local');
    expect((await res.text()).trimEnd().endsWith('data: [DONE]')).toBe(true);
  });

  it('never falls back to a provider outside the permitted set: PHI with sim-local down fails instead', async () => {
    t.sim('sim-local').setFaults({ failureRate: 1 });
    const before = ['sim-eu', 'sim-us-cheap', 'sim-us-strong'].map((id) => t.sim(id).requests);
    const res = await chat(t.keys.tenants['demo-us'] as string, 'Patient: Maria Gonzalez was diagnosed with pneumonia (J18.9).');
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('upstream_error');
    expect(['sim-eu', 'sim-us-cheap', 'sim-us-strong'].map((id) => t.sim(id).requests)).toEqual(before);
  });

  it('answers 504 upstream_timeout when every permitted provider times out', async () => {
    for (const id of ['sim-local', 'sim-eu']) t.sim(id).setFaults({ timeoutRate: 1 });
    const res = await chat(t.keys.tenants['demo-eu'] as string, 'hello');
    expect(res.status).toBe(504);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('upstream_timeout');
  });
});
