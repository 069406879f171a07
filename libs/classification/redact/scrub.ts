import { analyzeSpans, forgetLastText } from '../analyze';
import { redactText } from './redact-text';

/**
 * The one redaction choke point for everything the gateway writes (logs, error messages, ledger free text,
 * and later trace attributes and metric labels): every detected entity becomes `<ENTITY_TYPE>`.
 * It MUST be applied to any string that could carry request or response content.
 */
export function scrubText(text: string): string {
  if (text.length === 0) return text;
  let found;
  try {
    found = analyzeSpans(text);
  } catch {
    // A text the analyzer cannot read is not written at all: fail closed, never write it unscrubbed.
    return UNSCRUBBABLE;
  } finally {
    forgetLastText();
  }
  return found.length === 0 ? text : redactText(text, found);
}

/** What replaces a text the analyzer failed on. */
export const UNSCRUBBABLE = '<UNSCRUBBABLE>';

/**
 * Scrubs every string inside a JSON-like value (object keys included); numbers and booleans pass as they
 * are. `scrub` is `scrubText` unless a caller brings an equivalent (the logger's memo of clean strings).
 */
export function scrubDeep<T>(value: T, depth = 0, scrub: (text: string) => string = scrubText): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubDeep(v, depth + 1, scrub)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[scrub(k)] = scrubDeep(v, depth + 1, scrub);
  return out as T;
}
