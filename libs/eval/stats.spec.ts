import { compareDrift, type DriftCounts } from './drift';
import { dropPValue, normalCdf, quantile, wilson } from './stats';
import { summarise, summariseAll, specSummary, type TaskResult } from './summary';
import { compareRuns, renderTable, toCsv } from './table';
import { weeklyReport } from './report';

describe('statistics', () => {
  it('quantiles by nearest rank', () => {
    const v = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantile(v, 0.5)).toBe(50);
    expect(quantile(v, 0.95)).toBe(95);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('normal CDF matches known values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(normalCdf(-2.326)).toBeCloseTo(0.01, 3);
  });

  it('Wilson intervals (textbook values) stay in [0, 1]', () => {
    const w = wilson(20, 100);
    expect(w?.low).toBeCloseTo(0.1334, 3);
    expect(w?.high).toBeCloseTo(0.2888, 3);
    expect(wilson(0, 10)?.low).toBe(0);
    expect(wilson(10, 10)?.high).toBe(1);
    expect(wilson(0, 0)).toBeNull();
  });

  it('one-sided drop test: a real drop is significant, a rise or no change is not', () => {
    expect(dropPValue(45, 50, 20, 50)).toBeLessThan(0.0001);
    expect(dropPValue(20, 50, 45, 50)).toBeGreaterThan(0.99);
    expect(dropPValue(50, 50, 50, 50)).toBe(1);
    expect(dropPValue(40, 50, 38, 50)).toBeGreaterThan(0.1);
  });
});

describe('drift verdicts', () => {
  const base: DriftCounts = { n: 40, scoreSum: 38, passes: 38, formatN: 20, formatOk: 20, refusals: 0, modelVersion: 'm-2024-01' };
  it('no drift on the same figures; drift on a quality drop, a refusal rise, a format drop or a new model', () => {
    expect(compareDrift(base, base)).toEqual({ drift: false, reasons: [], pValue: expect.closeTo(0.5, 6) });
    expect(compareDrift(base, { ...base, passes: 15, scoreSum: 15 }).reasons).toEqual(['quality']);
    expect(compareDrift(base, { ...base, refusals: 15 }).reasons).toEqual(['refusal']);
    expect(compareDrift(base, { ...base, formatOk: 5 }).reasons).toEqual(['format']);
    expect(compareDrift(base, { ...base, modelVersion: 'm-2024-06' })).toMatchObject({ drift: true, reasons: ['model'] });
  });

  it('false alarms on unchanged binomial noise stay under alpha (seeded simulation, 2000 runs)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const sample = (p: number, n: number) => Array.from({ length: n }).filter(() => rnd() < p).length;
    let alarms = 0;
    for (let i = 0; i < 2000; i++) {
      const k = sample(0.8, 60);
      const b = { ...base, n: 60, passes: sample(0.8, 60), scoreSum: 0, formatN: 0, formatOk: 0 };
      if (compareDrift(b, { ...b, passes: k }, 0.01).drift) alarms++;
    }
    expect(alarms / 2000).toBeLessThan(0.01);
  });
});

const r = (o: Partial<TaskResult>): TaskResult => ({
  taskId: 't',
  target: 'cheap',
  workload: 'extraction',
  tags: [],
  status: 'ok',
  latencyMs: 100,
  costUsd: 0.001,
  score: 1,
  pass: true,
  refusal: false,
  brokenJson: false,
  escalated: false,
  fallback: false,
  model: 'sim/chat',
  ...o,
});

describe('table maths', () => {
  const results = [
    ...Array.from({ length: 8 }, (_, i) => r({ taskId: `a${i}`, latencyMs: 100 + i * 10 })),
    r({ taskId: 'b', brokenJson: true, score: 0, pass: false, latencyMs: 500 }),
    r({ taskId: 'c', status: 'timeout', score: 0, pass: false, costUsd: 0, latencyMs: 5000 }),
    r({ taskId: 'd', status: 'denied', score: 0, pass: false, costUsd: 0 }),
  ];

  it('counts requests without denials; fractions are of requests; cost per solved task', () => {
    const s = summarise('cheap', results);
    expect(specSummary(s)).toEqual({
      target: 'cheap',
      requests: 10,
      costPerRequestUsd: expect.closeTo(0.0009, 12),
      medianMs: 140,
      p95Ms: 500,
      quality: 0.8,
      passRate: 0.8,
      timeouts: 0.1,
      refusals: 0,
      brokenJson: 0.1,
      denied: 1,
    });
    expect(s.costPerSuccessUsd).toBeCloseTo(0.009 / 8, 12);
    expect(s.passRateCi?.low).toBeLessThan(0.8);
  });

  it('a target with everything denied has no figures, only denials', () => {
    expect(specSummary(summarise('x', [r({ status: 'denied' })]))).toMatchObject({ requests: 0, denied: 1, quality: null, medianMs: null });
  });

  it('groups per workload and tag; renders a table and CSV', () => {
    const all = summariseAll(['cheap', 'strong'], [...results, r({ target: 'strong', workload: 'code', tags: ['hard'] })]);
    expect(all.overall.map((o) => o.requests)).toEqual([10, 1]);
    expect(all.groups.map((g) => g.group)).toEqual([
      'workload:code',
      'workload:code',
      'workload:extraction',
      'workload:extraction',
      'tag:hard',
      'tag:hard',
    ]);
    const table = renderTable(all.overall);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('80.0%');
    const csv = toCsv('h', all.overall).split('\n');
    expect(csv[0]).toMatch(/^taskSetHash,target,group,requests/);
    expect(csv[1]).toMatch(/^h,cheap,all,10,1,/);
  });

  it('refuses to compare runs of different task sets', () => {
    const t = [specSummary(summarise('cheap', results))];
    expect(compareRuns({ taskSetHash: 'a', targets: t }, { taskSetHash: 'b', targets: t })).toHaveProperty('error');
    expect(compareRuns({ taskSetHash: 'a', targets: t }, { taskSetHash: 'a', targets: t })).toEqual({
      lines: ['cheap: quality 0.000, pass 0.0 pt, $/req 0.00, p95 0 ms'],
    });
  });
});

describe('weekly report', () => {
  it('per route and model from decision and outcome leaves, leaving eval and drift traffic out', () => {
    const leaves = [
      { kind: 'routing_decision', seq: 0, route: 'support' },
      {
        kind: 'routing_outcome',
        seq: 1,
        decision_seq: 0,
        status: 'ok',
        provider: 'p',
        model: 'm',
        cost_nusd: 2000,
        attempts: [
          { outcome: 'escalated', error_kind: 'invalid_json', latency_ms: 10 },
          { outcome: 'ok', latency_ms: 30 },
        ],
      },
      { kind: 'routing_decision', seq: 2, route: 'support' },
      {
        kind: 'routing_outcome',
        seq: 3,
        decision_seq: 2,
        status: 'ok',
        provider: 'p',
        model: 'm',
        cost_nusd: 1000,
        attempts: [{ outcome: 'ok', latency_ms: 20 }],
      },
      { kind: 'routing_decision', seq: 4, route: 'support', traffic: 'eval' },
      { kind: 'routing_outcome', seq: 5, decision_seq: 4, status: 'ok', provider: 'p', model: 'm', traffic: 'eval', attempts: [] },
    ];
    const rep = weeklyReport(leaves);
    expect(rep.total).toBe(2);
    expect(rep.excluded).toBe(1);
    expect(rep.rows).toEqual([
      {
        route: 'support',
        model: 'p/m',
        requests: 2,
        share: 1,
        costUsd: 3e-6,
        costPerSuccessUsd: 1.5e-6,
        p95Ms: 40,
        formatFailures: 1,
        escalations: 1,
        fallbacks: 0,
        errors: 0,
      },
    ]);
  });
});
