/**
 * The value types shared by planning, strategies and route(): kept apart so that strategies/ and
 * plan.ts import types from here and never from each other in a cycle.
 */
import type { ModelOffer } from './cost';

/** Every strategy of SPEC §6. */
export type StrategyName = 'cheapest' | 'ordered' | 'fastest' | 'balanced' | 'cascade';

/**
 * Why a cascade step moves on to the next candidate (the policy's `escalateOn`, SPEC §5):
 * `invalid_json`, `length`, `refusal` and `low_confidence` come from the caller's accept() check of an answer;
 * `error` and `timeout` from a failed attempt.
 */
export type EscalationReason = 'invalid_json' | 'length' | 'refusal' | 'error' | 'timeout' | 'low_confidence';
export const ESCALATION_REASONS: readonly EscalationReason[] = ['invalid_json', 'length', 'refusal', 'error', 'timeout', 'low_confidence'];

/** Identity of a provider/model, for latency statistics and circuit breakers. */
export interface ModelTarget {
  provider: string;
  model: string;
}

/** Identity of a candidate: provider ids and model ids never contain NUL. */
export function candidateKey(c: ModelTarget): string {
  return `${c.provider}\u0000${c.model}`;
}

/** Read side of latency statistics: recent p95 per provider/model, `undefined` when unknown. */
export interface LatencyView {
  p95(target: ModelTarget): number | undefined;
}

/** An offer the plan may try, with its estimated cost for this request. Frozen by planRoute. */
export interface Candidate extends ModelOffer {
  estimatedCostUsd: number;
  /** The p95 latency the plan was ranked with (fastest and balanced only, when known). */
  p95Ms?: number;
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
  /** balanced: the latency budget the candidates were ranked against. */
  latencyBudgetMs?: number;
  /**
   * cascade only: what makes route() move to the next candidate. When set, route() escalates on an
   * accept() verdict only if listed, and a failed attempt whose kind (error, timeout) is not listed
   * ends routing (stop `not_escalated`). When absent, failures fall back as usual and accept()
   * verdicts never escalate.
   */
  escalateOn?: readonly EscalationReason[];
  /** cascade with `low_confidence`: an answer whose confidence (SPEC §5) is below this escalates. */
  confidenceThreshold?: number;
}
