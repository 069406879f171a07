import type { DecisionView } from './decision-view';

/**
 * The console's overview (issue 18): the numbers /metrics counts, computed from the ledger's decisions so
 * they survive restarts and cover every gateway process. Definitions follow src/pipeline/outcome.ts:
 * an escalation is an attempt with outcome `escalated`; a fallback is any other attempt that was not the
 * last one or did not succeed; latency is per attempt (gateway_upstream_seconds).
 */
export interface Overview {
  requests: number;
  routed: number;
  denied: number;
  ok: number;
  costUsd: number;
  /** Total cost over successful requests (null when none succeeded). */
  costPerOkUsd: number | null;
  days: { day: string; costUsd: number; requests: number; ok: number; denied: number }[];
  providers: { provider: string; requests: number }[];
  routes: { route: string; requests: number }[];
  latency: { attempts: number; p50Ms: number | null; p95Ms: number | null };
  denialsByRule: { rule: string; count: number }[];
  escalations: { attempts: number; requests: number; rate: number | null };
  fallbacks: { attempts: number; requests: number; rate: number | null };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

function bump(m: Map<string, number>, k: string, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

/** Largest first, ties by name: a stable order for tables and charts. */
function ranked(m: Map<string, number>): [string, number][] {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Why a denial happened: the rules that excluded providers, else its error code, else `policy`. */
function denialRules(v: DecisionView): string[] {
  const rules = [...new Set(v.excluded.map((e) => e.rule).filter((r) => r !== ''))];
  return rules.length > 0 ? rules : [v.errorCode ?? 'policy'];
}

export function overview(views: readonly DecisionView[]): Overview {
  const days = new Map<string, { costUsd: number; requests: number; ok: number; denied: number }>();
  const providers = new Map<string, number>();
  const routes = new Map<string, number>();
  const denials = new Map<string, number>();
  const latencies: number[] = [];
  let cost = 0;
  let ok = 0;
  let denied = 0;
  const esc = { attempts: 0, requests: 0 };
  const fb = { attempts: 0, requests: 0 };
  for (const v of views) {
    const day = v.time.slice(0, 10);
    const d = days.get(day) ?? { costUsd: 0, requests: 0, ok: 0, denied: 0 };
    days.set(day, d);
    d.requests++;
    if (v.verdict === 'denied') {
      denied++;
      d.denied++;
      for (const r of denialRules(v)) bump(denials, r);
      continue;
    }
    d.costUsd += v.costUsd ?? 0;
    cost += v.costUsd ?? 0;
    if (v.status === 'ok') {
      ok++;
      d.ok++;
    }
    if (v.provider) bump(providers, v.provider);
    bump(routes, v.route ?? 'pinned');
    const e = v.attempts.filter((a) => a.outcome === 'escalated').length;
    const f = v.attempts.filter((a, i) => a.outcome !== 'escalated' && (i < v.attempts.length - 1 || a.outcome !== 'ok')).length;
    esc.attempts += e;
    esc.requests += e > 0 ? 1 : 0;
    fb.attempts += f;
    fb.requests += f > 0 ? 1 : 0;
    for (const a of v.attempts) latencies.push(a.latencyMs);
  }
  latencies.sort((a, b) => a - b);
  const routed = views.length - denied;
  const rate = (n: number) => (routed > 0 ? n / routed : null);
  return {
    requests: views.length,
    routed,
    denied,
    ok,
    costUsd: cost,
    costPerOkUsd: ok > 0 ? cost / ok : null,
    days: [...days.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([day, d]) => ({ day, ...d })),
    providers: ranked(providers).map(([provider, requests]) => ({ provider, requests })),
    routes: ranked(routes).map(([route, requests]) => ({ route, requests })),
    latency: { attempts: latencies.length, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95) },
    denialsByRule: ranked(denials).map(([rule, count]) => ({ rule, count })),
    escalations: { ...esc, rate: rate(esc.requests) },
    fallbacks: { ...fb, rate: rate(fb.requests) },
  };
}
