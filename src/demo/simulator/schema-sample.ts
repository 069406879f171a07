/**
 * A deterministic sample value for a JSON Schema: what the simulators answer for `response_format`
 * json_schema and as tool-call arguments. Pure.
 *
 * Covers what structured outputs and tool schemas use: `type` (one or a list), `nullable`, `const`,
 * `enum`, objects (`properties`, `required`, `additionalProperties` false, `minProperties`), arrays
 * (`items`, `prefixItems`, `minItems`/`maxItems`, `uniqueItems`), `anyOf`/`oneOf`/`allOf`, local `$ref`
 * (`#/$defs/…`, `#/definitions/…`, `#`), string `format`s, `minLength`/`maxLength`, simple `pattern`s,
 * and numeric bounds (`minimum`, `maximum`, exclusive bounds in both drafts, `multipleOf`).
 *
 * Invariants: the same schema and variant give the same value; optional properties are left out
 * (a required-only object is always valid, and it never echoes names the caller did not insist on);
 * recursion stops at a fixed depth, taking the cheapest valid branch there.
 */

type Schema = Record<string, unknown>;

const isObject = (x: unknown): x is Schema => typeof x === 'object' && x !== null && !Array.isArray(x);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

const MAX_DEPTH = 8;

/** Values for string formats, each valid for the format and for zod's stricter checks. */
const FORMATS: Record<string, string> = {
  'date-time': '2026-01-15T09:30:00Z',
  date: '2026-01-15',
  time: '09:30:00',
  duration: 'P1D',
  email: 'sample@example.com',
  'idn-email': 'sample@example.com',
  uri: 'https://example.com/sample',
  url: 'https://example.com/sample',
  'uri-reference': 'https://example.com/sample',
  iri: 'https://example.com/sample',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uuid: '3f1c2a4e-8b7d-4c6e-9a5f-1b2c3d4e5f60',
  byte: 'c2FtcGxl',
  base64: 'c2FtcGxl',
  cuid: 'cjld2cjxh0000qzrmn831i7rn',
  cuid2: 'tz4a98xxat96iws9zmbrgj3a',
  ulid: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
  nanoid: 'V1StGXR8_Z5jdHi6B-myT',
  emoji: '🙂',
  'json-pointer': '/sample',
  regex: '^sample$',
};

interface Ctx {
  root: unknown;
  depth: number;
  /** Varies strings, enum picks and numbers between array items (uniqueItems). */
  variant: number;
  /** The property this value fills, for readable strings. */
  hint: string | undefined;
}

/** A sample value for `schema`. `variant` (default 0) picks a different but equally valid value. */
export function sampleFromSchema(schema: unknown, variant = 0): unknown {
  return sample(schema, { root: schema, depth: 0, variant, hint: undefined });
}

function resolveRef(ref: string, root: unknown): unknown {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return {};
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : undefined;
  }
  return node ?? {};
}

/** allOf merged into one schema (properties and required unioned; other keys: the last wins). */
function mergeAllOf(s: Schema, ctx: Ctx): Schema {
  const parts = [{ ...s, allOf: undefined }, ...(s.allOf as unknown[])].map((p) => deref(p, ctx)).filter(isObject);
  const merged: Schema = {};
  const properties: Schema = {};
  const required = new Set<string>();
  for (const p of parts) {
    Object.assign(merged, p);
    if (isObject(p.properties)) Object.assign(properties, p.properties);
    if (Array.isArray(p.required)) for (const r of p.required) if (typeof r === 'string') required.add(r);
  }
  delete merged.allOf;
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  return merged;
}

function deref(schema: unknown, ctx: Ctx): unknown {
  let s = schema;
  for (let i = 0; i < 16 && isObject(s) && typeof s.$ref === 'string'; i++) {
    const { $ref, ...rest } = s;
    const target = resolveRef($ref as string, ctx.root);
    s = Object.keys(rest).length > 0 && isObject(target) ? { ...target, ...rest } : target;
  }
  return s;
}

function typesOf(s: Schema): string[] {
  const t = s.type;
  const list = typeof t === 'string' ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
  if (list.length > 0) return list;
  if (isObject(s.properties) || Array.isArray(s.required) || s.additionalProperties !== undefined) return ['object'];
  if (s.items !== undefined || Array.isArray(s.prefixItems)) return ['array'];
  if (typeof s.format === 'string' || s.pattern !== undefined || s.minLength !== undefined) return ['string'];
  if (s.minimum !== undefined || s.maximum !== undefined || s.multipleOf !== undefined) return ['number'];
  return ['string'];
}

function allowsNull(s: Schema): boolean {
  return s.nullable === true || s.type === 'null' || (Array.isArray(s.type) && s.type.includes('null'));
}

function sample(schema: unknown, ctx: Ctx): unknown {
  if (schema === true || schema === undefined) return text(ctx, {});
  const resolved = deref(schema, ctx);
  if (!isObject(resolved)) return null;
  const s = Array.isArray(resolved.allOf) ? mergeAllOf(resolved, ctx) : resolved;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[ctx.variant % s.enum.length];
  const branches = Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : undefined;
  if (branches !== undefined && branches.length > 0) return sample(pickBranch(branches, ctx), ctx);
  if (ctx.depth >= MAX_DEPTH && allowsNull(s)) return null;
  const type = typesOf(s).find((t) => t !== 'null') ?? 'null';
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return ctx.variant % 2 === 0;
    case 'integer':
      return integer(s, ctx.variant);
    case 'number':
      return number(s, ctx.variant);
    case 'array':
      return array(s, ctx);
    case 'object':
      return object(s, ctx);
    default:
      return text(ctx, s);
  }
}

/** The first branch that is not `null`-only; past the depth limit, the one cheapest to fill. */
function pickBranch(branches: readonly unknown[], ctx: Ctx): unknown {
  const resolved = branches.map((b) => deref(b, ctx));
  if (ctx.depth >= MAX_DEPTH) {
    const leaf = resolved.find((b) => isObject(b) && (b.type === 'null' || !typesOf(b).some((t) => t === 'object' || t === 'array')));
    if (leaf !== undefined) return leaf;
  }
  return resolved.find((b) => !(isObject(b) && b.type === 'null')) ?? resolved[0];
}

function bounds(s: Schema, step: number): { lo: number; hi: number } {
  let lo = num(s.minimum) ?? -Infinity;
  let hi = num(s.maximum) ?? Infinity;
  const exMin = num(s.exclusiveMinimum) ?? (s.exclusiveMinimum === true ? num(s.minimum) : undefined);
  const exMax = num(s.exclusiveMaximum) ?? (s.exclusiveMaximum === true ? num(s.maximum) : undefined);
  if (exMin !== undefined) lo = Math.max(lo, exMin + step);
  if (exMax !== undefined) hi = Math.min(hi, exMax - step);
  return { lo, hi };
}

/** A value near a friendly default, inside the bounds. */
function pick(lo: number, hi: number, preferred: number): number {
  if (lo <= preferred && preferred <= hi) return preferred;
  if (Number.isFinite(lo) && Number.isFinite(hi)) return lo + (hi - lo) / 2;
  return Number.isFinite(lo) ? lo : hi;
}

function integer(s: Schema, variant: number): number {
  const { lo, hi } = bounds(s, 1);
  const mult = num(s.multipleOf);
  const ilo = Math.ceil(lo);
  const ihi = Math.floor(hi);
  let v = Math.round(pick(ilo, ihi, 42 + variant));
  if (mult !== undefined && mult > 0) {
    v = Math.ceil(v / mult) * mult;
    if (v > ihi) v = Math.floor(ihi / mult) * mult;
    if (!Number.isInteger(v)) v = Math.ceil(ilo / mult) * mult;
  }
  return v;
}

function number(s: Schema, variant: number): number {
  const mult = num(s.multipleOf);
  if (mult !== undefined && mult > 0) {
    const { lo, hi } = bounds(s, mult);
    let k = Math.round(pick(lo, hi, 42.5 + variant) / mult);
    if (k * mult < lo) k = Math.ceil(lo / mult);
    if (k * mult > hi) k = Math.floor(hi / mult);
    return Number((k * mult).toPrecision(12));
  }
  const { lo, hi } = bounds(s, 1e-6);
  const v = pick(lo, hi, 42.5 + variant);
  // a tiny exclusive range may leave the step outside; take the middle of the open interval then
  const exMin = num(s.exclusiveMinimum);
  const exMax = num(s.exclusiveMaximum);
  if (exMin !== undefined && exMax !== undefined && !(v > exMin && v < exMax)) return exMin + (exMax - exMin) / 2;
  return v;
}

/** Candidate strings tried against a `pattern`; the first that matches wins. */
function patternCandidates(base: string): string[] {
  return [base, 'sample', 'SAMPLE', 'abc', 'ABC', 'A', 'a', '1', '123', '12345', 'A1', 'abc-123', 'ABC123', 'sample_1', 'x@y.z', ''];
}

function text(ctx: Ctx, s: Schema): string {
  const format = typeof s.format === 'string' ? FORMATS[s.format] : undefined;
  const word = ctx.hint !== undefined ? `sample ${ctx.hint}` : 'sample text';
  let v = format ?? (ctx.variant > 0 ? `${word} ${ctx.variant + 1}` : word);
  if (typeof s.pattern === 'string') {
    let re: RegExp | undefined;
    try {
      re = new RegExp(s.pattern, 'u');
    } catch {
      re = undefined;
    }
    if (re !== undefined && !re.test(v)) v = patternCandidates(v).find((c) => re.test(c)) ?? v;
  }
  const min = num(s.minLength) ?? 0;
  const max = num(s.maxLength);
  if ([...v].length < min) v = v + 'x'.repeat(min - [...v].length);
  if (max !== undefined && [...v].length > max) v = [...v].slice(0, Math.max(max, min)).join('');
  return v;
}

function array(s: Schema, ctx: Ctx): unknown[] {
  // draft 2020-12 tuples use prefixItems + items; drafts 4-7 use an items array + additionalItems
  const draft7Tuple = Array.isArray(s.items);
  const prefix: unknown[] = Array.isArray(s.prefixItems) ? s.prefixItems : draft7Tuple ? (s.items as unknown[]) : [];
  const min = Math.max(num(s.minItems) ?? 0, 0);
  const max = num(s.maxItems) ?? Infinity;
  const rest = draft7Tuple ? s.additionalItems : s.items;
  const items = rest === false ? undefined : (rest ?? (prefix.length === 0 ? true : undefined));
  // one item beyond the tuple by default (two for a plain list), fewer when deep
  const wanted = ctx.depth >= MAX_DEPTH ? min : Math.max(min, prefix.length + (items !== undefined ? (prefix.length > 0 ? 0 : 2) : 0));
  const count = Math.min(wanted, max, items === undefined ? prefix.length : Infinity);
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const sub = i < prefix.length ? prefix[i] : items;
    out.push(sample(sub, { ...ctx, depth: ctx.depth + 1, variant: ctx.variant + i, hint: ctx.hint }));
  }
  return out;
}

function object(s: Schema, ctx: Ctx): Record<string, unknown> {
  const props = isObject(s.properties) ? s.properties : {};
  const required = Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : [];
  const out: Record<string, unknown> = {};
  for (const key of required) {
    out[key] = sample(props[key] ?? additional(s), { ...ctx, depth: ctx.depth + 1, variant: 0, hint: key.replace(/_/g, ' ') });
  }
  const minProps = num(s.minProperties) ?? 0;
  // Fill optional properties first, then invented keys if additionalProperties allows them.
  for (const key of Object.keys(props)) {
    if (Object.keys(out).length >= minProps) break;
    if (!(key in out)) out[key] = sample(props[key], { ...ctx, depth: ctx.depth + 1, variant: 0, hint: key });
  }
  for (let i = 1; Object.keys(out).length < minProps && s.additionalProperties !== false && i < 1000; i++) {
    if (!(`key${i}` in out)) out[`key${i}`] = sample(additional(s), { ...ctx, depth: ctx.depth + 1, variant: 0, hint: `key${i}` });
  }
  return out;
}

function additional(s: Schema): unknown {
  return isObject(s.additionalProperties) ? s.additionalProperties : true;
}
