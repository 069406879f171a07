// Where a fixed-rate run's latency tail comes from, read from the gateway's own /metrics before and after
// the run: event-loop delay (prom-client samples it with perf_hooks.monitorEventLoopDelay and resets it at
// every scrape, so the after-scrape covers the run), garbage collection (a perf_hooks GC observer, by
// kind), the ledger's group commits, and the gateway's own added time. Used by bench/load.mjs --diag.

/** `name{labels} value` lines -> Map of series key -> value (comments skipped). */
export function parseMetrics(text) {
  const out = new Map();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    out.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return out;
}

export async function scrape(base) {
  return parseMetrics(await (await fetch(`${base}/metrics`)).text());
}

const sumOf = (m, prefix) => [...m].filter(([k]) => k.startsWith(prefix)).reduce((s, [, v]) => s + v, 0);
const delta = (a, b, prefix) => sumOf(b, prefix) - sumOf(a, prefix);

/** Upper bound of the bucket holding quantile q of a histogram's increase between two scrapes (seconds). */
function quantile(a, b, name, q) {
  const buckets = [...b]
    .filter(([k]) => k.startsWith(`${name}_bucket{`))
    .map(([k, v]) => ({ le: k.match(/le="([^"]+)"/)?.[1], n: v - (a.get(k) ?? 0) }))
    .filter((x) => x.le !== undefined);
  // Several label sets: add counts per bound.
  const byLe = new Map();
  for (const { le, n } of buckets) byLe.set(le, (byLe.get(le) ?? 0) + n);
  const sorted = [...byLe].map(([le, n]) => [le === '+Inf' ? Infinity : Number(le), n]).sort((x, y) => x[0] - y[0]);
  const total = sorted.at(-1)?.[1] ?? 0;
  if (total === 0) return NaN;
  return sorted.find(([, n]) => n >= q * total)?.[0] ?? NaN;
}

/** One line of figures for a run between scrapes `a` and `b` that lasted `seconds`. */
export function diagnose(a, b, seconds) {
  const ms = (s) => (Number.isFinite(s) ? (s * 1000).toFixed(1) : s === Infinity ? '>max bucket' : '-');
  const gcKinds = ['minor', 'major', 'incremental', 'weakcb'].map((kind) => {
    const n = delta(a, b, `nodejs_gc_duration_seconds_count{kind="${kind}"}`);
    const t = delta(a, b, `nodejs_gc_duration_seconds_sum{kind="${kind}"}`);
    return n > 0 ? `${kind} ${n}× ${(t * 1000).toFixed(0)} ms` : null;
  });
  const gcMs = delta(a, b, 'nodejs_gc_duration_seconds_sum') * 1000;
  const batches = delta(a, b, 'gateway_ledger_batch_size_count');
  const entries = delta(a, b, 'gateway_ledger_batch_size_sum');
  return {
    loopDelay: `p50 ${ms(b.get('nodejs_eventloop_lag_p50_seconds'))} / p99 ${ms(b.get('nodejs_eventloop_lag_p99_seconds'))} / max ${ms(b.get('nodejs_eventloop_lag_max_seconds'))} ms`,
    gc: `${gcMs.toFixed(0)} ms in ${seconds} s (${((gcMs / (seconds * 1000)) * 100).toFixed(1)} %): ${gcKinds.filter(Boolean).join(', ')}`,
    ledger: `${batches} commits, ${(entries / Math.max(1, batches)).toFixed(1)} entries each, commit p50 ${ms(quantile(a, b, 'gateway_ledger_commit_seconds', 0.5))} / p99 ${ms(quantile(a, b, 'gateway_ledger_commit_seconds', 0.99))} ms`,
    overhead: `gateway_overhead_seconds p50 ${ms(quantile(a, b, 'gateway_overhead_seconds', 0.5))} / p99 ${ms(quantile(a, b, 'gateway_overhead_seconds', 0.99))} ms (bucket bounds)`,
  };
}
