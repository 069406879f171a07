import { MRN_SCORE } from '../medical-record';
import { DOB_SCORE } from '../net/date-time';
import type { Span } from '../types';
import { birthDateLength, isRecordValue, isSlot } from './values';
import { fieldKind } from './vocab';

/**
 * Keys as cues: a JSON, YAML or `key=value` pair whose key names a record number or a birth date
 * (`"patient_mrn": "4950415"`, `patientId: 4950415`, `mrn=4950415`, `"date_of_birth": "1961-04-30"`)
 * reports its value as "MRN:" and "DOB:" do in prose: MEDICAL_RECORD_NUMBER at MRN_SCORE, DATE_TIME
 * at DOB_SCORE. The key's words decide (fields/vocab.ts): `order_id`, `trace_id`, `mrna_level` or a
 * bare `id` cue nothing. Request fields reach the classifier as "key: value" (classify.ts's labelled
 * view), so a `metadata` entry is read the same way.
 *
 * Found from the ':' and '=' of the text (a native search), then the key before each: only a key holding
 * one of a few word stems is read further.
 */
const KEY_STEM_RE = /mrn|pat|record|chart|hospital|fall|nhc|ipp|dossier|historia|cartella|dob|birth|geburt|naissance|nacimiento|nasc/i;
const MAX_KEY = 48;
const MAX_VALUE = 40;

function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

function skipBlanks(text: string, i: number, max: number): number {
  let n = 0;
  while (n < max && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
    i++;
    n++;
  }
  return i;
}

/** Where the value of the key ending at `keyEnd` starts (after a closing quote, ':' or '='), or -1. */
function valueStart(text: string, keyStart: number, keyEnd: number): number {
  const open = text.charAt(keyStart - 1);
  let i = keyEnd;
  if (open === '"' || open === "'") {
    if (text.charAt(i) !== open) return -1;
    i++;
  }
  i = skipBlanks(text, i, 3);
  const sep = text.charAt(i);
  if (sep !== ':' && sep !== '=') return -1;
  if (text.charAt(i + 1) === sep || text.charAt(i + 1) === '/') return -1; // "==", "::", a URL's "://"
  return skipBlanks(text, i + 1, 3);
}

/** The value at `i`: inside quotes, or up to the end of the line or a JSON/YAML delimiter. */
function valueAt(text: string, i: number): [number, number] {
  const q = text.charAt(i);
  if (q === '"' || q === "'") {
    const close = text.indexOf(q, i + 1);
    return close === -1 || close - i - 1 > MAX_VALUE ? [i, i] : [i + 1, close];
  }
  let end = i;
  while (end - i < MAX_VALUE && end < text.length && !',;}]&\n\r'.includes(text.charAt(end))) end++;
  while (end > i && text.charCodeAt(end - 1) === 32) end--;
  return [i, end];
}

function reportValue(text: string, kind: 'record' | 'birth', from: number, to: number, out: Span[]): void {
  const value = text.slice(from, to);
  if (value.length === 0 || isSlot(value)) return;
  if (kind === 'birth') {
    const n = birthDateLength(value);
    if (n > 0) out.push({ entityType: 'DATE_TIME', start: from, end: from + n, score: DOB_SCORE });
    return;
  }
  // An unquoted value may run on ("mrn=4950415 dob=…"): the record number is its first word.
  const space = value.indexOf(' ');
  const id = space === -1 ? value : value.slice(0, space);
  if (isRecordValue(id)) out.push({ entityType: 'MEDICAL_RECORD_NUMBER', start: from, end: from + id.length, score: MRN_SCORE });
}

/** The key ending right before `sep` (after a closing quote and blanks), as [start, end], or null. */
function keyBefore(text: string, sep: number): [number, number] | null {
  let end = sep;
  for (let n = 0; n < 3 && end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9); n++) end--;
  const q = text.charAt(end - 1);
  if (q === '"' || q === "'") end--;
  let start = end;
  while (start > 0 && end - start <= MAX_KEY && isKeyChar(text.charCodeAt(start - 1))) start--;
  if (start === end || end - start > MAX_KEY) return null;
  return [start, end];
}

function readPairs(text: string, sep: string, out: Span[]): void {
  for (let i = text.indexOf(sep); i !== -1; i = text.indexOf(sep, i + 1)) {
    const key = keyBefore(text, i);
    if (key === null) continue;
    const [start, end] = key;
    if (!KEY_STEM_RE.test(text.slice(start, end))) continue;
    const at = valueStart(text, start, end);
    if (at === -1) continue;
    const kind = fieldKind(text.slice(start, end));
    if (kind !== 'record' && kind !== 'birth') continue;
    const [from, to] = valueAt(text, at);
    reportValue(text, kind, from, to, out);
  }
}

export function detectKeyedValues(text: string, out: Span[]): void {
  readPairs(text, ':', out);
  readPairs(text, '=', out);
}
