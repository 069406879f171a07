/**
 * Replays recorded decisions under a candidate bundle (SPEC §8 `POST …/versions/{id}/simulate`): what would
 * the candidate have done with this traffic? Input: the parsed leaves of `routing_decision` and
 * `policy_denied` entries (metadata only: levels, categories, tenant, requested name, needs, token counts,
 * request signals, which keyword lists matched). Each is decided again with the live `decide` code, so the
 * simulation cannot drift from the gateway; only the route rules read recorded signals instead of the text.
 *
 * Contract: pure. A decision the candidate cannot judge from what was recorded (a keyword list the recorded
 * scan does not cover or that has changed, an entry recorded before these fields existed, a denial made
 * before policy ran) is counted as not simulable with its reason, never guessed. The "before" side is what
 * was recorded (its provider, permitted set and the router's cost estimate); the "after" side is the
 * candidate's. Reports hold ids and counts only, never content.
 */
import { CATEGORIES, DATA_LEVELS, GatewayError, type Category, type DataLevel } from '@libs/core';
import type { OpaqueCounts } from '@libs/classification';
import { judgeRule, keywordFingerprints, OUTPUT_FORMATS, PRIORITIES, unknownLists, type KeywordKnowledge } from '@libs/policy';
import type { OutputFormat, PolicyBundle, Priority } from '@libs/policy';
import type { LatencyView } from '@libs/routing';
import type { Capability } from './capabilities';
import { decideWith, type Decision, type DecisionInput, type TenantFacts } from './decide';
import type { RuleChooser, SkippedRule } from './rule-choice';

/** One parsed ledger leaf (`JSON.parse` of its canonical JSON): reserved keys and the decision body. */
export type RecordedDecision = Readonly<Record<string, unknown>>;

export interface SimulateOptions {
  /**
   * Tenant facts (region, floor) to simulate with, by tenant id. Without it, or for an id it does not know,
   * the region and floor recorded with each decision are used. Tier and time zone come from the bundle.
   */
  tenants?: (id: string) => TenantFacts | undefined;
  /** p95 per provider/model for `fastest` and `balanced` routes (e.g. the current view); default none. */
  latency?: LatencyView;
  /** How many changed decisions the report lists; default 20. */
  sampleSize?: number;
}

export type Verdict = 'route' | 'deny' | 'invalid';

/** One side of a decision: `invalid` is a 400 (no model of the route can serve the request any more). */
export interface DecisionSide {
  verdict: Verdict;
  provider: string | null;
  model: string | null;
  route: string | null;
  rule: string | null;
}

export interface ChangedDecision {
  seq: number | null;
  tenant: string;
  requestId: string | null;
  before: DecisionSide;
  after: DecisionSide;
}

export type Replay =
  | {
      status: 'simulated';
      before: DecisionSide;
      after: DecisionSide;
      /** Provider ids permitted as recorded, and under the candidate. */
      permittedBefore: string[];
      permittedAfter: string[];
      /** Every provider the candidate's plan may try, first choice first. */
      plannedAfter: string[];
      /** The router's estimate for the first choice, integer nano-USD; 0 for a denial. */
      costBeforeNusd: number;
      costAfterNusd: number;
      /** The candidate's route orders by latency (fastest, balanced): its order used `options.latency`. */
      latencyDependent: boolean;
    }
  | { status: 'not_simulable'; reason: string };

export interface SimulationReport {
  /** Entries given. */
  decisions: number;
  simulated: number;
  /** Routed before and after, to another provider (or model, route, rule). */
  changedProvider: number;
  changedModel: number;
  changedRoute: number;
  changedRule: number;
  /** Routed before, denied (403) under the candidate; and the reverse. */
  newDenials: number;
  liftedDenials: number;
  /** Would now be refused 400: no model the candidate offers for that name can serve the request. */
  newInvalid: number;
  /** Sum of the router's estimates (recorded token counts x each bundle's prices), after minus before. */
  costDeltaUsd: number;
  costBeforeUsd: number;
  costAfterUsd: number;
  /**
   * `oldChoiceOutsideNew`: the recorded provider is outside the candidate's permitted set for that request;
   * `newChoiceOutsideOld`: the candidate's provider was outside the recorded permitted set.
   */
  leftPermittedSet: { oldChoiceOutsideNew: number; newChoiceOutsideOld: number };
  /** Decisions whose permitted set differs between the recorded version and the candidate. */
  permittedSetChanged: number;
  latencyDependent: number;
  notSimulable: { count: number; reasons: { reason: string; count: number }[] };
  /** The first changed decisions, in input order: ids and outcomes, never content. */
  sample: ChangedDecision[];
}

export function simulate(candidate: PolicyBundle, records: readonly RecordedDecision[], options: SimulateOptions = {}): SimulationReport {
  const tally = new Tally(options.sampleSize ?? 20);
  for (const record of records) tally.add(record, replayDecision(candidate, record, options));
  return tally.report(records.length);
}

/** One recorded decision decided again under `candidate`. */
export function replayDecision(candidate: PolicyBundle, record: RecordedDecision, options: SimulateOptions = {}): Replay {
  const read = readRecord(record, options);
  if (typeof read === 'string') return { status: 'not_simulable', reason: read };
  let d: Decision;
  try {
    d = decideWith(candidate, 'candidate', read.input, replayRules(knowledgeOf(candidate, record.keyword_scan)));
  } catch (err) {
    if (err instanceof NotSimulable) return { status: 'not_simulable', reason: err.message };
    if (err instanceof GatewayError && err.code === 'invalid_request') return invalidNow(read);
    throw err;
  }
  return { status: 'simulated', ...read.before, ...afterOf(d) };
}

// ---- reading a recorded entry ----

interface Before {
  before: DecisionSide;
  permittedBefore: string[];
  costBeforeNusd: number;
}

interface Read {
  input: DecisionInput;
  before: Before;
}

/** Fields every replayable decision carries (decide.ts `replayFacts` and the base body). */
const REQUIRED = [
  'requested_model',
  'needs',
  'prompt_tokens',
  'request_signals',
  'detected_level',
  'tenant_floor',
  'region',
  'categories',
  'permitted',
];

function readRecord(r: RecordedDecision, options: SimulateOptions): Read | string {
  if (r.kind !== 'routing_decision' && r.kind !== 'policy_denied') return `not a decision entry (kind ${String(r.kind)})`;
  if (typeof r.error_code === 'string') return `denied before policy evaluation (${r.error_code})`;
  const missing = REQUIRED.find((k) => r[k] === undefined);
  if (missing !== undefined) return `recorded without ${missing} (before simulation metadata was recorded)`;
  if (!Array.isArray(r.needs) || !Array.isArray(r.categories) || !Array.isArray(r.permitted) || !isObject(r.request_signals)) {
    return 'recorded with a value this version cannot read';
  }
  const routed = r.kind === 'routing_decision';
  const plan = strings(r.plan);
  if (routed && (plan.length === 0 || !isInt(r.estimated_cost_nusd))) return 'recorded without plan or estimated_cost_nusd';
  const ts = typeof r.ts === 'string' ? new Date(r.ts) : null;
  if (ts === null || Number.isNaN(ts.getTime())) return 'recorded without a valid ts';
  const input = inputOf(r, ts, options);
  if (typeof input === 'string') return input;
  const [provider, model] = routed ? splitName(plan[0] as string) : [null, null];
  const before: DecisionSide = { verdict: routed ? 'route' : 'deny', provider, model, route: str(r.route), rule: str(r.rule) };
  return {
    input,
    before: { before, permittedBefore: strings(r.permitted), costBeforeNusd: routed ? (r.estimated_cost_nusd as number) : 0 },
  };
}

function inputOf(r: RecordedDecision, now: Date, options: SimulateOptions): DecisionInput | string {
  const tenantId = String(r.tenant);
  const detected = oneOf(r.detected_level, DATA_LEVELS);
  const floor = oneOf(r.tenant_floor, DATA_LEVELS);
  const signals = r.request_signals as Record<string, unknown>;
  const format = oneOf(signals.format, OUTPUT_FORMATS);
  const priority = oneOf(signals.priority, PRIORITIES);
  if (!detected || !floor || !format || !priority || !isInt(r.prompt_tokens) || !isInt(signals.messages)) {
    return 'recorded with a value this version cannot read';
  }
  const declared = r.declared_level === undefined ? null : oneOf(r.declared_level, DATA_LEVELS);
  return {
    model: String(r.requested_model),
    workload: typeof r.workload === 'string' ? r.workload : null,
    needs: strings(r.needs) as Capability[],
    promptTokens: r.prompt_tokens,
    maxOutputTokens: isInt(r.max_output_tokens) ? r.max_output_tokens : null,
    stream: r.stream === true,
    classification: classificationOf(detected, r),
    tenant: options.tenants?.(tenantId) ?? { id: tenantId, region: String(r.region), floor },
    declaredLevel: declared ?? null,
    now,
    latency: options.latency,
    request: {
      messages: signals.messages,
      format: format as OutputFormat,
      tools: signals.tools === true,
      priority: priority as Priority,
      texts: noTexts,
    },
  };
}

function classificationOf(level: DataLevel, r: RecordedDecision): DecisionInput['classification'] {
  const categories = strings(r.categories).filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c));
  const entities = typeof r.entities === 'object' && r.entities !== null ? (r.entities as Record<string, number>) : {};
  const u = r.unreadable as Record<string, unknown> | undefined;
  const opaque: OpaqueCounts | undefined = u ? { image: count(u.image), audio: count(u.audio), file: count(u.file) } : undefined;
  return { level, categories, findings: [], entities, healthContext: false, explanation: '', opaque };
}

/** Request text is never recorded; rules read the recorded keyword scan instead (replayRules). */
function noTexts(): never {
  throw new NotSimulable('the request text is not recorded');
}

// ---- route rules from recorded signals ----

class NotSimulable extends Error {}

/** What is known about each of the candidate's keyword lists: the recorded result when the list is unchanged. */
function knowledgeOf(candidate: PolicyBundle, scan: unknown): KeywordKnowledge {
  const now = keywordFingerprints(candidate.keywordLists ?? {});
  const s = scan as { lists?: Record<string, unknown>; matched?: unknown } | undefined;
  const then = s?.lists ?? {};
  const matched = new Set(strings(s?.matched));
  return (list) => (now[list] !== undefined && then[list] === now[list] ? matched.has(list) : null);
}

/**
 * `chooseByRules` over recorded signals: first rule that matches and whose route can serve the request with
 * a permitted model. A rule whose route cannot serve it is passed over whatever it would say, so an unknown
 * there changes nothing; an unknown on a rule that could win makes the decision not simulable.
 */
function replayRules(keywords: KeywordKnowledge): RuleChooser {
  return (bundle, signals, fit) => {
    const skipped: SkippedRule[] = [];
    for (const rule of bundle.rules ?? []) {
      const judged = judgeRule(rule.when, signals, keywords);
      if (judged === false) continue;
      const route = bundle.routes.find((r) => r.id === rule.route);
      if (!route) continue;
      const f = fit(route);
      if (f.capable === 0 || f.permitted === 0) {
        const reason = f.capable === 0 ? 'no_capable_candidate' : 'no_permitted_candidate';
        if (judged) skipped.push({ rule: rule.id, route: route.id, reason });
        continue;
      }
      if (judged === null) {
        const lists = unknownLists(rule.when, keywords).join(', ');
        throw new NotSimulable(`rule ${rule.id} reads keyword list ${lists}, which the recorded scan does not cover`);
      }
      return { chosen: { rule, route, match: { matched: true, why: [], signals: {} } }, skipped };
    }
    return { chosen: null, skipped };
  };
}

// ---- the candidate's side ----

type After = Pick<
  Extract<Replay, { status: 'simulated' }>,
  'after' | 'permittedAfter' | 'plannedAfter' | 'costAfterNusd' | 'latencyDependent'
>;

function afterOf(d: Decision): After {
  const permittedAfter = strings(d.ledgerBody.permitted);
  const rule = str(d.ledgerBody.rule);
  if (d.verdict === 'deny') {
    const after: DecisionSide = { verdict: 'deny', provider: null, model: null, route: null, rule };
    return { after, permittedAfter, plannedAfter: [], costAfterNusd: 0, latencyDependent: false };
  }
  const first = d.plan.candidates[0];
  const after: DecisionSide = {
    verdict: 'route',
    provider: first?.provider ?? null,
    model: first?.model ?? null,
    route: d.plan.routeId,
    rule,
  };
  return {
    after,
    permittedAfter,
    plannedAfter: d.plan.candidates.map((c) => c.provider),
    costAfterNusd: isInt(d.ledgerBody.estimated_cost_nusd) ? d.ledgerBody.estimated_cost_nusd : 0,
    latencyDependent: d.plan.strategy === 'fastest' || d.plan.strategy === 'balanced',
  };
}

function invalidNow(read: Read): Replay {
  const after: DecisionSide = { verdict: 'invalid', provider: null, model: null, route: null, rule: null };
  return { status: 'simulated', ...read.before, after, permittedAfter: [], plannedAfter: [], costAfterNusd: 0, latencyDependent: false };
}

// ---- the report ----

class Tally {
  private readonly r: Omit<SimulationReport, 'decisions' | 'costDeltaUsd' | 'costBeforeUsd' | 'costAfterUsd' | 'notSimulable'> = {
    simulated: 0,
    changedProvider: 0,
    changedModel: 0,
    changedRoute: 0,
    changedRule: 0,
    newDenials: 0,
    liftedDenials: 0,
    newInvalid: 0,
    leftPermittedSet: { oldChoiceOutsideNew: 0, newChoiceOutsideOld: 0 },
    permittedSetChanged: 0,
    latencyDependent: 0,
    sample: [],
  };
  private costBefore = 0;
  private costAfter = 0;
  private readonly reasons = new Map<string, number>();

  constructor(private readonly sampleSize: number) {}

  add(record: RecordedDecision, replay: Replay): void {
    if (replay.status === 'not_simulable') {
      this.reasons.set(replay.reason, (this.reasons.get(replay.reason) ?? 0) + 1);
      return;
    }
    const { before, after } = replay;
    const r = this.r;
    r.simulated++;
    this.costBefore += replay.costBeforeNusd;
    this.costAfter += replay.costAfterNusd;
    const bothRouted = before.verdict === 'route' && after.verdict === 'route';
    if (bothRouted && before.provider !== after.provider) r.changedProvider++;
    if (bothRouted && (before.provider !== after.provider || before.model !== after.model)) r.changedModel++;
    if (bothRouted && before.route !== after.route) r.changedRoute++;
    if (before.rule !== after.rule) r.changedRule++;
    if (before.verdict === 'route' && after.verdict === 'deny') r.newDenials++;
    if (before.verdict === 'deny' && after.verdict === 'route') r.liftedDenials++;
    if (after.verdict === 'invalid') r.newInvalid++;
    if (replay.latencyDependent) r.latencyDependent++;
    this.permitted(replay);
    if (changed(before, after) && r.sample.length < this.sampleSize) r.sample.push(sampleOf(record, before, after));
  }

  private permitted(replay: Extract<Replay, { status: 'simulated' }>): void {
    const { before, after, permittedBefore, permittedAfter } = replay;
    if (after.verdict === 'invalid') return;
    const r = this.r;
    if (!sameSet(permittedBefore, permittedAfter)) r.permittedSetChanged++;
    if (before.verdict === 'route' && !permittedAfter.includes(before.provider ?? '')) r.leftPermittedSet.oldChoiceOutsideNew++;
    if (after.verdict === 'route' && !permittedBefore.includes(after.provider ?? '')) r.leftPermittedSet.newChoiceOutsideOld++;
  }

  report(decisions: number): SimulationReport {
    const reasons = [...this.reasons.entries()]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
    return {
      decisions,
      ...this.r,
      costDeltaUsd: usd(this.costAfter - this.costBefore),
      costBeforeUsd: usd(this.costBefore),
      costAfterUsd: usd(this.costAfter),
      notSimulable: { count: reasons.reduce((n, x) => n + x.count, 0), reasons },
    };
  }
}

function changed(a: DecisionSide, b: DecisionSide): boolean {
  return a.verdict !== b.verdict || a.provider !== b.provider || a.model !== b.model || a.route !== b.route || a.rule !== b.rule;
}

function sampleOf(r: RecordedDecision, before: DecisionSide, after: DecisionSide): ChangedDecision {
  return { seq: isInt(r.seq) ? r.seq : null, tenant: String(r.tenant), requestId: str(r.request_id), before, after };
}

// ---- small readers ----

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Nano-USD sums are exact integers; the USD figure is rounded to the nano-dollar. */
function usd(nusd: number): number {
  return Number((nusd / 1e9).toFixed(9));
}

function splitName(name: string): [string, string] {
  const slash = name.indexOf('/');
  return [name.slice(0, slash), name.slice(slash + 1)];
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function count(v: unknown): number {
  return isInt(v) ? v : 0;
}

function oneOf<T extends string>(v: unknown, values: readonly T[]): T | null {
  return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : null;
}
