import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { policyExplain } from '../../src/cli/policy-explain';
import { startTestGateway, type Headers, type TestGateway } from '../support/gateway';

/**
 * The support example of issue 15 (policies/examples/support-rules.yaml) on the demo simulators: each request
 * lands on the route its rule names, the response's x-gateway-explain names the rule, the decision entry records
 * it with signal values (never the words), `gatewayctl policy explain` predicts the same decision, and the
 * `cheap` cascade escalates on low confidence.
 */
const POLICY = join(__dirname, '../../policies/examples/support-rules.yaml');
const LONG = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} about my parcel.`).join(' ');

describe('route rules: the support example', () => {
  let t: TestGateway;
  let us: string;
  beforeAll(async () => {
    t = await startTestGateway({ GATEWAY_POLICY: POLICY });
    us = t.keys.tenants['demo-us'] as string;
  });
  afterAll(() => t.close());

  const ask = (content: string, extra: Record<string, unknown> = {}, headers: Headers = {}, key = us) =>
    t.chat(key, { model: 'auto', messages: [{ role: 'user', content }], ...extra }, headers);

  async function decisionOf(res: Response) {
    const [entry] = await t.ledgerEntries(res.headers.get('x-request-id') as string, 'routing_decision');
    return entry?.body as Record<string, unknown>;
  }

  const schema = {
    type: 'json_schema',
    json_schema: {
      name: 'ticket',
      strict: true,
      schema: { type: 'object', properties: { topic: { type: 'string' } }, required: ['topic'] },
    },
  };

  it.each<[string, () => Promise<Response>, string, string, string]>([
    [
      'a short routine question goes to the cheap route',
      () => ask('What are your opening hours?'),
      'short-to-cheap',
      'cheap',
      'sim-us-cheap',
    ],
    [
      'a refund message goes to the strong route',
      () => ask('I want a refund for order 1234'),
      'refund-to-strong',
      'strong',
      'sim-us-strong',
    ],
    [
      'a complaint in German, any case and accents',
      () => ask('Das ist eine BESCHWERDE über die Lieferung'),
      'refund-to-strong',
      'strong',
      'sim-us-strong',
    ],
    ['a long message goes to the strong route', () => ask(LONG), 'refund-to-strong', 'strong', 'sim-us-strong'],
    [
      'a json_schema request goes to the structured route',
      () => ask('Classify this ticket', { response_format: schema }),
      'json-to-structured',
      'structured',
      'sim-local',
    ],
    [
      'a background request goes to the batch route',
      () => ask('Summarise the day', {}, { 'x-gateway-priority': 'background' }),
      'background-to-batch',
      'batch',
      'sim-us-cheap',
    ],
    [
      'a free-tier tenant goes to the batch route',
      () => ask('Hello there', {}, {}, t.keys.tenants['demo-free'] as string),
      'free-tier-to-batch',
      'batch',
      'sim-us-cheap',
    ],
  ])('%s; x-gateway-explain and the ledger name the rule', async (_name, send, rule, route, provider) => {
    const res = await send();
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-provider')).toBe(provider);
    expect(res.headers.get('x-gateway-explain')).toContain(`on route ${route} by rule ${rule} (`);
    const d = await decisionOf(res);
    expect(d).toMatchObject({ rule, route });
    expect(d.rule_signals).toEqual(expect.any(Object));
  });

  it('reads the tier of a tenant created at run time (the database record, not the bundle)', async () => {
    const admin = { authorization: `Bearer ${t.keys.admin}`, 'content-type': 'application/json' };
    const id = `free-rt-${Date.now() % 100000}`;
    const created = await fetch(`${t.url}/admin/tenants`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ id, region: 'us', tier: 'free', timeZone: 'Asia/Tokyo' }),
    });
    expect(created.status).toBe(201);
    const bad = await fetch(`${t.url}/admin/tenants/${id}`, {
      method: 'PATCH',
      headers: admin,
      body: JSON.stringify({ timeZone: 'Mars/Olympus' }),
    });
    expect(bad.status).toBe(400);
    const key = (
      (await (
        await fetch(`${t.url}/admin/keys`, { method: 'POST', headers: admin, body: JSON.stringify({ tenant: id, roles: ['invoke'] }) })
      ).json()) as {
        key: string;
      }
    ).key;
    const res = await ask('Hello there', {}, {}, key);
    expect(res.status).toBe(200);
    expect(await decisionOf(res)).toMatchObject({ rule: 'free-tier-to-batch', route: 'batch' });
  });

  it('records which list matched and the counts, never the words', async () => {
    const res = await ask('A chargeback on my card, this is a dispute');
    const d = await decisionOf(res);
    expect(d).toMatchObject({ rule: 'refund-to-strong', rule_signals: { keywords: ['escalation'], promptTokens: expect.any(Number) } });
    const [entry] = await t.ledgerEntries(res.headers.get('x-request-id') as string, 'routing_decision');
    expect(entry?.leaf).not.toMatch(/chargeback|dispute/i);
    expect(res.headers.get('x-gateway-explain')).toContain('keyword list escalation');
    expect(res.headers.get('x-gateway-explain')).not.toMatch(/chargeback|dispute/i);
  });

  it('never leaves the permitted set: EU data on the strong route stays in the EU', async () => {
    const res = await ask('I want a refund', {}, {}, t.keys.tenants['demo-eu'] as string);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-provider')).toBe('sim-eu');
    expect(await decisionOf(res)).toMatchObject({ rule: 'refund-to-strong', route: 'strong', plan: ['sim-eu/chat', 'sim-local/chat'] });
  });

  it('refuses an unknown x-gateway-priority with a 400', async () => {
    const res = await ask('hello', {}, { 'x-gateway-priority': 'urgent' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { param: string } }).error.param).toBe('x-gateway-priority');
  });

  it('gatewayctl policy explain prints the decision the gateway then makes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-explain-'));
    const cases = [
      { body: { model: 'auto', messages: [{ role: 'user', content: 'Please process my refund' }] } },
      { body: { model: 'auto', messages: [{ role: 'user', content: 'Nightly digest' }] }, headers: { 'x-gateway-priority': 'background' } },
      { body: { model: 'auto', messages: [{ role: 'user', content: 'Extract the topic' }], response_format: schema } },
    ];
    for (const [i, c] of cases.entries()) {
      const file = join(dir, `req-${i}.json`);
      writeFileSync(file, JSON.stringify(c));
      const out: string[] = [];
      const code = policyExplain(
        [file, '--tenant', 'demo-us', '--json'],
        { out: (l) => out.push(l), err: () => undefined },
        { GATEWAY_POLICY: POLICY },
      );
      expect(code).toBe(0);
      const predicted = JSON.parse(out.join('')) as Record<string, unknown>;
      const res = await t.chat(us, c.body, c.headers ?? {});
      expect(res.status).toBe(200);
      const d = await decisionOf(res);
      expect({
        rule: d.rule,
        route: d.route,
        level: d.level,
        permitted: d.permitted,
        provider: res.headers.get('x-gateway-provider'),
      }).toEqual({
        rule: predicted.rule,
        route: predicted.route,
        level: predicted.level,
        permitted: predicted.permitted,
        provider: predicted.provider,
      });
      expect(res.headers.get('x-gateway-model')).toBe(predicted.model);
    }
  });

  it('counts matches per rule in /metrics, labelled by rule id only', async () => {
    const text = await (await fetch(`${t.url}/metrics`)).text();
    expect(text).toMatch(/gateway_rule_matches_total\{rule="refund-to-strong"\} [1-9]/);
    expect(text).toMatch(/gateway_rule_cost_usd_total\{rule="short-to-cheap"\} /);
    expect(text).toMatch(/gateway_rule_upstream_seconds_count\{rule="json-to-structured"\} [1-9]/);
    expect(text).not.toMatch(/refund for order|BESCHWERDE/);
  });
});

describe('route rules: low_confidence cascade', () => {
  let t: TestGateway;
  let us: string;
  beforeAll(async () => {
    t = await startTestGateway({ GATEWAY_POLICY: POLICY });
    us = t.keys.tenants['demo-us'] as string;
  });
  afterAll(() => t.close());

  const ask = (extra: Record<string, unknown> = {}) =>
    t.chat(us, { model: 'auto', messages: [{ role: 'user', content: 'What are your opening hours?' }], ...extra });

  async function attemptsOf(res: Response) {
    const [outcome] = await t.ledgerEntries(res.headers.get('x-request-id') as string, 'routing_outcome');
    return (outcome?.body as { attempts: { provider: string; outcome: string; error_kind?: string }[] }).attempts;
  }

  it('keeps the cheap answer when its confidence is above the threshold, and hides the logprobs it asked for', async () => {
    t.sim('sim-us-cheap').setFaults({ lowConfidenceRate: 0 });
    const res = await ask();
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-provider')).toBe('sim-us-cheap');
    expect((await attemptsOf(res)).map((a) => [a.provider, a.outcome])).toEqual([['sim-us-cheap', 'ok']]);
    const body = (await res.json()) as { choices: { logprobs: unknown }[] };
    expect(body.choices[0]?.logprobs ?? null).toBeNull();
  });

  it('escalates when the cheap answer is unsure (confidence below the threshold), on the record', async () => {
    t.sim('sim-us-cheap').setFaults({ lowConfidenceRate: 1 });
    const res = await ask();
    t.sim('sim-us-cheap').setFaults({ lowConfidenceRate: 0 });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-provider')).toBe('sim-local');
    expect((await attemptsOf(res)).map((a) => [a.provider, a.outcome, a.error_kind])).toEqual([
      ['sim-us-cheap', 'escalated', 'low_confidence'],
      ['sim-local', 'ok', undefined],
    ]);
    expect(res.headers.get('x-gateway-explain')).toContain('by rule short-to-cheap');
  });

  it('returns logprobs to a client that asked for them', async () => {
    const res = await ask({ logprobs: true });
    const body = (await res.json()) as { choices: { logprobs: { content: unknown[] } | null }[] };
    expect(body.choices[0]?.logprobs?.content.length).toBeGreaterThan(0);
  });

  it('counts the escalation for the rule', async () => {
    const text = await (await fetch(`${t.url}/metrics`)).text();
    expect(text).toMatch(/gateway_rule_escalations_total\{rule="short-to-cheap"\} 1/);
  });
});
