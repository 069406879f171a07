import type { PolicyBundle } from '@libs/policy';
import { estimateCostUsd } from '@libs/routing';

/** A decision entry that carries a shadow evaluation, with the usage its outcome recorded (if any). */
export interface ShadowedDecision {
  route?: string;
  rule?: string | null;
  plan?: readonly string[];
  shadow: {
    version: string;
    verdict: string;
    route?: string | null;
    rule?: string | null;
    provider?: string | null;
    model?: string | null;
  };
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
  cost_nusd?: number | null;
}

export interface ShadowReport {
  version: string;
  decisions: number;
  agree: number;
  disagree: number;
  /** The shadow would have refused what the active version routed. */
  shadowDenials: number;
  /** `active route → shadow route` (and the same by rule), counts of disagreeing decisions. */
  byRoute: Record<string, number>;
  byRule: Record<string, number>;
  /** Shadow cost minus actual cost over the decisions whose outcome recorded usage, in USD. */
  costDeltaUsd: number;
  costCompared: number;
}

const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

/** What the shadow's model would have cost for the tokens the real answer used; null when the model is unknown. */
function shadowCost(bundle: PolicyBundle | undefined, d: ShadowedDecision): number | null {
  const model = bundle?.providers.find((p) => p.id === d.shadow.provider)?.models.find((m) => m.id === d.shadow.model);
  if (!model || !d.usage) return null;
  return estimateCostUsd(
    { ...model, provider: d.shadow.provider as string, model: model.id },
    d.usage.prompt_tokens ?? 0,
    d.usage.completion_tokens ?? 0,
  );
}

/**
 * Agreement between the active version and a shadow over recorded decisions (ids and counts only): which
 * routes and rules it would have changed, what it would have refused, and what it would have cost.
 */
export function shadowReport(
  version: string,
  shadowBundle: PolicyBundle | undefined,
  decisions: readonly ShadowedDecision[],
): ShadowReport {
  const r: ShadowReport = {
    version,
    decisions: 0,
    agree: 0,
    disagree: 0,
    shadowDenials: 0,
    byRoute: {},
    byRule: {},
    costDeltaUsd: 0,
    costCompared: 0,
  };
  for (const d of decisions) {
    if (d.shadow.version !== version) continue;
    r.decisions++;
    const chosen = d.plan?.[0] ?? null;
    const shadowChosen = d.shadow.provider && d.shadow.model ? `${d.shadow.provider}/${d.shadow.model}` : null;
    if (d.shadow.verdict !== 'route') r.shadowDenials++;
    if (chosen !== null && chosen === shadowChosen) {
      r.agree++;
    } else {
      r.disagree++;
      bump(r.byRoute, `${d.route ?? 'pinned'} → ${d.shadow.route ?? (d.shadow.verdict === 'route' ? 'pinned' : 'denied')}`);
      bump(r.byRule, `${d.rule ?? 'none'} → ${d.shadow.rule ?? 'none'}`);
    }
    const cost = shadowCost(shadowBundle, d);
    if (cost !== null && typeof d.cost_nusd === 'number') {
      r.costDeltaUsd += cost - d.cost_nusd / 1e9;
      r.costCompared++;
    }
  }
  r.costDeltaUsd = Math.round(r.costDeltaUsd * 1e9) / 1e9;
  return r;
}
