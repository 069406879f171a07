/**
 * Route planning: which of a route's offers may be tried, in which order. Pure; no clock, no I/O.
 *
 * Invariant: a Plan's candidates MUST all have a provider in the `permitted` set it was planned with.
 * Everything else is listed in `dropped`, never silently lost. Strategies (strategies/) only reorder
 * the permitted candidates; they never see the dropped ones.
 */
import { estimateCostUsd, formatUsd, type ModelOffer } from './cost';
import { STRATEGIES, type Ranked, type Strategy } from './strategies';
import {
  candidateKey,
  ESCALATION_REASONS,
  type Candidate,
  type DroppedOffer,
  type EscalationReason,
  type LatencyView,
  type Plan,
  type StrategyName,
} from './types';

export { candidateKey, type Candidate, type DroppedOffer, type Plan, type StrategyName } from './types';

export const SUPPORTED_STRATEGIES: readonly StrategyName[] = ['cheapest', 'ordered', 'fastest', 'balanced', 'cascade'];

export interface PlanInput {
  /** One of SUPPORTED_STRATEGIES; any other name falls back to 'cheapest', with a note in the plan. */
  strategy: string;
  routeId: string | null;
  /** The route's candidates (or the single pinned model), in route order. */
  offers: readonly ModelOffer[];
  /** Provider ids permitted for this request by policy. */
  permitted: ReadonlySet<string>;
  promptTokens: number;
  /** Estimate of output tokens: the request's max_tokens or a default. */
  maxOutputTokens: number;
  /** fastest, balanced: recent p95 per provider/model (e.g. a LatencyStats). Without it, all are unknown. */
  latency?: LatencyView;
  /** balanced: the route's latencyBudgetMs (finite, > 0). Without one, balanced falls back to fastest. */
  latencyBudgetMs?: number;
  /** cascade: the route's escalateOn; default every reason. Ignored by the other strategies. */
  escalateOn?: readonly EscalationReason[];
  /** cascade: the route's confidenceThreshold (0..1), for `low_confidence`. */
  confidenceThreshold?: number;
}

function isSupported(strategy: string): strategy is StrategyName {
  return (SUPPORTED_STRATEGIES as readonly string[]).includes(strategy);
}

function chooseStrategy(input: PlanInput, notes: string[]): StrategyName {
  if (!isSupported(input.strategy)) {
    notes.push(`strategy ${JSON.stringify(String(input.strategy))} is not supported; used cheapest`);
    return 'cheapest';
  }
  if (input.strategy === 'balanced' && !validBudget(input.latencyBudgetMs)) {
    notes.push('balanced needs a latency budget; used fastest');
    return 'fastest';
  }
  return input.strategy;
}

function validBudget(ms: number | undefined): ms is number {
  return ms !== undefined && Number.isFinite(ms) && ms > 0;
}

/** A latency view that throws or answers nonsense counts as "unknown", never as fast. */
function readP95(latency: LatencyView | undefined, offer: ModelOffer): number | undefined {
  if (!latency) return undefined;
  try {
    const v = latency.p95({ provider: offer.provider, model: offer.model });
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Filters the offers to the permitted providers and orders them with the strategy:
 * - `cheapest`: ascending estimated cost; ties keep route order (stable).
 * - `ordered`: route order.
 * - `fastest`: ascending recent p95; unknown latency after known, then by cost.
 * - `balanced`: cheapest among those whose p95 fits `latencyBudgetMs`, then the rest fastest first.
 * - `cascade`: cost order; the plan carries `escalateOn` for route().
 * Duplicate provider/model offers keep their first occurrence, so no candidate is tried twice.
 */
export function planRoute(input: PlanInput): Plan {
  const notes: string[] = [];
  const strategyName = chooseStrategy(input, notes);
  const strategy: Strategy = STRATEGIES[strategyName];

  const seen = new Set<string>();
  const ranked: Ranked[] = [];
  const dropped: DroppedOffer[] = [];
  input.offers.forEach((offer, index) => {
    const key = candidateKey(offer);
    if (seen.has(key)) return;
    seen.add(key);
    if (!input.permitted.has(offer.provider)) {
      dropped.push({ provider: offer.provider, model: offer.model, reason: 'not_permitted' });
      return;
    }
    const candidate: Candidate = {
      provider: offer.provider,
      model: offer.model,
      inputUsdPerMTok: offer.inputUsdPerMTok,
      outputUsdPerMTok: offer.outputUsdPerMTok,
      estimatedCostUsd: estimateCostUsd(offer, input.promptTokens, input.maxOutputTokens),
    };
    const p95 = strategy.usesLatency ? readP95(input.latency, offer) : undefined;
    if (p95 !== undefined) candidate.p95Ms = p95;
    ranked.push({ candidate: Object.freeze(candidate), index });
  });

  const budget = strategyName === 'balanced' ? input.latencyBudgetMs : undefined;
  const ordered = strategy.order(ranked, budget === undefined ? {} : { latencyBudgetMs: budget });
  // Defence in depth: whatever a strategy returns, keep exactly the permitted candidates, each once.
  const out: Candidate[] = [];
  const placed = new Set<string>();
  for (const r of [...ordered, ...ranked]) {
    const key = candidateKey(r.candidate);
    if (placed.has(key) || !input.permitted.has(r.candidate.provider) || !seen.has(key)) continue;
    placed.add(key);
    out.push(r.candidate);
  }

  const plan: Plan = { strategy: strategyName, routeId: input.routeId, candidates: out, dropped };
  if (budget !== undefined) plan.latencyBudgetMs = budget;
  if (strategyName === 'cascade') plan.escalateOn = Object.freeze(normaliseEscalateOn(input.escalateOn));
  if (strategyName === 'cascade' && input.confidenceThreshold !== undefined) plan.confidenceThreshold = input.confidenceThreshold;
  if (notes.length > 0) plan.notes = notes;
  return plan;
}

function normaliseEscalateOn(list: readonly EscalationReason[] | undefined): EscalationReason[] {
  // low_confidence needs a threshold, so it is never implied: a route lists it explicitly.
  if (list === undefined) return ESCALATION_REASONS.filter((r) => r !== 'low_confidence');
  return ESCALATION_REASONS.filter((r) => list.includes(r));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function strategyOf(plan: Plan): Strategy {
  return isSupported(plan.strategy) ? STRATEGIES[plan.strategy] : STRATEGIES.ordered;
}

/**
 * One sentence explaining the choice, for the ledger and logs. Contains only provider/model/route ids,
 * counts, prices and latencies: never request content. `chosen` null means nothing succeeded (or
 * nothing was permitted).
 */
export function explainChoice(plan: Plan, chosen: Candidate | null): string {
  const context: string[] = [];
  if (plan.routeId !== null) context.push(`route ${plan.routeId}`);
  if (plan.dropped.length > 0) context.push(`${plural(plan.dropped.length, 'offer')} excluded by policy`);
  for (const note of plan.notes ?? []) context.push(note);
  const suffix = context.length > 0 ? ` (${context.join('; ')})` : '';

  if (chosen === null) {
    if (plan.candidates.length === 0) return `no permitted candidate${suffix}`;
    return `no candidate succeeded, ${plural(plan.candidates.length, 'permitted candidate')} tried or skipped${suffix}`;
  }

  const name = `${chosen.provider}/${chosen.model}`;
  const cost = `${formatUsd(chosen.estimatedCostUsd)} estimated`;
  const key = candidateKey(chosen);
  const index = plan.candidates.findIndex((c) => candidateKey(c) === key);
  if (index < 0) return `chose ${name}, which is not in the plan, at ${cost}${suffix}`;
  const before = index === 0 ? '' : ` after ${plural(index, 'earlier candidate')} failed`;
  // The plan's copy carries p95Ms even when `chosen` is route()'s snapshot.
  const planned = plan.candidates[index] ?? chosen;
  return `${strategyOf(plan).explain({ plan, chosen: planned, index, name, cost, before })}${suffix}`;
}
