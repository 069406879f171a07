/**
 * The permitted provider set of SPEC §1 step 3: hard compliance rules, evaluated before routing.
 *
 * Contract (pure, deterministic in `bundle` and `facts`):
 * - every provider of the bundle is in exactly one of `permitted` and `excluded`;
 * - deny by default: a provider is permitted only if every matching rule's `require` holds and its
 *   attestations have not expired (for any level above public);
 * - monotonic: more categories or a higher level never enlarge `permitted`;
 * - if any matching rule blocks, `permitted` is empty and every provider is excluded by the first
 *   blocking rule;
 * - reasons name ids, enum values and regions only, never request content.
 */
import { levelRank, type Category, type DataLevel } from '@libs/core';
import { ATTESTATION_RULE_ID, type ComplianceRule, type PolicyBundle, type Provider, type RuleAction } from './schema';

export interface PolicyFacts {
  /** Effective level: max(detected, declared, tenant floor). */
  level: DataLevel;
  categories: readonly Category[];
  tenantRegion: string;
  now: Date;
}

export interface PolicyExclusion {
  provider: string;
  rule: string;
  reason: string;
}

export interface PolicyDecision {
  /** Provider ids, bundle order. */
  permitted: string[];
  /** The first rule that excluded each provider (built-in attestation check first, then bundle order). */
  excluded: PolicyExclusion[];
  /** Ids of the compliance rules whose `when` matched, bundle order. */
  matchedRules: string[];
  /** `block` if any matched rule blocks, else `pseudonymize` if any matched rule says so, else `allow`. */
  action: RuleAction;
  /** Ids of the matched rules whose action is `block`. */
  blockedBy: string[];
}

export function evaluate(bundle: PolicyBundle, facts: PolicyFacts): PolicyDecision {
  const matched = bundle.compliance.filter((r) => ruleMatches(r, facts));
  const matchedRules = matched.map((r) => r.id);
  const blocking = matched.filter((r) => r.action === 'block');

  const firstBlock = blocking[0];
  if (firstBlock !== undefined) {
    const reason = `blocked: ${describeMatch(firstBlock, facts)}`;
    return {
      permitted: [],
      excluded: bundle.providers.map((p) => ({ provider: p.id, rule: firstBlock.id, reason })),
      matchedRules,
      action: 'block',
      blockedBy: blocking.map((r) => r.id),
    };
  }

  const permitted: string[] = [];
  const excluded: PolicyExclusion[] = [];
  const today = facts.now.toISOString().slice(0, 10);
  for (const provider of bundle.providers) {
    const exclusion = firstExclusion(provider, matched, facts.level, today);
    if (exclusion === undefined) permitted.push(provider.id);
    else excluded.push({ provider: provider.id, ...exclusion });
  }
  return {
    permitted,
    excluded,
    matchedRules,
    action: matched.some((r) => r.action === 'pseudonymize') ? 'pseudonymize' : 'allow',
    blockedBy: [],
  };
}

/** All conditions of `when` must hold; an empty `when` matches every request. */
export function ruleMatches(rule: ComplianceRule, facts: PolicyFacts): boolean {
  const { categories, level, tenantRegion } = rule.when;
  if (categories !== undefined && !categories.some((c) => facts.categories.includes(c))) return false;
  if (level !== undefined && levelRank(facts.level) < levelRank(level)) return false;
  if (tenantRegion !== undefined && !tenantRegion.some((g) => globMatch(g, facts.tenantRegion))) return false;
  return true;
}

/** `"eu-*"` matches by prefix, `"*"` matches anything, anything else matches exactly. */
export function globMatch(pattern: string, value: string): boolean {
  return pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : value === pattern;
}

/** True when attestations lapsed before `today` (`YYYY-MM-DD`, UTC); the end date itself is valid. */
export function attestationExpired(provider: Provider, today: string): boolean {
  return provider.attestationsValidUntil !== undefined && provider.attestationsValidUntil < today;
}

function firstExclusion(
  provider: Provider,
  rules: readonly ComplianceRule[],
  level: DataLevel,
  today: string,
): { rule: string; reason: string } | undefined {
  if (levelRank(level) > levelRank('public') && attestationExpired(provider, today)) {
    return { rule: ATTESTATION_RULE_ID, reason: `attestations expired ${provider.attestationsValidUntil ?? ''}` };
  }
  for (const rule of rules) {
    const reason = unmetRequirement(provider, rule);
    if (reason !== undefined) return { rule: rule.id, reason };
  }
  return undefined;
}

/** The first requirement of `rule` that `provider` fails, as a short phrase; undefined if none. */
export function unmetRequirement(provider: Provider, rule: ComplianceRule): string | undefined {
  const req = rule.require;
  if (req === undefined) return undefined;
  // `false` requires nothing: a rule cannot demand the absence of a BAA or of zero retention.
  if (req.baa === true && !provider.baa) return 'no BAA';
  if (req.hosting !== undefined && !req.hosting.includes(provider.hosting)) {
    return `hosting ${provider.hosting} not in ${req.hosting.join(', ')}`;
  }
  if (req.regions !== undefined) {
    const allowed = req.regions;
    // Every region the provider may process in must be allowed, not just one of them.
    const outside = provider.regions.find((r) => !allowed.some((g) => globMatch(g, r)));
    if (outside !== undefined) return `region ${outside} not in ${allowed.join(', ')}`;
  }
  if (req.zeroRetention === true && provider.zeroRetention !== true) return 'no zero retention';
  return undefined;
}

/** What made a rule match, e.g. `CREDENTIALS` or `level restricted` or `tenant region eu`. */
export function describeMatch(rule: ComplianceRule, facts: PolicyFacts): string {
  const parts: string[] = [];
  const { categories, level, tenantRegion } = rule.when;
  if (categories !== undefined) parts.push(categories.filter((c) => facts.categories.includes(c)).join(', '));
  if (level !== undefined) parts.push(`level ${facts.level}`);
  if (tenantRegion !== undefined) parts.push(`tenant region ${facts.tenantRegion}`);
  return parts.length > 0 ? parts.join('; ') : 'always';
}
