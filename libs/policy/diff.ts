/**
 * A readable, structured diff of two validated bundles (SPEC §8 `GET …/versions/{id}/diff?against=`), plus a
 * plain-language summary for the approver ("phi-needs-baa now also requires zeroRetention").
 *
 * Contract: pure and deterministic (sections in a fixed order, ids sorted, rules by position); identical
 * bundles give an empty diff and an empty summary. Bundles hold no secrets (only `apiKeyEnv` names), so
 * every value may be shown. A field absent on one side is `null` there.
 */
import { createHash } from 'node:crypto';
import type { PolicyBundle, Provider, Route, RouteRule, Tenant } from './schema';

export type DiffValue = string | number | boolean | null | DiffValue[] | { [k: string]: DiffValue };

export interface FieldChange {
  /** Dotted path inside the item, e.g. `baa`, `require.zeroRetention`, `models.chat.inputUsdPerMTok`. */
  field: string;
  from: DiffValue;
  to: DiffValue;
}

export interface ItemChange {
  id: string;
  changes: FieldChange[];
}

export interface SectionDiff {
  added: string[];
  removed: string[];
  changed: ItemChange[];
}

export interface RuleMove {
  id: string;
  /** 1-based positions: rules are ordered, first match wins. */
  from: number;
  to: number;
}

export interface KeywordListChange {
  id: string;
  added: string[];
  removed: string[];
}

export interface BundleDiff {
  providers: SectionDiff;
  compliance: SectionDiff;
  routes: SectionDiff;
  /** Route rules; `moved` lists the rules whose order relative to the others changed. */
  rules: SectionDiff & { moved: RuleMove[] };
  keywordLists: { added: string[]; removed: string[]; changed: KeywordListChange[] };
  tenants: SectionDiff;
  /** Alias name -> target. */
  aliases: SectionDiff;
  /** Bundle-wide settings: `unreadableContent`, `presidio`, `defaults.*`. */
  settings: FieldChange[];
  summary: string[];
}

type Flat = Map<string, DiffValue>;

export function diffBundles(from: PolicyBundle, to: PolicyBundle): BundleDiff {
  const providers = section(from.providers, to.providers, flattenProvider);
  const compliance = section(from.compliance, to.compliance, (r) => flatten(r as unknown as DiffValue));
  const routes = section(from.routes, to.routes, flattenRoute);
  const rules = { ...section(from.rules ?? [], to.rules ?? [], flattenRule), moved: moves(from.rules ?? [], to.rules ?? []) };
  const keywordLists = keywordDiff(from.keywordLists ?? {}, to.keywordLists ?? {});
  const tenants = section(from.tenants, to.tenants, (t: Tenant) => flatten(t as unknown as DiffValue));
  const aliases = section(aliasItems(from), aliasItems(to), (a) => new Map([['target', a.target]]));
  const settings = changes(flatten(settingsOf(from)), flatten(settingsOf(to)));
  const diff = { providers, compliance, routes, rules, keywordLists, tenants, aliases, settings };
  return { ...diff, summary: summarize(diff, from, to) };
}

/**
 * SHA-256 (hex) of the diff as JSON with sorted keys, for `config_change` entries. Prices are not integers, so
 * the diff is not canonical ledger JSON; this hash names it exactly all the same.
 */
export function diffHash(diff: BundleDiff): string {
  return createHash('sha256')
    .update(stable(diff as unknown as DiffValue))
    .digest('hex');
}

// ---- structure ----

function section<T extends { id: string }>(from: readonly T[], to: readonly T[], flat: (item: T) => Flat): SectionDiff {
  const before = new Map(from.map((x) => [x.id, x]));
  const after = new Map(to.map((x) => [x.id, x]));
  const added = [...after.keys()].filter((id) => !before.has(id)).sort();
  const removed = [...before.keys()].filter((id) => !after.has(id)).sort();
  const changed: ItemChange[] = [];
  for (const id of [...after.keys()].filter((k) => before.has(k)).sort()) {
    const c = changes(flat(before.get(id) as T), flat(after.get(id) as T));
    if (c.length > 0) changed.push({ id, changes: c });
  }
  return { added, removed, changed };
}

function changes(before: Flat, after: Flat): FieldChange[] {
  const fields = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: FieldChange[] = [];
  for (const field of fields) {
    const a = before.get(field) ?? null;
    const b = after.get(field) ?? null;
    if (stable(a) !== stable(b)) out.push({ field, from: a, to: b });
  }
  return out;
}

/** Objects become dotted paths; arrays and scalars are leaf values. */
function flatten(value: DiffValue | undefined, prefix = '', out: Flat = new Map()): Flat {
  if (value === undefined) return out;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix === '' ? k : `${prefix}.${k}`, out);
  } else if (prefix !== '') out.set(prefix, value);
  return out;
}

/** Models are keyed by id, so a price change reads `models.chat.inputUsdPerMTok`, not an array index. */
function flattenProvider(p: Provider): Flat {
  const { models, ...rest } = p;
  const out = flatten(rest as unknown as DiffValue);
  for (const m of models) {
    const { id, ...fields } = m;
    out.set(`models.${id}`, true);
    flatten(fields as unknown as DiffValue, `models.${id}`, out);
  }
  return out;
}

function flattenRoute(r: Route): Flat {
  return flatten(r as unknown as DiffValue);
}

/** A rule's `when` is a tree: it is compared and shown whole. */
function flattenRule(r: RouteRule): Flat {
  const out: Flat = new Map([
    ['when', r.when as unknown as DiffValue],
    ['route', r.route],
  ]);
  if (r.description !== undefined) out.set('description', r.description);
  return out;
}

function aliasItems(b: PolicyBundle): { id: string; target: string }[] {
  return Object.entries(b.aliases ?? {}).map(([id, target]) => ({ id, target }));
}

function settingsOf(b: PolicyBundle): DiffValue {
  return { unreadableContent: b.unreadableContent ?? null, presidio: b.presidio ?? null, defaults: (b.defaults ?? {}) as DiffValue };
}

/**
 * Rules outside a longest common subsequence of the shared ids changed their relative order. Inserting or
 * removing a rule shifts positions without moving anything; swapping two rules moves one of them.
 */
function moves(from: readonly RouteRule[], to: readonly RouteRule[]): RuleMove[] {
  const after = new Set(to.map((r) => r.id));
  const before = new Set(from.map((r) => r.id));
  const a = from.map((r) => r.id).filter((id) => after.has(id));
  const b = to.map((r) => r.id).filter((id) => before.has(id));
  const kept = lcs(a, b);
  return b
    .filter((id) => !kept.has(id))
    .map((id) => ({ id, from: from.findIndex((r) => r.id === id) + 1, to: to.findIndex((r) => r.id === id) + 1 }));
}

function lcs(a: readonly string[], b: readonly string[]): Set<string> {
  const len: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = len[i] as number[];
      const next = len[i + 1] as number[];
      row[j] = a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      kept.add(a[i] as string);
      i++;
      j++;
    } else if ((len[i + 1]?.[j] ?? 0) >= (len[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return kept;
}

function keywordDiff(from: Record<string, string[]>, to: Record<string, string[]>): BundleDiff['keywordLists'] {
  const added = Object.keys(to)
    .filter((k) => !(k in from))
    .sort();
  const removed = Object.keys(from)
    .filter((k) => !(k in to))
    .sort();
  const changed: KeywordListChange[] = [];
  for (const id of Object.keys(to)
    .filter((k) => k in from)
    .sort()) {
    const a = new Set(from[id]);
    const b = new Set(to[id]);
    const plus = [...b].filter((w) => !a.has(w)).sort();
    const minus = [...a].filter((w) => !b.has(w)).sort();
    if (plus.length + minus.length > 0) changed.push({ id, added: plus, removed: minus });
  }
  return { added, removed, changed };
}

/** JSON with sorted keys: equal values compare equal whatever their key order. */
function stable(v: DiffValue): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  return `{${Object.keys(v)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stable(v[k] as DiffValue)}`)
    .join(',')}}`;
}

// ---- summary ----

type Parts = Omit<BundleDiff, 'summary'>;

function summarize(d: Parts, from: PolicyBundle, to: PolicyBundle): string[] {
  return [
    ...sectionSentences(d.providers, 'provider', providerSentence),
    ...sectionSentences(d.compliance, 'compliance rule', complianceSentence),
    ...sectionSentences(d.routes, 'route', routeSentence),
    ...ruleSentences(d.rules, from, to),
    ...keywordSentences(d.keywordLists),
    ...sectionSentences(d.tenants, 'tenant', (id, c) => `tenant ${id}'s ${c.field} ${show(c.from)} -> ${show(c.to)}`),
    ...aliasSentences(d.aliases, from, to),
    ...d.settings.map((c) => `${c.field} ${show(c.from)} -> ${show(c.to)}`),
  ];
}

function sectionSentences(s: SectionDiff, noun: string, sentence: (id: string, c: FieldChange) => string | null): string[] {
  return [
    ...s.added.map((id) => `${noun} ${id} added`),
    ...s.removed.map((id) => `${noun} ${id} removed`),
    ...s.changed.flatMap((item) => item.changes.map((c) => sentence(item.id, c)).filter((x): x is string => x !== null)),
  ];
}

function providerSentence(id: string, c: FieldChange): string | null {
  const m = /^models\.(.+?)(?:\.(inputUsdPerMTok|outputUsdPerMTok|contextWindow|capabilities))?$/.exec(c.field);
  if (!m) return `provider ${id}'s ${c.field} ${show(c.from)} -> ${show(c.to)}`;
  const [, model, field] = m;
  if (field === undefined)
    return c.to === null ? `provider ${id} no longer offers model ${model}` : `provider ${id} now offers model ${model}`;
  // A model added or removed is one sentence, not one per field.
  if ((c.from === null) !== (c.to === null)) return null;
  if (field === 'inputUsdPerMTok' || field === 'outputUsdPerMTok') {
    const which = field === 'inputUsdPerMTok' ? 'input' : 'output';
    return `provider ${id}'s ${model} model ${which} price ${price(c.from)} -> ${price(c.to)} USD/MTok`;
  }
  return `provider ${id}'s ${model} model ${field} ${show(c.from)} -> ${show(c.to)}`;
}

function complianceSentence(id: string, c: FieldChange): string {
  const [group, key] = c.field.split('.', 2) as [string, string | undefined];
  if (group === 'require' && key !== undefined) {
    const what = (v: DiffValue) => (v === true ? key : `${key} ${show(v)}`);
    if (c.from === null || c.from === false) return `${id} now also requires ${what(c.to)}`;
    if (c.to === null || c.to === false) return `${id} no longer requires ${what(c.from)}`;
    return `${id} now requires ${what(c.to)} instead of ${show(c.from)}`;
  }
  if (group === 'when' && key !== undefined) {
    if (c.from === null) return `${id} now applies only when ${key} is ${show(c.to)}`;
    if (c.to === null) return `${id} no longer depends on ${key} (was ${show(c.from)})`;
    return `${id} now applies when ${key} is ${show(c.to)} instead of ${show(c.from)}`;
  }
  return `${id}'s ${c.field} ${show(c.from)} -> ${show(c.to)}`;
}

function routeSentence(id: string, c: FieldChange): string {
  if (c.field !== 'candidates') return `route ${id}'s ${c.field} ${show(c.from)} -> ${show(c.to)}`;
  const a = (c.from ?? []) as string[];
  const b = (c.to ?? []) as string[];
  const parts = [
    ...b.filter((x) => !a.includes(x)).map((x) => `route ${id} now also uses ${x}`),
    ...a.filter((x) => !b.includes(x)).map((x) => `route ${id} no longer uses ${x}`),
  ];
  // Same models in another order: matters for `ordered` and as the cost tie-break.
  return parts.length > 0 ? parts.join('; ') : `route ${id}'s candidate order ${show(c.from)} -> ${show(c.to)}`;
}

function ruleSentences(d: BundleDiff['rules'], from: PolicyBundle, to: PolicyBundle): string[] {
  const pos = (b: PolicyBundle, id: string) => (b.rules ?? []).findIndex((r) => r.id === id) + 1;
  const routeOf = (b: PolicyBundle, id: string) => (b.rules ?? []).find((r) => r.id === id)?.route ?? '';
  return [
    ...d.added.map((id) => `rule ${id} added at position ${pos(to, id)} (route ${routeOf(to, id)})`),
    ...d.removed.map((id) => `rule ${id} removed (was position ${pos(from, id)})`),
    ...d.moved.map((m) => `rule ${m.id} moved from position ${m.from} to ${m.to}`),
    ...d.changed.flatMap((item) =>
      item.changes.map((c) =>
        c.field === 'route'
          ? `rule ${item.id} now routes to ${show(c.to)} instead of ${show(c.from)}`
          : `rule ${item.id}'s ${c.field} ${show(c.from)} -> ${show(c.to)}`,
      ),
    ),
  ];
}

function keywordSentences(d: BundleDiff['keywordLists']): string[] {
  return [
    ...d.added.map((id) => `keyword list ${id} added`),
    ...d.removed.map((id) => `keyword list ${id} removed`),
    ...d.changed.flatMap((c) => [
      ...(c.added.length > 0 ? [`keyword list ${c.id} now also contains ${c.added.map((w) => JSON.stringify(w)).join(', ')}`] : []),
      ...(c.removed.length > 0 ? [`keyword list ${c.id} no longer contains ${c.removed.map((w) => JSON.stringify(w)).join(', ')}`] : []),
    ]),
  ];
}

function aliasSentences(d: SectionDiff, from: PolicyBundle, to: PolicyBundle): string[] {
  const target = (b: PolicyBundle, id: string) => b.aliases?.[id] ?? '';
  return [
    ...d.added.map((id) => `alias ${id} added (-> ${target(to, id)})`),
    ...d.removed.map((id) => `alias ${id} removed (was -> ${target(from, id)})`),
    ...d.changed.map((c) => `alias ${c.id} now points to ${target(to, c.id)} instead of ${target(from, c.id)}`),
  ];
}

function show(v: DiffValue): string {
  if (v === null) return '(none)';
  if (Array.isArray(v)) return v.map(show).join(', ');
  if (typeof v === 'object') return stable(v);
  return String(v);
}

/** `1.00`, `0.05`, `0.125`: at least two decimals, never rounded away. */
function price(v: DiffValue): string {
  if (typeof v !== 'number') return show(v);
  const two = v.toFixed(2);
  return Number(two) === v ? two : String(v);
}
