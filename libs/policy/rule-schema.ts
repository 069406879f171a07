/**
 * Route rules of SPEC §5 (`keywordLists` and `rules`): an ordered list, first match wins, each rule naming
 * a route. A rule only chooses among routes; the permitted set is computed before and never widened.
 *
 * Invariants: every object is strict; the schema has no transforms, so a parsed rule parses to itself.
 * A `when` with several keys matches when all of them do; `{}` matches every request.
 */
import { z } from 'zod';
import { CATEGORIES, DATA_LEVELS, WORKLOADS, type Category, type DataLevel } from '@libs/core';

export const OUTPUT_FORMATS = ['text', 'json_object', 'json_schema'] as const;
export const PRIORITIES = ['interactive', 'background'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export type Priority = (typeof PRIORITIES)[number];

/** A comparison on a count; all given bounds must hold. */
export interface CountTest {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  eq?: number;
}

/** `HH:MM` to `HH:MM` in the tenant's time zone, `to` exclusive; `from` after `to` wraps past midnight. */
export interface TimeWindow {
  from: string;
  to: string;
}

export type OneOrMany<T> = T | T[];

export interface RuleCondition {
  all?: RuleCondition[];
  any?: RuleCondition[];
  not?: RuleCondition;
  promptTokens?: CountTest;
  messages?: CountTest;
  /** Names of `keywordLists`: matches when the request contains a word or phrase of any of them. */
  keywords?: OneOrMany<string>;
  format?: OneOrMany<OutputFormat>;
  tools?: boolean;
  levels?: DataLevel[];
  /** Matches when the request carries any of these categories. */
  categories?: Category[];
  tenantRegion?: OneOrMany<string>;
  tenantTier?: OneOrMany<string>;
  workload?: OneOrMany<string>;
  priority?: OneOrMany<Priority>;
  timeOfDay?: TimeWindow;
}

const count = z.number().int().nonnegative();
const CountTestSchema = z
  .strictObject({ gt: count.optional(), gte: count.optional(), lt: count.optional(), lte: count.optional(), eq: count.optional() })
  .refine((t) => Object.values(t).some((v) => v !== undefined), 'needs at least one of gt, gte, lt, lte, eq');

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = z.string().regex(CLOCK, 'must be a time HH:MM (00:00 to 23:59)');
const TimeWindowSchema = z
  .strictObject({ from: clock, to: clock })
  .refine((w) => w.from !== w.to, 'from and to must differ (an empty window never matches)');

function oneOrMany<T extends z.ZodType>(item: T) {
  return z.union([item, z.array(item).min(1)], { error: 'must be a value or a non-empty list of values' });
}

const name = z.string().min(1);

export const RuleConditionSchema: z.ZodType<RuleCondition> = z.lazy(() =>
  z.strictObject({
    all: z.array(RuleConditionSchema).min(1).optional(),
    any: z.array(RuleConditionSchema).min(1).optional(),
    not: RuleConditionSchema.optional(),
    promptTokens: CountTestSchema.optional(),
    messages: CountTestSchema.optional(),
    keywords: oneOrMany(name).optional(),
    format: oneOrMany(z.enum(OUTPUT_FORMATS)).optional(),
    tools: z.boolean().optional(),
    levels: z.array(z.enum(DATA_LEVELS)).min(1).optional(),
    categories: z.array(z.enum(CATEGORIES)).min(1).optional(),
    tenantRegion: oneOrMany(name).optional(),
    tenantTier: oneOrMany(name).optional(),
    workload: oneOrMany(z.enum(WORKLOADS)).optional(),
    priority: oneOrMany(z.enum(PRIORITIES)).optional(),
    timeOfDay: TimeWindowSchema.optional(),
  }),
);

export const RouteRuleSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be an id (letters, digits, . _ -)'),
  when: RuleConditionSchema,
  route: name,
  /** Shown in explanations; ids and plain words only, never request content. */
  description: z.string().max(200).optional(),
});

/** Named word and phrase lists, in any language; a phrase needs at least one letter or digit. */
export const KeywordListsSchema = z.record(
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a list name (letters, digits, . _ -)'),
  z
    .array(
      z
        .string()
        .max(200)
        .regex(/[\p{L}\p{N}]/u, 'must contain a letter or digit'),
    )
    .min(1),
);

export type RouteRule = z.output<typeof RouteRuleSchema>;
export type KeywordLists = z.output<typeof KeywordListsSchema>;

/** Every keyword list a condition names, in order of appearance (for cross-reference checks). */
export function conditionLists(c: RuleCondition): string[] {
  const own = c.keywords === undefined ? [] : Array.isArray(c.keywords) ? c.keywords : [c.keywords];
  const kids = [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])];
  return [...own, ...kids.flatMap(conditionLists)];
}

/** True for an IANA time zone name the runtime knows (`Europe/Berlin`, `UTC`). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
