import { mean, quantile, wilson, type Interval } from './stats';

/** What happened to one task on one target. */
export interface TaskResult {
  taskId: string;
  target: string;
  workload: string | null;
  tags: readonly string[];
  /** `denied`: the permitted set refused it (nothing sent); `timeout`: 504; `error`: any other failure. */
  status: 'ok' | 'denied' | 'timeout' | 'error';
  latencyMs: number;
  costUsd: number;
  score: number;
  pass: boolean;
  refusal: boolean;
  brokenJson: boolean;
  /** A cascade rejected an answer and moved on. */
  escalated: boolean;
  /** An attempt failed and the next permitted candidate answered. */
  fallback: boolean;
  /** The `provider/model` that answered (null when none did). */
  model: string | null;
}

/** One target's line of the SPEC §10 `--json` output: exactly these keys. */
export interface TargetSummary {
  target: string;
  requests: number;
  costPerRequestUsd: number | null;
  medianMs: number | null;
  p95Ms: number | null;
  quality: number | null;
  passRate: number | null;
  timeouts: number | null;
  refusals: number | null;
  brokenJson: number | null;
  denied: number;
}

/** The table's extra columns (terminal and CSV): cost per solved task, rates, and 95 % Wilson intervals. */
export interface TargetDetail extends TargetSummary {
  group: string;
  passes: number;
  errors: number;
  costUsd: number;
  costPerSuccessUsd: number | null;
  escalationRate: number | null;
  fallbackRate: number | null;
  passRateCi: Interval | null;
  brokenJsonCi: Interval | null;
}

const share = (k: number, n: number): number | null => (n === 0 ? null : k / n);

/**
 * The row of one target (optionally one workload or tag of it). `requests` counts what was sent (denied tasks
 * are not); every fraction is of `requests`; quality is the mean grade of requests, a failed request scoring 0.
 */
export function summarise(target: string, results: readonly TaskResult[], group = 'all'): TargetDetail {
  const sent = results.filter((r) => r.status !== 'denied');
  const n = sent.length;
  const count = (f: (r: TaskResult) => boolean) => sent.filter(f).length;
  const passes = count((r) => r.pass);
  const broken = count((r) => r.brokenJson);
  const costUsd = sent.reduce((s, r) => s + r.costUsd, 0);
  const latencies = sent.filter((r) => r.status === 'ok').map((r) => r.latencyMs);
  return {
    target,
    requests: n,
    costPerRequestUsd: share(costUsd, n),
    medianMs: quantile(latencies, 0.5),
    p95Ms: quantile(latencies, 0.95),
    quality: mean(sent.map((r) => r.score)),
    passRate: share(passes, n),
    timeouts: share(
      count((r) => r.status === 'timeout'),
      n,
    ),
    refusals: share(
      count((r) => r.refusal),
      n,
    ),
    brokenJson: share(broken, n),
    denied: results.length - n,
    group,
    passes,
    errors: count((r) => r.status === 'error'),
    costUsd,
    costPerSuccessUsd: passes === 0 ? null : costUsd / passes,
    escalationRate: share(
      count((r) => r.escalated),
      n,
    ),
    fallbackRate: share(
      count((r) => r.fallback),
      n,
    ),
    passRateCi: wilson(passes, n),
    brokenJsonCi: wilson(broken, n),
  };
}

/** Only the SPEC §10 keys, in its order. */
export function specSummary(d: TargetDetail): TargetSummary {
  const { target, requests, costPerRequestUsd, medianMs, p95Ms, quality, passRate, timeouts, refusals, brokenJson, denied } = d;
  return { target, requests, costPerRequestUsd, medianMs, p95Ms, quality, passRate, timeouts, refusals, brokenJson, denied };
}

/** Rows per target (in the order given), then per target and workload, then per target and tag. */
export function summariseAll(
  targets: readonly string[],
  results: readonly TaskResult[],
): { overall: TargetDetail[]; groups: TargetDetail[] } {
  const overall = targets.map((t) =>
    summarise(
      t,
      results.filter((r) => r.target === t),
    ),
  );
  const groups: TargetDetail[] = [];
  const workloads = [...new Set(results.map((r) => r.workload ?? 'none'))].sort();
  const tags = [...new Set(results.flatMap((r) => r.tags))].sort();
  if (workloads.length > 1)
    for (const w of workloads)
      for (const t of targets)
        groups.push(
          summarise(
            t,
            results.filter((r) => r.target === t && (r.workload ?? 'none') === w),
            `workload:${w}`,
          ),
        );
  for (const g of tags)
    for (const t of targets)
      groups.push(
        summarise(
          t,
          results.filter((r) => r.target === t && r.tags.includes(g)),
          `tag:${g}`,
        ),
      );
  return { overall, groups };
}
