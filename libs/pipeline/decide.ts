import { unreadableLevel, type Classification, type OpaqueCounts } from '@libs/classification';
import { GatewayError, maxLevel, type DataLevel } from '@libs/core';
import {
  deniedMessage,
  evaluate,
  findModel,
  findTenant,
  localTime,
  resolveRoute,
  type OutputFormat,
  type PolicyBundle,
  type Priority,
  type RequestSignals,
  type PolicyDecision,
  type Route,
  type RouteResolution,
} from '@libs/policy';
import { explainChoice, planRoute, type LatencyView, type ModelOffer, type Plan } from '@libs/routing';
import { CAPABILITY_PARAM, fitsContext, missingCapability, type Capability } from './capabilities';
import { dataSentence, policySentence } from './explain';
import { modelName, nanoUsd, type Body } from './ledger-bodies';
import { chooseLive, ruleBody, ruleClause, type RuleChooser } from './rule-choice';

/** The tenant facts a decision reads. */
export interface TenantFacts {
  id: string;
  region: string;
  floor: DataLevel;
  /** The tenant record's tier and time zone win over the bundle's seed entry for route rules. */
  tier?: string | null;
  timeZone?: string | null;
}

export interface DecisionInput {
  /** The request's `model`: `auto`, a route id or alias, a bundle alias, or `provider/model`. */
  model: string;
  workload: string | null;
  /** What the request needs from a model (chat or embeddings, plus tools, json_schema, vision). */
  needs: readonly Capability[];
  /** Every provider-visible text, counted with the routing tokenizer. */
  promptTokens: number;
  /** The requested maximum output, or null: planning then assumes a typical answer, the context check none. */
  maxOutputTokens: number | null;
  stream: boolean;
  /** The request's classification (built-in analyzer, merged with Presidio's when configured). */
  classification: Classification & { opaque?: OpaqueCounts; fields?: readonly string[] };
  tenant: TenantFacts;
  declaredLevel: DataLevel | null;
  now: Date;
  /** Recent p95 per provider/model, for `fastest` and `balanced`. */
  latency?: LatencyView;
  /** What route rules read from the request itself; without it, rules see an empty text request. */
  request?: RequestShape;
  /**
   * The version in force's compliance verdict on this same request, when deciding under another version
   * (an eval run's `version:<id>`): the decision never permits a provider the version in force excludes,
   * and never acts more loosely (see `inForceVerdict`).
   */
  inForce?: InForceVerdict;
}

/** What the version in force says about a request: whom it permits and what it does (allow, pseudonymize, block). */
export interface InForceVerdict {
  version: string;
  permitted: readonly string[];
  action: PolicyDecision['action'];
  blockedBy: readonly string[];
}

/** The compliance verdict of `bundle` (the version in force) on `input`, for `DecisionInput.inForce`. */
export function inForceVerdict(bundle: PolicyBundle, version: string, input: DecisionInput): InForceVerdict {
  const level = levelOf(bundle, input);
  const d = evaluate(bundle, { level, categories: input.classification.categories, tenantRegion: input.tenant.region, now: input.now });
  return { version, permitted: d.permitted, action: d.action, blockedBy: d.blockedBy };
}

const STRICTNESS: Record<PolicyDecision['action'], number> = { allow: 0, pseudonymize: 1, block: 2 };

/** `d` narrowed to what the version in force allows: its exclusions added (named after it), the stricter action. */
function withinInForce(d: PolicyDecision, f: InForceVerdict | undefined): PolicyDecision {
  if (!f) return d;
  const allowed = new Set(f.permitted);
  const dropped = d.permitted.filter((p) => !allowed.has(p));
  return {
    ...d,
    permitted: d.permitted.filter((p) => allowed.has(p)),
    excluded: [
      ...d.excluded,
      ...dropped.map((provider) => ({ provider, rule: `in-force:${f.version}`, reason: 'not permitted by the policy version in force' })),
    ],
    action: STRICTNESS[f.action] > STRICTNESS[d.action] ? f.action : d.action,
    blockedBy: [...d.blockedBy, ...f.blockedBy.map((r) => `in-force:${r}`)],
  };
}

/** The request-side signals of route rules (SPEC §5); the rest comes from classification and the tenant. */
export interface RequestShape {
  messages: number;
  format: OutputFormat;
  tools: boolean;
  /** `x-gateway-priority`; absent means interactive. */
  priority: Priority | null;
  /** Every provider-visible text, read only by the keyword scan (lazily). */
  texts: () => readonly string[];
}

/** Output tokens assumed for cost planning when the request sets no maximum. */
const DEFAULT_OUTPUT_TOKENS = 256;

export type Decision =
  | {
      verdict: 'route';
      level: DataLevel;
      plan: Plan;
      ledgerBody: Body;
      /** Ids and rules, for machines and the ledger. */
      explanation: string;
      /** Why the data may go where it goes, in words (the `x-gateway-explain` header adds the provider). */
      reason: string;
      pinned: boolean;
      attemptTimeoutMs: number | null;
      /** A matched rule says `action: pseudonymize`: identifiers leave only as placeholders. */
      pseudonymize: boolean;
      /** Which route rule chose the route and why (ids, counts, list names), or null when rules did not apply. */
      rule: string | null;
      ruleClause: string | null;
    }
  | { verdict: 'deny'; level: DataLevel; ledgerBody: Body; reason: string };

/**
 * classify -> level -> policy -> plan, as values: the caller records the result in the ledger before acting.
 * A request no model could serve (unknown name, missing capability, context too long) is a 400, thrown
 * before any decision; a deny carries a message that names rules and providers, never content.
 */
export function decide(bundle: PolicyBundle, policyVersion: string, input: DecisionInput): Decision {
  return decideWith(bundle, policyVersion, input, chooseLive);
}

/** `decide` with another way of choosing the route rule: a simulation replays recorded signals (simulate.ts). */
export function decideWith(bundle: PolicyBundle, policyVersion: string, input: DecisionInput, chooseRules: RuleChooser): Decision {
  const requested = resolve(bundle, input);
  const level = levelOf(bundle, input);
  const facts = { level, categories: input.classification.categories, tenantRegion: input.tenant.region, now: input.now };
  const decision = withinInForce(evaluate(bundle, facts), input.inForce);
  const rules = rulesApply(bundle, input) ? chooseRules(bundle, signalsOf(bundle, input, level), fitOf(bundle, input, decision)) : null;
  const resolution: RouteResolution = rules?.chosen ? { route: rules.chosen.route } : requested;
  const offers = servableOffers(bundle, resolution, input);
  const ruleText = ruleClause(rules, resolution.route?.id ?? null);
  const base = { ...baseBody(bundle, policyVersion, input, requested, level, decision), ...ruleBody(rules) };
  const policyText = policySentence(decision, facts) + unreadableNote(bundle, input.classification.opaque);
  const deny = (why: string): Decision => {
    const reason = why.startsWith('Policy denied') ? why : `Policy denied: ${why}.`;
    return { verdict: 'deny', level, reason, ledgerBody: { ...base, reason, explanation: `${policyText} ${reason}` } };
  };
  const opaque = opaqueSummary(input.classification.opaque);
  if (opaque && (bundle.unreadableContent ?? 'restricted') === 'refuse') {
    return deny(`the request carries ${opaque} the classifier cannot read, and policy unreadableContent is refuse`);
  }
  if (decision.action === 'block' || decision.permitted.length === 0) return deny(deniedMessage(decision));
  if (resolution.pinned && !decision.permitted.includes(resolution.pinned.provider)) return deny(pinnedDenial(resolution, decision));
  const plan = planOver(resolution, offers, decision, input);
  if (plan.candidates.length === 0) {
    return deny(`no candidate of route ${resolution.route?.id ?? 'pinned'} is permitted (permitted: ${decision.permitted.join(', ')})`);
  }
  const pseudonymize = decision.action === 'pseudonymize';
  const choice = explainChoice(plan, plan.candidates[0] ?? null);
  const egress = pseudonymize ? ' Identifiers are pseudonymised before egress.' : '';
  const ruled = ruleText ? ` Rule decision: ${ruleText}.` : '';
  const explanation = `${policyText}${ruled} ${choice.charAt(0).toUpperCase()}${choice.slice(1)}.${egress}`;
  return {
    verdict: 'route',
    level,
    plan,
    explanation,
    reason: dataSentence(level, input.classification.categories, decision, unreadableClause(bundle, input.classification.opaque)) + egress,
    pinned: resolution.pinned !== undefined,
    attemptTimeoutMs: resolution.route?.attemptTimeoutMs ?? null,
    pseudonymize,
    rule: rules?.chosen?.rule.id ?? null,
    ruleClause: ruleText,
    ledgerBody: {
      ...base,
      strategy: plan.strategy,
      route: plan.routeId ?? undefined,
      plan: plan.candidates.map(modelName),
      estimated_cost_nusd: estimatedCost(plan),
      egress: pseudonymize ? 'pseudonymized' : 'clear',
      explanation,
    },
  };
}

/**
 * Rules pick the route for `auto` and for the bundle's familiar-name aliases; a request that names a route
 * or a provider/model gets exactly that. Embeddings are never routed by rules.
 */
function rulesApply(bundle: PolicyBundle, input: DecisionInput): boolean {
  if ((bundle.rules ?? []).length === 0 || input.needs.includes('embeddings')) return false;
  return input.model === 'auto' || bundle.aliases?.[input.model] !== undefined;
}

function signalsOf(bundle: PolicyBundle, input: DecisionInput, level: DataLevel): RequestSignals {
  const seed = findTenant(bundle, input.tenant.id);
  const r = input.request;
  return {
    promptTokens: input.promptTokens,
    messages: r?.messages ?? 0,
    format: r?.format ?? 'text',
    tools: r?.tools ?? false,
    level,
    categories: input.classification.categories,
    tenantRegion: input.tenant.region,
    tenantTier: input.tenant.tier ?? seed?.tier ?? null,
    workload: input.workload,
    priority: r?.priority ?? 'interactive',
    localTime: localTime(input.now, input.tenant.timeZone ?? seed?.timeZone),
    texts: r?.texts ?? (() => []),
  };
}

/** A rule's route counts only if some model can serve the request and is permitted for it. */
function fitOf(bundle: PolicyBundle, input: DecisionInput, decision: PolicyDecision) {
  const permitted = new Set(decision.permitted);
  return (route: Route) => {
    const serving = route.candidates.filter((name) => {
      const m = findModel(bundle, name)?.model;
      return (
        m !== undefined &&
        missingCapability(m.capabilities, input.needs) === null &&
        fitsContext(m.contextWindow, input.promptTokens, input.maxOutputTokens ?? 0)
      );
    });
    const allowed = serving.filter((name) => permitted.has(findModel(bundle, name)?.provider.id ?? ''));
    return { capable: serving.length, permitted: allowed.length };
  };
}

function levelOf(bundle: PolicyBundle, input: DecisionInput): DataLevel {
  const unreadable = bundle.unreadableContent ?? 'restricted';
  // A refused request keeps its detected level: it is denied, not routed.
  const opaqueLevel: DataLevel = unreadable === 'refuse' ? 'public' : unreadableLevel(input.classification.opaque, unreadable);
  return maxLevel(input.classification.level, input.declaredLevel ?? 'public', input.tenant.floor, opaqueLevel);
}

function baseBody(
  bundle: PolicyBundle,
  policyVersion: string,
  input: DecisionInput,
  resolution: RouteResolution,
  level: DataLevel,
  decision: PolicyDecision,
): Body {
  const cls = input.classification;
  return {
    level,
    detected_level: cls.level,
    declared_level: input.declaredLevel ?? undefined,
    tenant_floor: input.tenant.floor,
    categories: cls.categories,
    entities: cls.entities,
    fields: cls.fields && cls.fields.length > 0 ? [...cls.fields] : undefined,
    unreadable: opaqueSummary(cls.opaque) ? { ...cls.opaque, treated_as: bundle.unreadableContent ?? 'restricted' } : undefined,
    region: input.tenant.region,
    policy_version: policyVersion,
    permitted: decision.permitted,
    excluded: decision.excluded.map((e) => ({ provider: e.provider, rule: e.rule, reason: e.reason })),
    matched_rules: decision.matchedRules,
    requested: resolution.route ? `route:${resolution.route.id}` : modelName(resolution.pinned),
    workload: input.workload ?? undefined,
    stream: input.stream,
    ...replayFacts(input),
  };
}

/**
 * What a simulation needs to decide the request again under another bundle (SPEC §8): the requested name
 * (always a name the bundle knows: unknown names are refused before any decision), the needed capabilities,
 * token counts and the request signals of route rules. Counts and enum values only, never content.
 */
function replayFacts(input: DecisionInput): Body {
  const r = input.request;
  return {
    requested_model: input.model,
    needs: [...input.needs],
    prompt_tokens: input.promptTokens,
    max_output_tokens: input.maxOutputTokens ?? undefined,
    request_signals: {
      messages: r?.messages ?? 0,
      format: r?.format ?? 'text',
      tools: r?.tools ?? false,
      priority: r?.priority ?? 'interactive',
    },
  };
}

/** The router's estimate for the planned first choice, in integer nano-USD (canonical JSON has no floats). */
function estimatedCost(plan: Plan): number | undefined {
  const first = plan.candidates[0];
  return first && Number.isFinite(first.estimatedCostUsd) ? nanoUsd(first.estimatedCostUsd) : undefined;
}

/** The route or pinned model the request names; a name the bundle does not know is a 400. */
function resolve(bundle: PolicyBundle, input: DecisionInput): RouteResolution {
  const embeddings = input.needs.includes('embeddings');
  const auto = (bundle.aliases?.[input.model] ?? input.model) === 'auto';
  const resolution = embeddings && auto ? embeddingsRoute(bundle) : resolveRoute(bundle, { model: input.model, workload: input.workload });
  // The requested name is not echoed: a client may put anything in it.
  if (!resolution) {
    throw new GatewayError(
      'invalid_request',
      'The requested model does not exist; use "auto", a route alias or a provider/model from GET /v1/models.',
      'model',
    );
  }
  return resolution;
}

/**
 * The models that can serve this request: every needed capability, and a context window that holds the
 * prompt plus the requested output. None left is a 400 naming what is missing, never a silent downgrade.
 */
function servableOffers(bundle: PolicyBundle, resolution: RouteResolution, input: DecisionInput): ModelOffer[] {
  const names = resolution.pinned ? [modelName(resolution.pinned)] : resolution.route.candidates;
  const models = names.map((n) => ({ name: n, found: findModel(bundle, n) }));
  const capable = models.filter((m) => missingCapability(m.found?.model.capabilities, input.needs) === null);
  const where = resolution.pinned ? `model ${names[0]}` : `route ${resolution.route.id}`;
  if (capable.length === 0) {
    const missing = missingCapability(models[0]?.found?.model.capabilities, input.needs) ?? 'chat';
    throw new GatewayError(
      'invalid_request',
      `No model of ${where} has the ${missing} capability this request needs.`,
      CAPABILITY_PARAM[missing],
    );
  }
  const fitting = capable.filter((m) => fitsContext(m.found?.model.contextWindow, input.promptTokens, input.maxOutputTokens ?? 0));
  if (fitting.length === 0) {
    throw new GatewayError(
      'invalid_request',
      `The request needs ${input.promptTokens + (input.maxOutputTokens ?? 0)} tokens (prompt plus maximum output); no model of ${where} has a context window that large.`,
      'messages',
    );
  }
  return fitting.map((m) => offerOf(bundle, m.name));
}

function planOver(resolution: RouteResolution, offers: ModelOffer[], decision: PolicyDecision, input: DecisionInput): Plan {
  const route = resolution.route;
  return planRoute({
    strategy: route?.strategy ?? 'cheapest',
    latency: input.latency,
    latencyBudgetMs: route?.latencyBudgetMs,
    escalateOn: route?.escalateOn,
    confidenceThreshold: route?.confidenceThreshold,
    routeId: route?.id ?? null,
    offers,
    permitted: new Set(decision.permitted),
    promptTokens: input.promptTokens,
    maxOutputTokens: input.maxOutputTokens ?? DEFAULT_OUTPUT_TOKENS,
  });
}

function pinnedDenial(resolution: RouteResolution, decision: PolicyDecision): string {
  const pinned = resolution.pinned;
  if (!pinned) return 'not permitted';
  const ex = decision.excluded.find((e) => e.provider === pinned.provider);
  const why = ex ? `excluded by rule ${ex.rule} (${ex.reason})` : 'not permitted';
  return `model ${modelName(pinned)} is not permitted for this request: ${why}`;
}

/** "1 image part the classifier cannot read, treated as restricted", or ''. */
function unreadableClause(bundle: PolicyBundle, counts: OpaqueCounts | undefined): string {
  const opaque = opaqueSummary(counts);
  if (!opaque) return '';
  const unreadable = bundle.unreadableContent ?? 'restricted';
  return `${opaque} the classifier cannot read, treated as ${unreadable === 'refuse' ? 'not allowed' : unreadable}`;
}

function unreadableNote(bundle: PolicyBundle, counts: OpaqueCounts | undefined): string {
  const clause = unreadableClause(bundle, counts);
  return clause === '' ? '' : ` ${clause} (policy unreadableContent).`;
}

/** "2 image parts and 1 file part", or null when every part was readable. */
function opaqueSummary(counts: OpaqueCounts | undefined): string | null {
  if (!counts) return null;
  const parts = (Object.entries(counts) as [string, number][])
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k} part${n === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(' and ') : null;
}

/** `auto` for embeddings: the bundle's `embeddings` route, else every model with the embeddings capability. */
function embeddingsRoute(bundle: PolicyBundle): RouteResolution | null {
  const named = bundle.routes.find((r) => r.id === 'embeddings');
  if (named) return { route: named };
  const candidates = bundle.providers.flatMap((p) =>
    p.models.filter((m) => m.capabilities?.includes('embeddings')).map((m) => `${p.id}/${m.id}`),
  );
  return candidates.length > 0 ? { route: { id: 'embeddings', match: {}, strategy: 'cheapest', candidates } as unknown as Route } : null;
}

function offerOf(bundle: PolicyBundle, name: string): ModelOffer {
  const found = findModel(bundle, name);
  if (!found) throw new Error(`policy names unknown model ${name}`); // the schema refuses such bundles
  return {
    provider: found.provider.id,
    model: found.model.id,
    inputUsdPerMTok: found.model.inputUsdPerMTok,
    outputUsdPerMTok: found.model.outputUsdPerMTok,
  };
}
