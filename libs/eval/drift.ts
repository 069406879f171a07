import { dropPValue } from './stats';

/** Counts of one drift run of one route (golden prompts × repeats). */
export interface DriftCounts {
  /** Answers graded (failed requests count as n with score 0). */
  n: number;
  /** Sum of grader scores. */
  scoreSum: number;
  /** Answers that passed their grader. */
  passes: number;
  /** Answers expected as JSON, and those that parsed (and matched the schema when one was given). */
  formatN: number;
  formatOk: number;
  refusals: number;
  /** The model the provider reported in its responses (`model`), most frequent first. */
  modelVersion: string | null;
}

export interface DriftMetrics {
  quality: number;
  formatAdherence: number;
  refusalRate: number;
}

export function driftMetrics(c: DriftCounts): DriftMetrics {
  return {
    quality: c.n === 0 ? 0 : c.scoreSum / c.n,
    formatAdherence: c.formatN === 0 ? 1 : c.formatOk / c.formatN,
    refusalRate: c.n === 0 ? 0 : c.refusals / c.n,
  };
}

export type DriftReason = 'quality' | 'format' | 'refusal' | 'model';

export interface DriftVerdict {
  drift: boolean;
  reasons: DriftReason[];
  /** The smallest of the three one-sided p-values (null when nothing could be tested). */
  pValue: number | null;
}

/**
 * The stated test: three one-sided two-proportion z-tests (pooled) of the current run against the baseline —
 * pass rate lower, format adherence lower, non-refusal rate lower — each at alpha / 3 (Bonferroni), so the
 * chance of a false alarm on an unchanged route is at most `alpha` per run. A different reported model is
 * drift by itself, whatever the scores.
 */
export function compareDrift(baseline: DriftCounts, current: DriftCounts, alpha = 0.01): DriftVerdict {
  const each = alpha / 3;
  const p = {
    quality: dropPValue(baseline.passes, baseline.n, current.passes, current.n),
    format: dropPValue(baseline.formatOk, baseline.formatN, current.formatOk, current.formatN),
    refusal: dropPValue(baseline.n - baseline.refusals, baseline.n, current.n - current.refusals, current.n),
  };
  const reasons: DriftReason[] = (['quality', 'format', 'refusal'] as const).filter((k) => p[k] < each);
  const modelChanged = baseline.modelVersion !== null && current.modelVersion !== null && baseline.modelVersion !== current.modelVersion;
  if (modelChanged) reasons.push('model');
  const tested = baseline.n > 0 && current.n > 0;
  return { drift: reasons.length > 0, reasons, pValue: tested ? Math.min(p.quality, p.format, p.refusal) : null };
}

/** The most frequent value (ties: the first seen), or null. */
export function mostFrequent(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestN = 0;
  for (const [v, n] of counts) if (n > bestN) [best, bestN] = [v, n];
  return best;
}
