import { quantile } from './stats';

/** One leaf of the ledger, parsed (canonical JSON: ids, counts, timings; never content). */
type Leaf = Record<string, unknown>;

/** One line of the weekly routing review, per route and model. */
export interface ReportRow {
  route: string;
  model: string;
  requests: number;
  /** Share of all user requests in the window. */
  share: number;
  costUsd: number;
  costPerSuccessUsd: number | null;
  p95Ms: number | null;
  /** Answers a cascade rejected as invalid JSON, per request. */
  formatFailures: number;
  /** Requests whose cascade escalated at least once. */
  escalations: number;
  fallbacks: number;
  errors: number;
}

interface Attempt {
  outcome?: unknown;
  error_kind?: unknown;
  latency_ms?: unknown;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const attemptsOf = (o: Leaf): Attempt[] => (Array.isArray(o.attempts) ? (o.attempts as Attempt[]) : []);

/**
 * The weekly review routing teams hold, from decision and outcome leaves: per route and model, the share
 * of user traffic, cost, p95 upstream time, format failures, escalations and fallbacks. Eval and drift
 * traffic (leaves with `traffic` eval or drift) is left out; `other` counts what was left out.
 */
export function weeklyReport(leaves: readonly Leaf[]): { rows: ReportRow[]; total: number; excluded: number } {
  const routeOf = new Map<number, string>();
  for (const l of leaves) if (l.kind === 'routing_decision') routeOf.set(num(l.seq), typeof l.route === 'string' ? l.route : 'pinned');
  const groups = new Map<string, Leaf[]>();
  let excluded = 0;
  for (const l of leaves) {
    if (l.kind !== 'routing_outcome' || l.status === 'refused') continue;
    if (l.traffic === 'eval' || l.traffic === 'drift') {
      excluded++;
      continue;
    }
    const model = typeof l.provider === 'string' ? `${l.provider}/${String(l.model)}` : 'none';
    const key = `${routeOf.get(num(l.decision_seq)) ?? 'unknown'}\u0000${model}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const total = [...groups.values()].reduce((s, g) => s + g.length, 0);
  const rows = [...groups].map(([key, g]) => row(key, g, total));
  rows.sort((a, b) => b.requests - a.requests || a.route.localeCompare(b.route) || a.model.localeCompare(b.model));
  return { rows, total, excluded };
}

function row(key: string, g: readonly Leaf[], total: number): ReportRow {
  const [route = '', model = ''] = key.split('\u0000');
  const costUsd = g.reduce((s, o) => s + num(o.cost_nusd), 0) / 1e9;
  const ok = g.filter((o) => o.status === 'ok').length;
  const anyAttempt = (o: Leaf, f: (a: Attempt) => boolean) => attemptsOf(o).some(f);
  return {
    route,
    model,
    requests: g.length,
    share: total === 0 ? 0 : g.length / total,
    costUsd,
    costPerSuccessUsd: ok === 0 ? null : costUsd / ok,
    p95Ms: quantile(
      g.map((o) => attemptsOf(o).reduce((s, a) => s + num(a.latency_ms), 0)),
      0.95,
    ),
    formatFailures: g.filter((o) => anyAttempt(o, (a) => a.error_kind === 'invalid_json') || o.unaccepted === 'invalid_json').length,
    escalations: g.filter((o) => anyAttempt(o, (a) => a.outcome === 'escalated')).length,
    fallbacks: g.filter((o) => anyAttempt(o, (a) => a.outcome === 'error' || a.outcome === 'timeout')).length,
    errors: g.filter((o) => o.status === 'error').length,
  };
}

/** The review as text lines (ids and numbers only). */
export function renderReport(r: { rows: ReportRow[]; total: number; excluded: number }, since: string): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [`Routing review since ${since}: ${r.total} user requests (${r.excluded} eval/drift requests not counted)`];
  lines.push(
    ['route', 'model', 'requests', 'share', 'cost USD', '$/success', 'p95 ms', 'format fail', 'escalated', 'fallback', 'errors'].join('\t'),
  );
  for (const x of r.rows)
    lines.push(
      [
        x.route,
        x.model,
        x.requests,
        pct(x.share),
        x.costUsd.toFixed(4),
        x.costPerSuccessUsd === null ? '-' : x.costPerSuccessUsd.toPrecision(3),
        x.p95Ms === null ? '-' : Math.round(x.p95Ms),
        pct(x.formatFailures / x.requests),
        pct(x.escalations / x.requests),
        pct(x.fallbacks / x.requests),
        x.errors,
      ].join('\t'),
    );
  return lines;
}
