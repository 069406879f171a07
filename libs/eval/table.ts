import type { Interval } from './stats';
import type { TargetDetail, TargetSummary } from './summary';

const pct = (x: number | null): string => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);
const ms = (x: number | null): string => (x === null ? '-' : `${Math.round(x)}`);
const usd = (x: number | null): string => (x === null ? '-' : `$${x < 0.01 ? x.toPrecision(3) : x.toFixed(4)}`);
const ci = (x: Interval | null): string => (x === null ? '' : ` [${(x.low * 100).toFixed(0)}-${(x.high * 100).toFixed(0)}]`);

const COLUMNS = [
  'target',
  'group',
  'req',
  'denied',
  '$/req',
  '$/solved',
  'p50 ms',
  'p95 ms',
  'quality',
  'pass (95% CI)',
  'timeouts',
  'refusals',
  'broken JSON (95% CI)',
  'escalated',
  'fallback',
] as const;

function cells(d: TargetDetail): string[] {
  return [
    d.target,
    d.group,
    String(d.requests),
    String(d.denied),
    usd(d.costPerRequestUsd),
    usd(d.costPerSuccessUsd),
    ms(d.medianMs),
    ms(d.p95Ms),
    d.quality === null ? '-' : d.quality.toFixed(3),
    pct(d.passRate) + ci(d.passRateCi),
    pct(d.timeouts),
    pct(d.refusals),
    pct(d.brokenJson) + ci(d.brokenJsonCi),
    pct(d.escalationRate),
    pct(d.fallbackRate),
  ];
}

/** The comparison table for a terminal: one line per row, columns padded; numbers right-aligned. */
export function renderTable(rows: readonly TargetDetail[]): string {
  const table = [COLUMNS as readonly string[], ...rows.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  return table.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')).join('\n');
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_HEADER = [
  'taskSetHash',
  'target',
  'group',
  'requests',
  'denied',
  'costPerRequestUsd',
  'costPerSuccessUsd',
  'medianMs',
  'p95Ms',
  'quality',
  'passRate',
  'passRateLow',
  'passRateHigh',
  'timeouts',
  'refusals',
  'brokenJson',
  'brokenJsonLow',
  'brokenJsonHigh',
  'escalationRate',
  'fallbackRate',
  'errors',
];

/** The same rows as CSV (RFC 4180 quoting), fractions as numbers in [0, 1]. */
export function toCsv(hash: string, rows: readonly TargetDetail[]): string {
  const lines = rows.map((d) =>
    [
      hash,
      d.target,
      d.group,
      d.requests,
      d.denied,
      d.costPerRequestUsd,
      d.costPerSuccessUsd,
      d.medianMs,
      d.p95Ms,
      d.quality,
      d.passRate,
      d.passRateCi?.low ?? null,
      d.passRateCi?.high ?? null,
      d.timeouts,
      d.refusals,
      d.brokenJson,
      d.brokenJsonCi?.low ?? null,
      d.brokenJsonCi?.high ?? null,
      d.escalationRate,
      d.fallbackRate,
      d.errors,
    ]
      .map(csvCell)
      .join(','),
  );
  return [CSV_HEADER.join(','), ...lines].join('\n') + '\n';
}

/** A run's `--json` output (SPEC §10). */
export interface EvalReport {
  taskSetHash: string;
  targets: TargetSummary[];
}

/**
 * Two runs side by side, target by target: refused (a message) unless both ran the same frozen set, since
 * figures over different tasks do not compare.
 */
export function compareRuns(before: EvalReport, after: EvalReport): { error: string } | { lines: string[] } {
  if (before.taskSetHash !== after.taskSetHash)
    return {
      error: `task set hashes differ (${before.taskSetHash.slice(0, 12)}… vs ${after.taskSetHash.slice(0, 12)}…): runs over different sets do not compare`,
    };
  const lines: string[] = [];
  const delta = (a: number | null, b: number | null, f: (x: number) => string) => (a === null || b === null ? '-' : f(b - a));
  for (const b of after.targets) {
    const a = before.targets.find((t) => t.target === b.target);
    if (!a) continue;
    lines.push(
      `${b.target}: quality ${delta(a.quality, b.quality, (x) => x.toFixed(3))}, pass ${delta(a.passRate, b.passRate, (x) => `${(x * 100).toFixed(1)} pt`)}, ` +
        `$/req ${delta(a.costPerRequestUsd, b.costPerRequestUsd, (x) => x.toPrecision(3))}, p95 ${delta(a.p95Ms, b.p95Ms, (x) => `${Math.round(x)} ms`)}`,
    );
  }
  return { lines };
}
