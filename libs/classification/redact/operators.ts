import { createHmac } from 'node:crypto';

/**
 * Redaction operators, named and parameterised as Presidio Anonymizer's operator configs
 * (`{"type": "mask", "masking_char": "*", "chars_to_mask": 4, "from_end": true}`), so an operator
 * map written for Presidio reads the same here. `hash` differs on purpose: Presidio hashes with a
 * plain (salted) digest; ours is an HMAC keyed per tenant, so equal values stay linkable inside a
 * tenant and cannot be brute-forced from a leaked digest without the key.
 */

/** Replaces the value with `new_value`, by default `<ENTITY_TYPE>`. */
export interface ReplaceOperator {
  readonly type: 'replace';
  readonly new_value?: string;
}

/**
 * Masks `chars_to_mask` characters (code points, as Presidio counts them in Python; default: all)
 * with `masking_char` (exactly one code point; default `*`), from the start, or from the end when
 * `from_end` is true. A negative count masks nothing, as in Presidio.
 */
export interface MaskOperator {
  readonly type: 'mask';
  readonly masking_char?: string;
  readonly chars_to_mask?: number;
  readonly from_end?: boolean;
}

/** Replaces the value with the lowercase hex HMAC-SHA-256 of its UTF-8 bytes under `key` (>= 16 bytes). */
export interface HashOperator {
  readonly type: 'hash';
  readonly key: Uint8Array;
}

/** Removes the value. */
export interface RedactOperator {
  readonly type: 'redact';
}

/** Leaves the value as it is (Presidio's `keep`), e.g. to exempt one type from a DEFAULT. */
export interface KeepOperator {
  readonly type: 'keep';
}

export type Operator = ReplaceOperator | MaskOperator | HashOperator | RedactOperator | KeepOperator;

/**
 * Operators by entity type; `DEFAULT` applies to types without their own entry. Without either,
 * a value is replaced by `<ENTITY_TYPE>` (Presidio's default).
 */
export type OperatorMap = Readonly<Record<string, Operator>>;

export const MIN_HASH_KEY_BYTES = 16;

const ONE_CODE_POINT = /^[^]$/u;

/** Describes what is wrong with `op` (field path under `at`), or returns `null` when it is valid. */
export function operatorProblem(op: Operator, at = 'operator'): string | null {
  switch (op.type) {
    case 'replace':
      return op.new_value === undefined || typeof op.new_value === 'string' ? null : `${at}.new_value must be a string`;
    case 'mask':
      if (op.masking_char !== undefined && !(typeof op.masking_char === 'string' && ONE_CODE_POINT.test(op.masking_char))) {
        return `${at}.masking_char must be exactly one character`;
      }
      if (op.chars_to_mask !== undefined && !Number.isInteger(op.chars_to_mask)) return `${at}.chars_to_mask must be an integer`;
      return null;
    case 'hash':
      return op.key instanceof Uint8Array && op.key.length >= MIN_HASH_KEY_BYTES
        ? null
        : `${at}.key must be at least ${MIN_HASH_KEY_BYTES} bytes`;
    case 'redact':
    case 'keep':
      return null;
    default:
      return `${at}.type must be one of replace, mask, hash, redact, keep`;
  }
}

/** Every problem in an operator map, for a policy loader to refuse it with a message naming the field. */
export function operatorMapProblems(operators: OperatorMap): string[] {
  const problems: string[] = [];
  for (const [entityType, op] of Object.entries(operators)) {
    const problem = operatorProblem(op, `operators.${entityType}`);
    if (problem !== null) problems.push(problem);
  }
  return problems;
}

function mask(value: string, op: MaskOperator): string {
  const chars = Array.from(value);
  const wanted = op.chars_to_mask ?? chars.length;
  const count = wanted > 0 ? Math.min(chars.length, wanted) : 0;
  const start = op.from_end === true ? chars.length - count : 0;
  const maskChar = op.masking_char ?? '*';
  for (let i = start; i < start + count; i++) chars[i] = maskChar;
  return chars.join('');
}

/**
 * Applies one operator to one value. MUST only be given operators that `operatorProblem` accepts
 * (`redactText` checks them first).
 */
export function applyOperator(op: Operator, entityType: string, value: string): string {
  switch (op.type) {
    case 'replace':
      return op.new_value ?? `<${entityType}>`;
    case 'mask':
      return mask(value, op);
    case 'hash':
      return createHmac('sha256', op.key).update(value, 'utf8').digest('hex');
    case 'redact':
      return '';
    case 'keep':
      return value;
  }
}
