/**
 * The console's view of one decision (issue 18): a `routing_decision` or `policy_denied` leaf joined with
 * its `routing_outcome`. Contract: the view is built from an allow-list of metadata fields (levels,
 * categories, entity counts, provider and rule ids, timings, cost, the generated explanation); a field not
 * named here never reaches the console, whatever a leaf carries. Pure: parsed leaves in, plain values out.
 */

type Leaf = Readonly<Record<string, unknown>>;

export interface AttemptView {
  provider: string;
  model: string;
  outcome: string;
  latencyMs: number;
  status: number | null;
  errorKind: string | null;
}

export interface ExcludedView {
  provider: string;
  rule: string;
  reason: string;
}

/** `denied`: refused before egress; `pending`: no outcome yet (in flight, or left to the recovery sweep). */
export type DecisionStatus = 'ok' | 'error' | 'client_closed' | 'refused' | 'interrupted' | 'denied' | 'pending';

export interface DecisionView {
  tenant: string;
  seq: number;
  requestId: string | null;
  time: string;
  verdict: 'routed' | 'denied';
  status: DecisionStatus;
  level: string | null;
  categories: string[];
  entities: Record<string, number>;
  policyVersion: string | null;
  endpoint: string | null;
  route: string | null;
  /** The route rule that chose the route, when rules applied. */
  rule: string | null;
  /** Compliance rules that matched the request's facts. */
  matchedRules: string[];
  strategy: string | null;
  permitted: string[];
  excluded: ExcludedView[];
  plan: string[];
  provider: string | null;
  model: string | null;
  attempts: AttemptView[];
  costUsd: number | null;
  /** Upstream time: the sum of the attempts' latencies. */
  latencyMs: number | null;
  explanation: string;
  errorCode: string | null;
  traffic: string;
}

export interface DecisionRecord {
  tenant: string;
  seq: number;
  decision: Leaf;
  outcome: Leaf | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const objects = (v: unknown): Leaf[] => (Array.isArray(v) ? v.filter((x): x is Leaf => typeof x === 'object' && x !== null) : []);

function counts(v: unknown): Record<string, number> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

function attemptsOf(outcome: Leaf | null): AttemptView[] {
  return objects(outcome?.attempts).map((a) => ({
    provider: str(a.provider) ?? '',
    model: str(a.model) ?? '',
    outcome: str(a.outcome) ?? '',
    latencyMs: num(a.latency_ms) ?? 0,
    status: num(a.status),
    errorKind: str(a.error_kind),
  }));
}

function statusOf(kind: unknown, outcome: Leaf | null): DecisionStatus {
  if (kind === 'policy_denied') return 'denied';
  const s = str(outcome?.status);
  return s === 'ok' || s === 'error' || s === 'client_closed' || s === 'refused' || s === 'interrupted' ? s : 'pending';
}

/** One decision as the console shows it. */
export function decisionView(r: DecisionRecord): DecisionView {
  const d = r.decision;
  const o = r.outcome;
  const attempts = attemptsOf(o);
  const cost = num(o?.cost_nusd);
  const routed = d.kind !== 'policy_denied';
  return {
    tenant: r.tenant,
    seq: r.seq,
    requestId: str(d.request_id),
    time: str(d.ts) ?? '',
    verdict: routed ? 'routed' : 'denied',
    status: statusOf(d.kind, o),
    level: str(d.level),
    categories: strings(d.categories),
    entities: counts(d.entities),
    policyVersion: str(d.policy_version),
    endpoint: str(d.endpoint),
    route: str(d.route),
    rule: str(d.rule),
    matchedRules: strings(d.matched_rules),
    strategy: str(d.strategy),
    permitted: strings(d.permitted),
    excluded: objects(d.excluded).map((e) => ({ provider: str(e.provider) ?? '', rule: str(e.rule) ?? '', reason: str(e.reason) ?? '' })),
    plan: strings(d.plan),
    provider: str(o?.provider),
    model: str(o?.model),
    attempts,
    costUsd: cost === null ? null : cost / 1e9,
    latencyMs: attempts.length > 0 ? attempts.reduce((s, a) => s + a.latencyMs, 0) : null,
    explanation: str(d.explanation) ?? str(d.reason) ?? '',
    errorCode: str(o?.error_code) ?? str(d.error_code),
    traffic: str(d.traffic) ?? 'api',
  };
}

export interface DecisionFilter {
  level?: string;
  category?: string;
  /** Served by, attempted, planned or excluded. */
  provider?: string;
  /** The route rule, a matched compliance rule, or the rule that excluded a provider. */
  rule?: string;
  status?: string;
}

/** True when the view passes every filter that is set. */
export function matchesFilter(v: DecisionView, f: DecisionFilter): boolean {
  if (f.level && v.level !== f.level) return false;
  if (f.category && !v.categories.includes(f.category)) return false;
  if (f.status && v.status !== f.status) return false;
  if (f.provider) {
    const p = f.provider;
    const seen = v.provider === p || v.attempts.some((a) => a.provider === p) || v.plan.some((m) => m.startsWith(`${p}/`));
    if (!seen && !v.excluded.some((e) => e.provider === p)) return false;
  }
  if (f.rule) {
    const r = f.rule;
    if (v.rule !== r && !v.matchedRules.includes(r) && !v.excluded.some((e) => e.rule === r)) return false;
  }
  return true;
}
