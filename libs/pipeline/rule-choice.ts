/**
 * Route rules inside a decision (SPEC §5): first matching rule whose route can serve the request with a
 * permitted model wins; a matching rule whose route has nothing permitted is skipped (and recorded), and
 * evaluation goes on. Rules only pick which route's candidates to plan: planning still filters by the
 * permitted set, so no rule can widen it.
 */
import type { Body } from './ledger-bodies';
import {
  KeywordCache,
  keywordFingerprints,
  matchRule,
  type PolicyBundle,
  type RequestSignals,
  type Route,
  type RouteRule,
  type RuleMatch,
} from '@libs/policy';

export interface ChosenRule {
  rule: RouteRule;
  route: Route;
  match: RuleMatch;
}

export interface SkippedRule {
  rule: string;
  route: string;
  reason: 'no_permitted_candidate' | 'no_capable_candidate';
}

export interface RuleOutcome {
  chosen: ChosenRule | null;
  skipped: SkippedRule[];
  /** Which keyword lists the request matched, and a fingerprint of each list scanned (for simulations). */
  keywords?: KeywordScan;
}

export interface KeywordScan {
  lists: Record<string, string>;
  matched: string[];
}

/** How many permitted and capable candidates a route has for this request; the caller knows both sets. */
export type RouteFit = (route: Route) => { capable: number; permitted: number };

/** How a decision picks its route rule: live (below), or replayed from a recorded decision (simulate.ts). */
export type RuleChooser = (bundle: PolicyBundle, signals: RequestSignals, fit: RouteFit) => RuleOutcome;

/**
 * The live choice. Every keyword list is scanned up front (one pass over the texts, as a keyword rule would
 * do anyway), so the decision records which lists matched and a simulation can replay rules that read them.
 */
export function chooseLive(bundle: PolicyBundle, signals: RequestSignals, fit: RouteFit): RuleOutcome {
  const lists = bundle.keywordLists ?? {};
  const cache = new KeywordCache();
  if (Object.keys(lists).length === 0) return chooseByRules(bundle, signals, fit, cache);
  const matched = [...cache.lists(signals, lists)].sort();
  return { ...chooseByRules(bundle, signals, fit, cache), keywords: { lists: { ...keywordFingerprints(lists) }, matched } };
}

export function chooseByRules(bundle: PolicyBundle, signals: RequestSignals, fit: RouteFit, cache = new KeywordCache()): RuleOutcome {
  const skipped: SkippedRule[] = [];
  for (const rule of bundle.rules ?? []) {
    const match = matchRule(rule.when, signals, bundle.keywordLists ?? {}, cache);
    if (!match.matched) continue;
    const route = bundle.routes.find((r) => r.id === rule.route);
    if (!route) continue; // the schema refuses such bundles
    const f = fit(route);
    if (f.capable === 0) skipped.push({ rule: rule.id, route: route.id, reason: 'no_capable_candidate' });
    else if (f.permitted === 0) skipped.push({ rule: rule.id, route: route.id, reason: 'no_permitted_candidate' });
    else return { chosen: { rule, route, match }, skipped };
  }
  return { chosen: null, skipped };
}

/** The ledger fields of a rule decision: ids, counts, enum values and list names, never content. */
export function ruleBody(outcome: RuleOutcome | null): Body {
  if (!outcome) return {};
  const c = outcome.chosen;
  return {
    rule: c ? c.rule.id : null,
    rule_signals: c ? { ...c.match.signals } : undefined,
    rules_skipped: outcome.skipped.length > 0 ? outcome.skipped.map((s) => ({ ...s })) : undefined,
    keyword_scan: outcome.keywords ? { lists: { ...outcome.keywords.lists }, matched: [...outcome.keywords.matched] } : undefined,
  };
}

/** "route support-strong by rule refund-to-strong (the request contains a word from keyword list escalation)". */
export function ruleClause(outcome: RuleOutcome | null, fallbackRoute: string | null): string | null {
  if (!outcome) return null;
  const skipped = outcome.skipped.map(
    (s) => `rule ${s.rule} matched but route ${s.route} has no ${s.reason === 'no_capable_candidate' ? 'capable' : 'permitted'} model`,
  );
  const tail = skipped.length > 0 ? `; ${skipped.join('; ')}` : '';
  const c = outcome.chosen;
  if (!c) return `route ${fallbackRoute ?? 'default'} because no rule matched${tail}`;
  return `route ${c.route.id} by rule ${c.rule.id} (${c.match.why.join(' and ')})${tail}`;
}
