import { z } from 'zod';
import { validatePolicyBundle } from './load';
import { KeywordListsSchema, RouteRuleSchema } from './rule-schema';
import { ComplianceRuleSchema, POLICY_API_VERSION, RouteSchema, type ComplianceRule, type PolicyBundle } from './schema';

/**
 * A tenant's overlay (SPEC §8): its own routes, keyword lists and route rules, and compliance rules added to
 * the platform's. It can only narrow: a platform rule is never redefined, a platform route only loses
 * candidates.
 */
export const PolicyOverlaySchema = z.strictObject({
  apiVersion: z.literal(POLICY_API_VERSION).optional(),
  compliance: z.array(ComplianceRuleSchema).default([]),
  routes: z.array(RouteSchema).default([]),
  keywordLists: KeywordListsSchema.optional(),
  rules: z.array(RouteRuleSchema).optional(),
  /** Familiar names for this tenant's routes; an alias only names a route, it never widens the permitted set. */
  aliases: z.record(z.string().min(1).max(200), z.string().min(1).max(200)).optional(),
  /** A monthly cap of the tenant's own: the lower of it and the tenant record's budget applies. */
  budget: z.strictObject({ monthlyUsd: z.number().finite().min(0) }).optional(),
});
export type PolicyOverlay = z.output<typeof PolicyOverlaySchema>;

/** Why an overlay would relax the platform (naming the rule or route), or null when it only narrows. */
export function overlayRelaxation(platform: PolicyBundle, overlay: PolicyOverlay): string | null {
  const platformRules = new Set(platform.compliance.map((r) => r.id));
  const redefined = overlay.compliance.find((r) => platformRules.has(r.id));
  if (redefined) return `compliance rule ${redefined.id} is a platform rule: an overlay may add rules, never redefine or relax one`;
  for (const route of overlay.routes) {
    const base = platform.routes.find((r) => r.id === route.id);
    const added = base ? route.candidates.find((c) => !base.candidates.includes(c)) : undefined;
    if (added) return `route ${route.id} adds candidate ${added}: an overlay may only remove providers from a platform route`;
  }
  return null;
}

/** The platform bundle as one tenant sees it with its overlay; throws (PolicyLoadError) when they do not fit. */
export function applyOverlay(platform: PolicyBundle, overlay: PolicyOverlay): PolicyBundle {
  const own = new Map(overlay.routes.map((r) => [r.id, r]));
  const merged = {
    ...platform,
    compliance: [...platform.compliance, ...overlay.compliance],
    routes: [
      ...platform.routes.map((r) => own.get(r.id) ?? r),
      ...overlay.routes.filter((r) => !platform.routes.some((p) => p.id === r.id)),
    ],
    keywordLists: { ...(platform.keywordLists ?? {}), ...(overlay.keywordLists ?? {}) },
    rules: [...(overlay.rules ?? []), ...(platform.rules ?? [])],
    aliases: { ...(platform.aliases ?? {}), ...(overlay.aliases ?? {}) },
  };
  return validatePolicyBundle(JSON.parse(JSON.stringify(merged)) as unknown, 'overlay');
}

/**
 * When an overlay no longer fits a newer platform bundle (a route it narrows is gone, say), its compliance
 * rules still apply: they can only take providers away, so keeping them never relaxes anything.
 */
export function applyOverlayCompliance(platform: PolicyBundle, rules: readonly ComplianceRule[]): PolicyBundle {
  const platformRules = new Set(platform.compliance.map((r) => r.id));
  return { ...platform, compliance: [...platform.compliance, ...rules.filter((r) => !platformRules.has(r.id))] };
}
