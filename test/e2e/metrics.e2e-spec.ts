import { randomBytes } from 'node:crypto';
import { startTestGateway, type TestGateway } from '../support/gateway';

/** /metrics parses as Prometheus text and carries no label value taken from request content. */
describe('GET /metrics', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t.close());

  it('counts requests, detections, ledger batches and cost, with no content in labels', async () => {
    const canary = `zqx${randomBytes(5).toString('hex')}`;
    const post = (content: string, model = 'auto') =>
      t.chat(t.keys.tenants['demo-us'] as string, { model, messages: [{ role: 'user', content }] }, { 'x-request-id': `${canary}-rid` });
    const answered = await post(`hello ${canary} mail ${canary}@example.com`);
    expect(answered.status).toBe(200);
    // `cheapest` picks sim-us-cheap; on a loaded machine its attempt may time out and fall back, so the
    // labels are checked against the provider that actually answered.
    const served = answered.headers.get('x-gateway-provider') as string;
    expect(['sim-us-cheap', 'sim-local', 'sim-eu', 'sim-us-strong']).toContain(served);
    expect((await post(`key AKIA4QZ7M2XR5TBN3KWP ${canary}`)).status).toBe(403);
    expect((await post('x', `${canary}/model`)).status).toBe(400);
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).not.toContain(canary);
    // Prometheus text format: every non-comment line is `name{labels} value`.
    const sample =
      /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? -?(?:[0-9.eE+-]+|NaN|\+Inf|-Inf)( \d+)?$/;
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      expect(line).toMatch(sample);
    }
    expect(text).toMatch(new RegExp(`gateway_requests_total\\{tenant="demo-us",route="default",provider="${served}",status="200"\\} 1`));
    expect(text).toMatch(/gateway_requests_total\{tenant="demo-us",route="none",provider="none",status="403"\} 1/);
    expect(text).toMatch(/gateway_pii_detections_total\{entity_type="EMAIL_ADDRESS"\} 1/);
    expect(text).toMatch(/gateway_policy_denials_total\{tenant="demo-us"\} 1/);
    expect(text).toMatch(/gateway_ledger_batch_size_count \d+/);
    expect(text).toMatch(new RegExp(`gateway_cost_usd_total\\{tenant="demo-us",provider="${served}"\\} [0-9.e-]+`));
    // What the gateway adds, per answered request: counted once, and less than the request's whole time.
    expect(text).toMatch(/gateway_overhead_seconds_count\{endpoint="chat"\} 1\n/);
    const overhead = Number(/gateway_overhead_seconds_sum\{endpoint="chat"\} ([0-9.e-]+)/.exec(text)?.[1]);
    expect(overhead).toBeGreaterThan(0);
    expect(overhead).toBeLessThan(
      Number(new RegExp(`gateway_upstream_seconds_sum\\{provider="${served}",model="chat",outcome="ok"\\} ([0-9.e-]+)`).exec(text)?.[1]) +
        5,
    );
    expect(text).toMatch(new RegExp(`gateway_upstream_seconds_bucket\\{le="[^"]+",provider="${served}",model="chat",outcome="ok"\\}`));
  });
});

/** With METRICS_TOKEN set, a scrape needs that bearer token; without it the gateway warns once at boot. */
describe('GET /metrics behind METRICS_TOKEN', () => {
  const token = `mt_${randomBytes(16).toString('hex')}`;
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ METRICS_TOKEN: token });
  });
  afterAll(() => t.close());

  const scrape = (authorization?: string) => fetch(`${t.url}/metrics`, { headers: authorization ? { authorization } : {} });

  it.each([
    ['no credentials', undefined],
    ['a wrong token', `Bearer ${token.slice(0, -1)}x`],
    ['a prefix of the token', `Bearer ${token.slice(0, 8)}`],
    ['the token without the scheme', token],
    ['a tenant key', 'TENANT'],
  ])('refuses %s with 401 in our error shape', async (_label, auth) => {
    const res = await scrape(auth === 'TENANT' ? `Bearer ${t.keys.tenants['demo-us']}` : auth);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const body = (await res.json()) as { error: Record<string, unknown> };
    expect(body.error).toEqual({ message: expect.any(String), type: 'authentication_error', code: 'unauthorized', param: null });
    expect(JSON.stringify(body)).not.toContain(token);
  });

  it('serves the scrape to the right token', async () => {
    const res = await scrape(`Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('gateway_requests_total');
  });

  it('does not warn about an open /metrics, and never logs the token', () => {
    expect(t.logs()).not.toContain('metrics_unauthenticated');
    expect(t.logs()).not.toContain(token);
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t.close());

  it('stays open and warns once at boot', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(200);
    expect((await fetch(`${t.url}/metrics`)).status).toBe(200);
    const warnings = t
      .logs()
      .split('\n')
      .filter((l) => l.includes('"metrics_unauthenticated"'));
    expect(warnings).toHaveLength(1);
  });
});
