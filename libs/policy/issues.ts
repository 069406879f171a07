/**
 * Turning zod issues into the short, field-named messages of `gatewayctl policy validate`.
 * Messages MUST NOT echo values from the bundle beyond ids and enum names (a misplaced secret
 * in a policy file must not end up in a log).
 */
import type { z } from 'zod';

export type IssuePath = readonly (string | number)[];

/** One problem, with the path inside the (merged or single-file) bundle. */
export interface RawPolicyIssue {
  path: IssuePath;
  message: string;
}

type ErrorMapIssue = Parameters<z.core.$ZodErrorMap>[0];

/** Per-parse error map: messages for the generic issue kinds (schema-level messages win). */
export function policyErrorMap(iss: ErrorMapIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined ? 'is required' : `expected ${article(iss.expected)}, got ${kindOf(iss.input)}`;
    case 'invalid_value':
      return iss.values.length === 1 ? `must be ${String(iss.values[0])}` : `must be one of ${iss.values.map(String).join(', ')}`;
    case 'too_small':
      if (iss.origin === 'array') return `must have at least ${String(iss.minimum)} item(s)`;
      if (iss.origin === 'string') return 'must not be empty';
      return `must be ${iss.inclusive === false ? '>' : '>='} ${String(iss.minimum)}`;
    case 'too_big':
      if (iss.origin === 'array') return `must have at most ${String(iss.maximum)} item(s)`;
      return `must be ${iss.inclusive === false ? '<' : '<='} ${String(iss.maximum)}`;
    case 'unrecognized_keys':
      return 'unknown key';
    default:
      return undefined;
  }
}

function article(expected: string): string {
  if (expected === 'int') return 'an integer';
  if (expected === 'object') return 'a mapping';
  if (expected === 'array') return 'a list';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return typeof v;
}

/** Flattens zod issues: one issue per unknown key, with the key appended to the path. */
export function toRawIssues(issues: readonly z.core.$ZodIssue[]): RawPolicyIssue[] {
  const out: RawPolicyIssue[] = [];
  for (const iss of issues) {
    const path = iss.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (iss.code === 'unrecognized_keys') {
      for (const key of iss.keys) out.push({ path: [...path, key], message: 'unknown key' });
    } else {
      out.push({ path, message: iss.message });
    }
  }
  return out;
}

/** `providers[0].models[1].id`; the empty path is `(root)`. */
export function formatPath(path: IssuePath): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else s += s === '' ? seg : `.${seg}`;
  }
  return s === '' ? '(root)' : s;
}
