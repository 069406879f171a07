import type { PolicyBundle } from './schema';
import { unmetRequirement } from './evaluate';
import { splitModelName, findProvider } from './resolve';
import { checkRules, type RuleWarning } from './rule-check';

export type { RuleWarning } from './rule-check';

export interface RouteWarning {
  route: string;
  candidate: string;
  rule: string;
  reason: string;
}

export interface ExpiringAttestation {
  provider: string;
  validUntil: string;
  /** Days left (negative: already expired). */
  days: number;
}

export interface BundleCheck {
  routeWarnings: RouteWarning[];
  expiring: ExpiringAttestation[];
  /** Route rules that can never match, or that earlier rules shadow. */
  ruleWarnings: RuleWarning[];
}

const DAY_MS = 86_400_000;

/**
 * `gatewayctl policy check`: routes with a candidate that some compliance rule can exclude (valid, since the
 * runtime check stops it, but worth knowing), and providers whose
 * attestations expire within `withinDays`, and route rules that never match or never decide (shadowed).
 */
export function checkBundle(bundle: PolicyBundle, now: Date, withinDays = 30): BundleCheck {
  const routeWarnings: RouteWarning[] = [];
  for (const route of bundle.routes) {
    for (const candidate of route.candidates) {
      const provider = findProvider(bundle, splitModelName(candidate)?.provider ?? '');
      if (!provider) continue;
      for (const rule of bundle.compliance) {
        // A blocking rule refuses the request outright; it does not single out a provider.
        const reason = rule.action === 'block' ? undefined : unmetRequirement(provider, rule);
        if (reason !== undefined) routeWarnings.push({ route: route.id, candidate, rule: rule.id, reason });
      }
    }
  }
  const expiring: ExpiringAttestation[] = [];
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (const p of bundle.providers) {
    if (!p.attestationsValidUntil) continue;
    const days = Math.round((Date.parse(`${p.attestationsValidUntil}T00:00:00Z`) - today) / DAY_MS);
    if (days <= withinDays) expiring.push({ provider: p.id, validUntil: p.attestationsValidUntil, days });
  }
  return { routeWarnings, expiring, ruleWarnings: checkRules(bundle) };
}
