import { startTestGateway, type TestGateway } from '../support/gateway';

/** Requests per minute per key: over the limit is 429 rate_limited with retry-after, and nothing goes upstream. */
describe('rate limits per key', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ GATEWAY_KEY_RPM: '3' });
  });
  afterAll(() => t.close());

  it('refuses the fourth request of a minute', async () => {
    const send = () => t.chat(t.keys.tenants['demo-eu'] as string, { model: 'auto', messages: [{ role: 'user', content: 'hi' }] });
    for (let i = 0; i < 3; i++) expect((await send()).status).toBe(200);
    const before = t.sim('sim-local').requests + t.sim('sim-eu').requests;
    const res = await send();
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    expect(t.sim('sim-local').requests + t.sim('sim-eu').requests).toBe(before);
  });
});
