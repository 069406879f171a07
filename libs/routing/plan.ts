/**
 * Route planning: which of a route's offers may be tried, in which order. Pure; no clock, no I/O.
 *
 * Invariant: a Plan's candidates MUST all have a provider in the `permitted` set it was planned with.
 * Everything else is listed in `dropped`, never silently lost.
 */
import { estimateCostUsd, formatUsd, type ModelOffer } from './cost';

/** Strategies implemented so far (SPEC §6 names fastest, balanced and cascade too; they come later). */
export type StrategyName = 'cheapest' | 'ordered';
export const SUPPORTED_STRATEGIES: readonly StrategyName[] = ['cheapest', 'ordered'];

/** An offer the plan may try, with its estimated cost for this request. Frozen by planRoute. */
export interface Candidate extends ModelOffer {
  estimatedCostUsd: number;
}

export interface PlanInput {
  /** 'cheapest' | 'ordered'; any other name falls back to 'cheapest', with a note in the plan. */
  strategy: string;
  routeId: string | null;
  /** The route's candidates (or the single pinned model), in route order. */
  offers: readonly ModelOffer[];
  /** Provider ids permitted for this request by policy. */
  permitted: ReadonlySet<string>;
  promptTokens: number;
  /** Estimate of output tokens: the request's max_tokens or a default. */
  maxOutputTokens: number;
}

export interface DroppedOffer {
  provider: string;
  model: string;
  reason: 'not_permitted';
}

export interface Plan {
  /** The strategy applied (after any fallback). */
  strategy: string;
  routeId: string | null;
  /** Permitted candidates in the order route() tries them; no provider/model appears twice. */
  candidates: Candidate[];
  /** Offers excluded because their provider is not permitted (each provider/model once). */
  dropped: DroppedOffer[];
  /** Why the plan differs from what was asked, e.g. an unsupported strategy. No request content. */
  notes?: string[];
}

/** Identity of a candidate: provider ids and model ids never contain NUL. */
export function candidateKey(c: { provider: string; model: string }): string {
  return `${c.provider}\u0000${c.model}`;
}

function isSupported(strategy: string): strategy is StrategyName {
  return (SUPPORTED_STRATEGIES as readonly string[]).includes(strategy);
}

/**
 * Filters the offers to the permitted providers and orders them.
 * - `cheapest`: ascending estimated cost; ties keep route order (stable).
 * - `ordered`: route order.
 * Duplicate provider/model offers keep their first occurrence, so no candidate is tried twice.
 */
export function planRoute(input: PlanInput): Plan {
  const notes: string[] = [];
  let strategy: StrategyName;
  if (isSupported(input.strategy)) strategy = input.strategy;
  else {
    strategy = 'cheapest';
    notes.push(`strategy ${JSON.stringify(String(input.strategy))} is not supported yet; used cheapest`);
  }

  const seen = new Set<string>();
  const ranked: { candidate: Candidate; index: number }[] = [];
  const dropped: DroppedOffer[] = [];
  input.offers.forEach((offer, index) => {
    const key = candidateKey(offer);
    if (seen.has(key)) return;
    seen.add(key);
    if (!input.permitted.has(offer.provider)) {
      dropped.push({ provider: offer.provider, model: offer.model, reason: 'not_permitted' });
      return;
    }
    const candidate: Candidate = Object.freeze({
      provider: offer.provider,
      model: offer.model,
      inputUsdPerMTok: offer.inputUsdPerMTok,
      outputUsdPerMTok: offer.outputUsdPerMTok,
      estimatedCostUsd: estimateCostUsd(offer, input.promptTokens, input.maxOutputTokens),
    });
    ranked.push({ candidate, index });
  });

  if (strategy === 'cheapest') {
    // Comparisons, not subtraction: Infinity - Infinity is NaN and would break the sort.
    ranked.sort((a, b) => {
      const x = a.candidate.estimatedCostUsd;
      const y = b.candidate.estimatedCostUsd;
      if (x < y) return -1;
      if (x > y) return 1;
      return a.index - b.index;
    });
  }

  const plan: Plan = { strategy, routeId: input.routeId, candidates: ranked.map((r) => r.candidate), dropped };
  if (notes.length > 0) plan.notes = notes;
  return plan;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * One sentence explaining the choice, for the ledger and logs. Contains only provider/model/route ids,
 * counts and prices: never request content. `chosen` null means nothing succeeded (or nothing was
 * permitted).
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
  if (plan.strategy === 'cheapest') {
    const rank = index === 0 ? 'cheapest' : `cheapest available`;
    return `chose ${name}, ${rank} at ${cost}${before}${suffix}`;
  }
  const rank = index === 0 ? 'first permitted in route order' : `next permitted in route order`;
  return `chose ${name}, ${rank}, at ${cost}${before}${suffix}`;
}
