import { decisionView, matchesFilter, type DecisionRecord } from './decision-view';
import { overview, percentile } from './overview';

const decision = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  v: 1,
  kind: 'routing_decision',
  tenant: 't1',
  seq: 4,
  ts: '2026-01-02T03:04:05.000Z',
  request_id: 'req-1',
  salt: 'abc',
  level: 'confidential',
  categories: ['PHI'],
  entities: { PERSON: 1, MEDICAL_CONDITION: 2 },
  policy_version: 'v1',
  permitted: ['sim-local', 'sim-us-strong'],
  excluded: [{ provider: 'sim-us-cheap', rule: 'phi-needs-baa', reason: 'no BAA' }],
  matched_rules: ['phi-needs-baa'],
  route: 'default',
  strategy: 'cheapest',
  plan: ['sim-local/chat', 'sim-us-strong/chat'],
  explanation: 'PHI needs a BAA.',
  prompt_hmac: 'deadbeef',
  ...over,
});
const outcome = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  kind: 'routing_outcome',
  status: 'ok',
  provider: 'sim-local',
  model: 'chat',
  attempts: [
    { provider: 'sim-us-strong', model: 'chat', outcome: 'error', latency_ms: 30, status: 500, error_kind: 'http' },
    { provider: 'sim-local', model: 'chat', outcome: 'ok', latency_ms: 12 },
  ],
  cost_nusd: 2500,
  ...over,
});
const record = (d = decision(), o: Record<string, unknown> | null = outcome()): DecisionRecord => ({
  tenant: 't1',
  seq: 4,
  decision: d,
  outcome: o,
});

describe('decisionView', () => {
  it('joins decision and outcome into metadata only', () => {
    const v = decisionView(record());
    expect(v).toMatchObject({
      verdict: 'routed',
      status: 'ok',
      level: 'confidential',
      categories: ['PHI'],
      provider: 'sim-local',
      costUsd: 2.5e-6,
      latencyMs: 42,
      excluded: [{ provider: 'sim-us-cheap', rule: 'phi-needs-baa', reason: 'no BAA' }],
    });
    expect(v.attempts[0]).toEqual({
      provider: 'sim-us-strong',
      model: 'chat',
      outcome: 'error',
      latencyMs: 30,
      status: 500,
      errorKind: 'http',
    });
    // Fields outside the allow-list (salt, prompt_hmac) never reach the view.
    expect(JSON.stringify(v)).not.toMatch(/deadbeef|salt/);
  });

  it('marks denials and decisions still waiting for their outcome', () => {
    expect(decisionView(record(decision({ kind: 'policy_denied' }), null)).status).toBe('denied');
    expect(decisionView(record(decision(), null))).toMatchObject({ status: 'pending', latencyMs: null, costUsd: null });
  });

  it.each([
    [{ level: 'confidential' }, true],
    [{ level: 'public' }, false],
    [{ category: 'PHI' }, true],
    [{ provider: 'sim-us-cheap' }, true],
    [{ provider: 'sim-eu' }, false],
    [{ rule: 'phi-needs-baa' }, true],
    [{ rule: 'eu-only' }, false],
    [{ status: 'ok' }, true],
    [{ status: 'denied' }, false],
  ])('filter %j -> %s', (f, expected) => {
    expect(matchesFilter(decisionView(record()), f)).toBe(expected);
  });
});

describe('overview', () => {
  it('counts cost, rates, latency percentiles and denials by rule', () => {
    const views = [
      decisionView(record()),
      decisionView(
        record(
          decision({ ts: '2026-01-03T00:00:00.000Z' }),
          outcome({ attempts: [{ provider: 'sim-local', model: 'chat', outcome: 'ok', latency_ms: 10 }], cost_nusd: 500 }),
        ),
      ),
      decisionView(record(decision({ kind: 'policy_denied' }), null)),
      decisionView(record(decision({ kind: 'policy_denied', excluded: [], error_code: 'classifier_unavailable' }), null)),
    ];
    const o = overview(views);
    expect(o).toMatchObject({ requests: 4, routed: 2, denied: 2, ok: 2, costPerOkUsd: 1.5e-6 });
    expect(o.costUsd).toBeCloseTo(3e-6);
    expect(o.fallbacks).toEqual({ attempts: 1, requests: 1, rate: 0.5 });
    expect(o.escalations).toEqual({ attempts: 0, requests: 0, rate: 0 });
    expect(o.latency).toEqual({ attempts: 3, p50Ms: 12, p95Ms: 30 });
    expect(o.denialsByRule).toEqual([
      { rule: 'classifier_unavailable', count: 1 },
      { rule: 'phi-needs-baa', count: 1 },
    ]);
    expect(o.days.map((d) => d.day)).toEqual(['2026-01-02', '2026-01-03']);
    expect(o.providers).toEqual([{ provider: 'sim-local', requests: 2 }]);
  });

  it('has no rates or percentiles without traffic', () => {
    expect(overview([])).toMatchObject({ costPerOkUsd: null, latency: { p50Ms: null, p95Ms: null }, fallbacks: { rate: null } });
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });
});
