/**
 * A ready-made accept() for chat completions (cascade, SPEC §6): is this answer good enough, or should
 * the cascade escalate, and why. Pure; reads only the response and the request's response_format.
 *
 * Checks, in order: `finish_reason: length` -> 'length'; a refusal (`message.refusal` text, or
 * `finish_reason: content_filter`) -> 'refusal'; with `response_format` json_object or json_schema,
 * content that does not parse as JSON (json_object: as an object) -> 'invalid_json'; with json_schema,
 * content that fails the schema -> 'invalid_json'; with a `confidenceThreshold`, token logprobs whose
 * confidence (answerConfidence) is below it -> 'low_confidence'. Answers made of tool calls skip the JSON check.
 *
 * The schema check covers the subset structured outputs use (type, properties, required,
 * additionalProperties, items, enum, const, anyOf, minItems/maxItems); unknown keywords and `$ref`
 * are not checked, so it may accept what a full validator rejects, never the reverse. Pass
 * `validate` to use a full validator instead.
 */
import type { ChatCompletionResponse } from '@libs/core';
import type { EscalationReason } from './types';

export interface AcceptCompletionOptions {
  /** The request's response_format. */
  responseFormat?: { type: string; [k: string]: unknown };
  /** Replaces the built-in schema subset check for json_schema. */
  validate?: (parsed: unknown) => boolean;
  /** Escalate as 'low_confidence' when the answer's confidence is below this (answers without logprobs pass). */
  confidenceThreshold?: number;
}

/**
 * The confidence of SPEC §5: the geometric mean of the first choice's token probabilities, that is
 * exp(mean log-probability). Null when the answer carries no token logprobs (a provider that does not
 * return them, or a tool-call answer): there is nothing to measure, so nothing to escalate on.
 */
export function answerConfidence(response: ChatCompletionResponse): number | null {
  const logprobs = response.choices[0]?.logprobs;
  const content = isRecord(logprobs) && Array.isArray(logprobs.content) ? logprobs.content : [];
  let sum = 0;
  let n = 0;
  for (const t of content) {
    if (!isRecord(t) || typeof t.logprob !== 'number' || !Number.isFinite(t.logprob)) continue;
    sum += Math.min(0, t.logprob);
    n++;
  }
  return n === 0 ? null : Math.exp(sum / n);
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(want: unknown, v: unknown): boolean {
  const actual = typeOf(v);
  const ok = (t: unknown): boolean => t === actual || (t === 'number' && actual === 'integer');
  if (typeof want === 'string') return ok(want);
  if (Array.isArray(want)) return want.some(ok);
  return true;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}

/** The schema subset named above; depth-limited so a hostile schema cannot recurse forever. */
export function matchesSchema(schema: unknown, v: unknown, depth = 0): boolean {
  if (depth > 64) return true;
  if (schema === true || !isRecord(schema)) return schema !== false;
  if ('type' in schema && !typeMatches(schema.type, v)) return false;
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => deepEqual(e, v))) return false;
  if ('const' in schema && !deepEqual(schema.const, v)) return false;
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => matchesSchema(s, v, depth + 1))) return false;
  if (isRecord(v)) {
    const props = isRecord(schema.properties) ? schema.properties : {};
    if (Array.isArray(schema.required) && !schema.required.every((k) => typeof k !== 'string' || Object.hasOwn(v, k))) return false;
    for (const [k, child] of Object.entries(v)) {
      if (Object.hasOwn(props, k)) {
        if (!matchesSchema(props[k], child, depth + 1)) return false;
      } else if (schema.additionalProperties !== undefined && !matchesSchema(schema.additionalProperties, child, depth + 1)) {
        return false;
      }
    }
  }
  if (Array.isArray(v)) {
    if (typeof schema.minItems === 'number' && v.length < schema.minItems) return false;
    if (typeof schema.maxItems === 'number' && v.length > schema.maxItems) return false;
    if (schema.items !== undefined && !v.every((item) => matchesSchema(schema.items, item, depth + 1))) return false;
  }
  return true;
}

function parseJson(text: string): { ok: true; value: Json } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as Json };
  } catch {
    return { ok: false };
  }
}

/** Null to accept the answer, or why a cascade should escalate. Judges the first choice. */
export function acceptCompletion(response: ChatCompletionResponse, options: AcceptCompletionOptions = {}): EscalationReason | null {
  const choice = response.choices[0];
  if (!choice) return null;
  if (choice.finish_reason === 'length') return 'length';
  const refusal = choice.message.refusal;
  if ((typeof refusal === 'string' && refusal.length > 0) || choice.finish_reason === 'content_filter') return 'refusal';

  return jsonVerdict(choice.message, options) ?? confidenceVerdict(response, options.confidenceThreshold);
}

function confidenceVerdict(response: ChatCompletionResponse, threshold: number | undefined): EscalationReason | null {
  if (threshold === undefined) return null;
  const confidence = answerConfidence(response);
  return confidence !== null && confidence < threshold ? 'low_confidence' : null;
}

function jsonVerdict(
  message: ChatCompletionResponse['choices'][number]['message'],
  options: AcceptCompletionOptions,
): EscalationReason | null {
  const format = options.responseFormat;
  if (!format || (format.type !== 'json_object' && format.type !== 'json_schema')) return null;
  const content = message.content;
  if ((content === null || content === undefined) && (message.tool_calls?.length ?? 0) > 0) return null;
  const parsed = parseJson(typeof content === 'string' ? content : '');
  if (!parsed.ok) return 'invalid_json';
  if (format.type === 'json_object') return isRecord(parsed.value) ? null : 'invalid_json';

  if (options.validate) {
    try {
      return options.validate(parsed.value) ? null : 'invalid_json';
    } catch {
      return 'invalid_json';
    }
  }
  const spec = format.json_schema;
  const schema = isRecord(spec) ? spec.schema : undefined;
  return schema === undefined || matchesSchema(schema, parsed.value) ? null : 'invalid_json';
}
