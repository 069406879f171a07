/**
 * Route rules judged from recorded signals (a simulation, SPEC §8), where some signal may be unknown: a
 * keyword list the recorded scan did not cover, or covered in another version. Three-valued logic: a rule
 * is `true` or `false` when the known signals decide it whatever the unknown ones are, else `null`; an
 * unknown is never guessed. With every signal known it agrees with `matchRule` (rule-replay.property.spec.ts).
 */
import { countHolds, withinWindow, type RequestSignals } from './rules';
import type { OneOrMany, RuleCondition } from './rule-schema';

/** Whether the request matched a keyword list: true, false, or null when that is not known. */
export type KeywordKnowledge = (list: string) => boolean | null;

export type Judgement = boolean | null;

export function judgeRule(when: RuleCondition, s: RequestSignals, keywords: KeywordKnowledge): Judgement {
  return and([
    ...leaves(when, s, keywords),
    ...(when.all ?? []).map((c) => judgeRule(c, s, keywords)),
    ...(when.any ? [or(when.any.map((c) => judgeRule(c, s, keywords)))] : []),
    ...(when.not ? [not(judgeRule(when.not, s, keywords))] : []),
  ]);
}

/** Every keyword list a condition reads, for the reason of a "not simulable". */
export function unknownLists(when: RuleCondition, keywords: KeywordKnowledge): string[] {
  const own = when.keywords === undefined ? [] : list(when.keywords).filter((n) => keywords(n) === null);
  const kids = [...(when.all ?? []), ...(when.any ?? []), ...(when.not ? [when.not] : [])];
  return [...new Set([...own, ...kids.flatMap((k) => unknownLists(k, keywords))])];
}

function leaves(c: RuleCondition, s: RequestSignals, keywords: KeywordKnowledge): Judgement[] {
  const out: Judgement[] = [];
  if (c.promptTokens) out.push(countHolds(c.promptTokens, s.promptTokens));
  if (c.messages) out.push(countHolds(c.messages, s.messages));
  if (c.keywords !== undefined) out.push(or(list(c.keywords).map(keywords)));
  if (c.format !== undefined) out.push(list(c.format).includes(s.format));
  if (c.tools !== undefined) out.push(s.tools === c.tools);
  if (c.levels) out.push(c.levels.includes(s.level));
  if (c.categories) out.push(c.categories.some((x) => s.categories.includes(x)));
  if (c.tenantRegion !== undefined) out.push(list(c.tenantRegion).includes(s.tenantRegion));
  if (c.tenantTier !== undefined) out.push(s.tenantTier !== null && list(c.tenantTier).includes(s.tenantTier));
  if (c.workload !== undefined) out.push(s.workload !== null && list(c.workload).includes(s.workload));
  if (c.priority !== undefined) out.push(list(c.priority).includes(s.priority));
  if (c.timeOfDay) out.push(withinWindow(s.localTime, c.timeOfDay));
  return out;
}

function and(parts: readonly Judgement[]): Judgement {
  if (parts.includes(false)) return false;
  return parts.includes(null) ? null : true;
}

function or(parts: readonly Judgement[]): Judgement {
  if (parts.includes(true)) return true;
  return parts.includes(null) ? null : false;
}

function not(j: Judgement): Judgement {
  return j === null ? null : !j;
}

function list<T>(v: OneOrMany<T>): T[] {
  return Array.isArray(v) ? v : [v];
}
