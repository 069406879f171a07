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
      fetch(`${t.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t.keys.tenants['demo-us']}`, 'content-type': 'application/json', 'x-request-id': `${canary}-rid` },
        body: JSON.stringify({ model, messages: [{ role: 'user', content }] }),
      });
    expect((await post(`hello ${canary} mail ${canary}@example.com`)).status).toBe(200);
    expect((await post(`key AKIAIOSFODNN7EXAMPLE ${canary}`)).status).toBe(403);
    expect((await post('x', `${canary}/model`)).status).toBe(400);
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).not.toContain(canary);
    // Prometheus text format: every non-comment line is `name{labels} value`.
    const sample = /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? -?(?:[0-9.eE+-]+|NaN|\+Inf|-Inf)( \d+)?$/;
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      expect(line).toMatch(sample);
    }
    expect(text).toMatch(/gateway_requests_total\{tenant="demo-us",route="default",provider="sim-us-cheap",status="200"\} 1/);
    expect(text).toMatch(/gateway_requests_total\{tenant="demo-us",route="none",provider="none",status="403"\} 1/);
    expect(text).toMatch(/gateway_pii_detections_total\{entity_type="EMAIL_ADDRESS"\} 1/);
    expect(text).toMatch(/gateway_policy_denials_total\{tenant="demo-us"\} 1/);
    expect(text).toMatch(/gateway_ledger_batch_size_count \d+/);
    expect(text).toMatch(/gateway_cost_usd_total\{tenant="demo-us",provider="sim-us-cheap"\} [0-9.e-]+/);
    expect(text).toMatch(/gateway_upstream_seconds_bucket\{le="[^"]+",provider="sim-us-cheap",model="chat",outcome="ok"\}/);
  });
});
