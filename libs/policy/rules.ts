/**
 * Evaluating route rules (SPEC §5) over the signals of one request.
 *
 * Contract: `matchRule` is pure and total. Its evidence holds signal values only — counts, enum values, ids
 * and the names of keyword lists that matched — never request text, so it may go to the ledger, logs and
 * the `x-gateway-explain` header. Rules choose a route; the caller plans inside the permitted set.
 */
import type { Category, DataLevel } from '@libs/core';
import { keywordMatcher } from './keywords';
import type { CountTest, KeywordLists, OneOrMany, OutputFormat, Priority, RuleCondition, TimeWindow } from './rule-schema';

/** What rules can test. Everything but `texts` may be recorded; `texts` is read only by the keyword scan. */
export interface RequestSignals {
  promptTokens: number;
  messages: number;
  format: OutputFormat;
  tools: boolean;
  level: DataLevel;
  categories: readonly Category[];
  tenantRegion: string;
  tenantTier: string | null;
  workload: string | null;
  priority: Priority;
  /** `HH:MM` in the tenant's time zone. */
  localTime: string;
  /** Every provider-visible text, for the keyword scan only; read lazily (only rules with `keywords` need it). */
  texts: () => readonly string[];
}

export type SignalValue = number | string | boolean | string[] | null;

export interface RuleMatch {
  matched: boolean;
  /** Plain-language facts that decided, e.g. "the prompt has 2300 tokens (more than 2000)". */
  why: string[];
  /** The signal values the rule read, by signal name (keyword lists: the names of those that matched). */
  signals: Record<string, SignalValue>;
}

/** Evaluates one `when` against the signals; keyword scans share one result per request through `cache`. */
export function matchRule(when: RuleCondition, s: RequestSignals, lists: KeywordLists = {}, cache = new KeywordCache()): RuleMatch {
  const signals: Record<string, SignalValue> = {};
  const result = evaluate(when, s, { lists, cache, signals });
  return { matched: result.matched, why: result.why, signals };
}

/** Scans the request once per request, for all lists, the first time a rule needs it. */
export class KeywordCache {
  private found: Set<string> | null = null;

  lists(s: RequestSignals, lists: KeywordLists): Set<string> {
    this.found ??= keywordMatcher(lists).scan(s.texts());
    return this.found;
  }
}

interface Ctx {
  lists: KeywordLists;
  cache: KeywordCache;
  signals: Record<string, SignalValue>;
}

interface Result {
  matched: boolean;
  why: string[];
}

type Leaf = (s: RequestSignals, ctx: Ctx) => Result | null;

function evaluate(c: RuleCondition, s: RequestSignals, ctx: Ctx): Result {
  const parts: Result[] = [];
  for (const leaf of leaves(c)) {
    const r = leaf(s, ctx);
    if (r === null) continue;
    parts.push(r);
    if (!r.matched) return { matched: false, why: r.why };
  }
  if (c.all) {
    for (const child of c.all) {
      const r = evaluate(child, s, ctx);
      if (!r.matched) return { matched: false, why: r.why };
      parts.push(r);
    }
  }
  if (c.any) {
    const tried = c.any.map((child) => evaluate(child, s, ctx));
    const hit = tried.find((r) => r.matched);
    if (!hit) return { matched: false, why: tried.flatMap((r) => r.why) };
    parts.push(hit);
  }
  if (c.not) {
    const r = evaluate(c.not, s, ctx);
    if (r.matched) return { matched: false, why: r.why };
    parts.push({ matched: true, why: r.why });
  }
  return { matched: true, why: parts.flatMap((p) => p.why) };
}

function leaves(c: RuleCondition): Leaf[] {
  const out: Leaf[] = [];
  if (c.promptTokens) out.push(countLeaf('promptTokens', c.promptTokens, (n) => `the prompt has ${n} tokens`));
  if (c.messages) out.push(countLeaf('messages', c.messages, (n) => `the request has ${n} message${n === 1 ? '' : 's'}`));
  if (c.keywords !== undefined) out.push(keywordsLeaf(list(c.keywords)));
  if (c.format !== undefined)
    out.push(
      oneOf(
        'format',
        list(c.format),
        (s) => s.format,
        (v) => `the request asks for ${v} output`,
      ),
    );
  if (c.tools !== undefined) out.push(toolsLeaf(c.tools));
  if (c.levels)
    out.push(
      oneOf(
        'level',
        c.levels,
        (s) => s.level,
        (v) => `the data level is ${v}`,
      ),
    );
  if (c.categories) out.push(categoriesLeaf(c.categories));
  if (c.tenantRegion !== undefined)
    out.push(
      oneOf(
        'tenantRegion',
        list(c.tenantRegion),
        (s) => s.tenantRegion,
        (v) => `the tenant's region is ${v}`,
      ),
    );
  if (c.tenantTier !== undefined)
    out.push(
      oneOf(
        'tenantTier',
        list(c.tenantTier),
        (s) => s.tenantTier,
        (v) => (v ? `the tenant's tier is ${v}` : 'the tenant has no tier'),
      ),
    );
  if (c.workload !== undefined)
    out.push(
      oneOf(
        'workload',
        list(c.workload),
        (s) => s.workload,
        (v) => (v ? `the declared workload is ${v}` : 'no workload is declared'),
      ),
    );
  if (c.priority !== undefined)
    out.push(
      oneOf(
        'priority',
        list(c.priority),
        (s) => s.priority,
        (v) => `the priority is ${v}`,
      ),
    );
  if (c.timeOfDay) out.push(timeLeaf(c.timeOfDay));
  return out;
}

function list<T>(v: OneOrMany<T>): T[] {
  return Array.isArray(v) ? v : [v];
}

function countLeaf(name: 'promptTokens' | 'messages', test: CountTest, fact: (n: number) => string): Leaf {
  return (s, ctx) => {
    const n = s[name];
    ctx.signals[name] = n;
    return { matched: countHolds(test, n), why: [`${fact(n)} (rule: ${describeCount(test)})`] };
  };
}

export function countHolds(t: CountTest, n: number): boolean {
  return (
    (t.gt === undefined || n > t.gt) &&
    (t.gte === undefined || n >= t.gte) &&
    (t.lt === undefined || n < t.lt) &&
    (t.lte === undefined || n <= t.lte) &&
    (t.eq === undefined || n === t.eq)
  );
}

function describeCount(t: CountTest): string {
  const words: [keyof CountTest, string][] = [
    ['gt', 'more than'],
    ['gte', 'at least'],
    ['lt', 'fewer than'],
    ['lte', 'at most'],
    ['eq', 'exactly'],
  ];
  return (
    words
      .filter(([k]) => t[k] !== undefined)
      // Grouped digits ("2,000"): read better, and the ledger's free-text scrub does not take a bare 2000 for a year.
      .map(([k, w]) => `${w} ${Number(t[k]).toLocaleString('en-US')}`)
      .join(' and ')
  );
}

function keywordsLeaf(names: string[]): Leaf {
  return (s, ctx) => {
    const found = ctx.cache.lists(s, ctx.lists);
    const hits = names.filter((n) => found.has(n));
    const prior = ctx.signals.keywords;
    ctx.signals.keywords = [...new Set([...(Array.isArray(prior) ? prior : []), ...hits])].sort();
    const why =
      hits.length > 0
        ? `the request contains a word from keyword list ${hits.join(', ')}`
        : `the request contains no word from keyword list ${names.join(', ')}`;
    return { matched: hits.length > 0, why: [why] };
  };
}

function oneOf<T extends string | null>(
  name: string,
  wanted: readonly string[],
  read: (s: RequestSignals) => T,
  fact: (v: T) => string,
): Leaf {
  return (s, ctx) => {
    const v = read(s);
    ctx.signals[name] = v;
    return { matched: v !== null && wanted.includes(v), why: [fact(v)] };
  };
}

function toolsLeaf(wanted: boolean): Leaf {
  return (s, ctx) => {
    ctx.signals.tools = s.tools;
    return { matched: s.tools === wanted, why: [s.tools ? 'the request offers tools' : 'the request offers no tools'] };
  };
}

function categoriesLeaf(wanted: readonly Category[]): Leaf {
  return (s, ctx) => {
    ctx.signals.categories = [...s.categories];
    const hits = wanted.filter((c) => s.categories.includes(c));
    const why = hits.length > 0 ? `the request carries ${hits.join(', ')} data` : `the request carries no ${wanted.join(', ')} data`;
    return { matched: hits.length > 0, why: [why] };
  };
}

function timeLeaf(w: TimeWindow): Leaf {
  return (s, ctx) => {
    ctx.signals.localTime = s.localTime;
    const inside = withinWindow(s.localTime, w);
    return { matched: inside, why: [`the tenant's local time ${s.localTime} is ${inside ? 'within' : 'outside'} ${w.from}-${w.to}`] };
  };
}

/** `from` inclusive, `to` exclusive; a window whose `from` is after its `to` runs past midnight. */
export function withinWindow(hhmm: string, w: TimeWindow): boolean {
  return w.from < w.to ? hhmm >= w.from && hhmm < w.to : hhmm >= w.from || hhmm < w.to;
}

const clocks = new Map<string, Intl.DateTimeFormat>();
/** The last answer per time zone: every zone's offset is whole minutes, so one UTC minute has one `HH:MM`. */
const lastMinute = new Map<string, { minute: number; hhmm: string }>();

/** `HH:MM` of `now` in `timeZone` (an IANA name the schema checked; default UTC). */
export function localTime(now: Date, timeZone = 'UTC'): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastMinute.get(timeZone);
  if (last?.minute === minute) return last.hhmm;
  const hhmm = formatLocalTime(now, timeZone);
  lastMinute.set(timeZone, { minute, hhmm });
  return hhmm;
}

function formatLocalTime(now: Date, timeZone: string): string {
  let f = clocks.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clocks.set(timeZone, f);
  }
  const parts = f.formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}
