/**
 * `gatewayctl policy check` for route rules: rules that can never match, and rules shadowed by earlier ones
 * (every request they match is taken by an earlier rule first, so they never decide).
 *
 * How: every signal gets a finite set of representative values, one per class of values that no condition
 * of the bundle tells apart (counts around each bound, each time-window edge, each named region or tier plus
 * "any other"). A condition becomes a disjunction of conjunctions of allowed-value sets; it can match iff
 * one conjunction leaves every set non-empty. Keyword lists and categories are treated as independent
 * yes/no signals, and level as independent of categories, so a warning is exact but a rule whose only
 * contradiction lies in those correlations is not reported. Past MAX_TERMS the check gives up silently.
 */
import { CATEGORIES, DATA_LEVELS, WORKLOADS } from '@libs/core';
import { countHolds, withinWindow } from './rules';
import { OUTPUT_FORMATS, PRIORITIES, type CountTest, type OneOrMany, type RuleCondition } from './rule-schema';
import type { PolicyBundle } from './schema';

export interface RuleWarning {
  rule: string;
  kind: 'never_matches' | 'shadowed';
  /** For `shadowed`: the earlier rules that take its requests. */
  by?: string[];
}

type Term = Map<string, ReadonlySet<string>>;
type Dnf = Term[] | null; // null: too large to decide

const MAX_TERMS = 4096;
const OTHER = '\u0000other';
const NONE = '\u0000none';

export function checkRules(bundle: PolicyBundle): RuleWarning[] {
  const rules = bundle.rules ?? [];
  const domain = domainOf(rules.map((r) => r.when));
  const out: RuleWarning[] = [];
  rules.forEach((rule, i) => {
    const own = toDnf(rule.when, false, domain);
    if (own === null) return;
    if (own.length === 0) {
      out.push({ rule: rule.id, kind: 'never_matches' });
      return;
    }
    const earlier = rules.slice(0, i);
    if (earlier.length === 0) return;
    const rest = toDnf({ all: [rule.when, { not: { any: earlier.map((r) => r.when) } }] }, false, domain);
    if (rest === null || rest.length > 0) return;
    // Name the earlier rules that cover it alone, else every earlier rule that takes part of it.
    const empty = (c: RuleCondition) => toDnf(c, false, domain)?.length === 0;
    const alone = earlier.filter((e) => empty({ all: [rule.when, { not: e.when }] }));
    const by = alone.length > 0 ? alone : earlier.filter((e) => !empty({ all: [rule.when, e.when] }));
    out.push({ rule: rule.id, kind: 'shadowed', by: by.map((e) => e.id) });
  });
  return out;
}

/** Representative values of each signal for this set of conditions. */
function domainOf(conditions: readonly RuleCondition[]): Map<string, string[]> {
  const bounds = { promptTokens: new Set([0]), messages: new Set([0]) };
  const times = new Set(['00:00']);
  const named = { tenantRegion: new Set([OTHER]), tenantTier: new Set([OTHER, NONE]) };
  const visit = (c: RuleCondition): void => {
    for (const k of ['promptTokens', 'messages'] as const) {
      for (const b of Object.values(c[k] ?? {}) as number[]) [b - 1, b, b + 1].filter((n) => n >= 0).forEach((n) => bounds[k].add(n));
    }
    if (c.timeOfDay) [c.timeOfDay.from, c.timeOfDay.to].forEach((t) => times.add(t));
    for (const k of ['tenantRegion', 'tenantTier'] as const) list(c[k]).forEach((v) => named[k].add(v));
    [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])].forEach(visit);
  };
  conditions.forEach(visit);
  const d = new Map<string, string[]>([
    ['promptTokens', [...bounds.promptTokens].map(String)],
    ['messages', [...bounds.messages].map(String)],
    ['timeOfDay', [...times]],
    ['tenantRegion', [...named.tenantRegion]],
    ['tenantTier', [...named.tenantTier]],
    ['format', [...OUTPUT_FORMATS]],
    ['tools', ['true', 'false']],
    ['level', [...DATA_LEVELS]],
    ['workload', [...WORKLOADS, NONE]],
    ['priority', [...PRIORITIES]],
  ]);
  return d;
}

function list<T>(v: OneOrMany<T> | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** The condition (or its negation) as a list of satisfiable conjunctions. */
function toDnf(c: RuleCondition, negated: boolean, domain: Map<string, string[]>): Dnf {
  const parts: Dnf[] = [...leafDnfs(c, negated, domain)];
  for (const child of c.all ?? []) parts.push(toDnf(child, negated, domain));
  if (c.any) {
    const kids = c.any.map((child) => toDnf(child, negated, domain));
    parts.push(negated ? and(kids) : or(kids));
  }
  if (c.not) parts.push(toDnf(c.not, !negated, domain));
  // An object's keys all hold; negated, at least one fails.
  return negated ? or(parts) : and(parts);
}

function leafDnfs(c: RuleCondition, negated: boolean, domain: Map<string, string[]>): Dnf[] {
  const out: Dnf[] = [];
  const pick = (signal: string, holds: (v: string) => boolean) => {
    const values = (domain.get(signal) ?? []).filter((v) => holds(v) !== negated);
    out.push(values.length > 0 ? [new Map([[signal, new Set(values)]])] : []);
  };
  const flags = (prefix: string, names: string[]) => {
    // "any of these flags is set"; negated: "none is set".
    const lits = names.map((n): Dnf => [new Map([[`${prefix}:${n}`, new Set([negated ? 'no' : 'yes'])]])]);
    out.push(negated ? and(lits) : or(lits));
  };
  const count = (k: 'promptTokens' | 'messages', t: CountTest | undefined) => t && pick(k, (v) => countHolds(t, Number(v)));
  count('promptTokens', c.promptTokens);
  count('messages', c.messages);
  if (c.keywords !== undefined) flags('keywords', list(c.keywords));
  if (c.categories)
    flags(
      'category',
      c.categories.filter((x) => (CATEGORIES as readonly string[]).includes(x)),
    );
  if (c.format !== undefined) pick('format', (v) => list(c.format).includes(v as never));
  if (c.tools !== undefined) pick('tools', (v) => v === String(c.tools));
  if (c.levels) pick('level', (v) => c.levels?.includes(v as never) === true);
  if (c.tenantRegion !== undefined) pick('tenantRegion', (v) => list(c.tenantRegion).includes(v));
  if (c.tenantTier !== undefined) pick('tenantTier', (v) => list(c.tenantTier).includes(v));
  if (c.workload !== undefined) pick('workload', (v) => list(c.workload).includes(v as never));
  if (c.priority !== undefined) pick('priority', (v) => list(c.priority).includes(v as never));
  const w = c.timeOfDay;
  if (w) pick('timeOfDay', (v) => withinWindow(v, w));
  return out;
}

function or(parts: readonly Dnf[]): Dnf {
  const out: Term[] = [];
  for (const p of parts) {
    if (p === null) return null;
    out.push(...p);
    if (out.length > MAX_TERMS) return null;
  }
  return out;
}

function and(parts: readonly Dnf[]): Dnf {
  let acc: Term[] = [new Map()];
  for (const p of parts) {
    if (p === null) return null;
    const next: Term[] = [];
    for (const a of acc) {
      for (const b of p) {
        const merged = intersect(a, b);
        if (merged) next.push(merged);
        if (next.length > MAX_TERMS) return null;
      }
    }
    acc = next;
    if (acc.length === 0) return acc;
  }
  return acc;
}

/** Both terms at once, or null when some signal would have no value left. */
function intersect(a: Term, b: Term): Term | null {
  const out = new Map(a);
  for (const [signal, values] of b) {
    const prev = out.get(signal);
    const both = prev ? new Set([...values].filter((v) => prev.has(v))) : values;
    if (both.size === 0) return null;
    out.set(signal, both);
  }
  return out;
}
