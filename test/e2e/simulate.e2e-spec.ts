import { join } from 'node:path';
import { loadPolicy, validatePolicyBundle } from '@libs/policy';
import { simulate, type RecordedDecision } from '@libs/pipeline';
import { readPolicyFiles } from '../../src/policy/policy-files';
import { startTestGateway, type Headers, type TestGateway } from '../support/gateway';

/**
 * Simulation over entries the real gateway wrote (issue 16): replayed under the bundle that made them, nothing
 * changes and every entry is simulable; under a candidate without sim-us-strong on the strong route, exactly
 * the request that went there moves, and the report says where.
 */
const POLICY = join(__dirname, '../../policies/examples/support-rules.yaml');

describe('simulate over recorded decisions', () => {
  let t: TestGateway;
  const ids: string[] = [];
  beforeAll(async () => {
    t = await startTestGateway({ GATEWAY_POLICY: POLICY });
    const us = t.keys.tenants['demo-us'] as string;
    const send = async (key: string, body: Record<string, unknown>, headers: Headers = {}) => {
      const res = await t.chat(key, body, headers);
      ids.push(res.headers.get('x-request-id') as string);
      await res.text();
    };
    const ask = (content: string, extra: Record<string, unknown> = {}) => ({
      model: 'auto',
      messages: [{ role: 'user', content }],
      ...extra,
    });
    await send(us, ask('I want a refund for order 1234'));
    await send(us, ask('What are your opening hours?'));
    await send(us, ask('Classify this ticket', { response_format: { type: 'json_object' } }));
    await send(us, ask('Summarise the day'), { 'x-gateway-priority': 'background' });
    await send(t.keys.tenants['demo-free'] as string, ask('Hello there'));
    await send(t.keys.tenants['demo-eu'] as string, ask('I want a refund'));
    await send(us, ask('AKIA4QZ7M2XR5TBN3KWP is the key'));
    await send(us, { ...ask('Hello'), model: 'sim-local/chat', max_tokens: 50 });
    await send(us, { ...ask('Hello'), model: 'gpt-4o-mini', stream: true });
    const emb = await fetch(`${t.url}/v1/embeddings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${us}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'auto', input: 'hello world' }),
    });
    ids.push(emb.headers.get('x-request-id') as string);
    await emb.text();
  });
  afterAll(() => t.close());

  async function recordedWindow(): Promise<RecordedDecision[]> {
    const rows = await t.ledgerEntries(ids);
    return rows.filter((r) => r.kind === 'routing_decision' || r.kind === 'policy_denied').map((r) => r.body);
  }

  it('under the bundle that decided them, every entry is simulable and nothing changes', async () => {
    const records = await recordedWindow();
    expect(records.length).toBe(10);
    const report = simulate(loadPolicy(readPolicyFiles(POLICY)), records);
    expect(report).toMatchObject({
      decisions: 10,
      simulated: 10,
      changedModel: 0,
      changedRule: 0,
      newDenials: 0,
      liftedDenials: 0,
      newInvalid: 0,
      costDeltaUsd: 0,
      sample: [],
    });
    expect(report.notSimulable.count).toBe(0);
  });

  it('under a candidate without sim-us-strong on the strong route, the US refund moves to sim-eu', async () => {
    const live = loadPolicy(readPolicyFiles(POLICY));
    const candidate = validatePolicyBundle({
      ...live,
      routes: live.routes.map((r) =>
        r.id === 'strong' ? { ...r, candidates: r.candidates.filter((c) => c !== 'sim-us-strong/chat') } : r,
      ),
    });
    const report = simulate(candidate, await recordedWindow());
    expect(report).toMatchObject({ simulated: 10, changedProvider: 1, newDenials: 0 });
    expect(report.sample).toEqual([
      expect.objectContaining({
        tenant: 'demo-us',
        before: { verdict: 'route', provider: 'sim-us-strong', model: 'chat', route: 'strong', rule: 'refund-to-strong' },
        after: { verdict: 'route', provider: 'sim-eu', model: 'chat', route: 'strong', rule: 'refund-to-strong' },
      }),
    ]);
    expect(report.costDeltaUsd).toBeLessThan(0);
  });
});
