/**
 * The shape every routing strategy has (SPEC §6): an ordering of the permitted candidates and the
 * phrase that explains a choice. Strategies only reorder: planRoute has already removed everything
 * outside the permitted set, so no strategy can add a candidate back.
 */
import type { Candidate, Plan, StrategyName } from '../types';

/** A permitted candidate with its position in the route (for stable tie-breaks). */
export interface Ranked {
  candidate: Candidate;
  index: number;
}

export interface StrategyContext {
  /** balanced: a finite budget > 0 (planRoute falls back to fastest without one). */
  latencyBudgetMs?: number;
}

/** What explainChoice knows about a choice, already formatted. Never request content. */
export interface Choice {
  plan: Plan;
  chosen: Candidate;
  /** Position of the chosen candidate in plan.candidates (>= 0). */
  index: number;
  /** `provider/model`. */
  name: string;
  /** `$0.000040 estimated`. */
  cost: string;
  /** ` after 2 earlier candidates failed`, or empty for the first. */
  before: string;
}

export interface Strategy {
  readonly name: StrategyName;
  /** Reads `candidate.p95Ms`, which planRoute fills in from the latency view when this is true. */
  readonly usesLatency: boolean;
  /** MUST return a permutation of `items` (no additions, no removals); MUST NOT mutate `items`. */
  order(items: readonly Ranked[], ctx: StrategyContext): Ranked[];
  /** The sentence, without the plan's context suffix. */
  explain(choice: Choice): string;
}

/** Ascending estimated cost, then route order. Comparisons, not subtraction: Infinity - Infinity is NaN. */
export function byCost(a: Ranked, b: Ranked): number {
  const x = a.candidate.estimatedCostUsd;
  const y = b.candidate.estimatedCostUsd;
  if (x < y) return -1;
  if (x > y) return 1;
  return a.index - b.index;
}

/** Known p95 before unknown, ascending p95, then byCost. */
export function byLatency(a: Ranked, b: Ranked): number {
  const x = a.candidate.p95Ms;
  const y = b.candidate.p95Ms;
  if (x !== undefined && y === undefined) return -1;
  if (x === undefined && y !== undefined) return 1;
  if (x !== undefined && y !== undefined) {
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return byCost(a, b);
}

export function formatMs(ms: number): string {
  return `${Math.round(ms)} ms`;
}
