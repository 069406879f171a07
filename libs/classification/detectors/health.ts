import { HEALTH_TERMS, type HealthTermKind } from '../health-terms';
import { hasContextBefore } from './context';
import type { Span } from './types';

/**
 * Health context (not identifiers): MEDICAL_CONDITION for clinical vocabulary (health-terms.ts;
 * medications need a dose, labs a value) and ICD10_CODE for ICD-10-shaped codes. A dotted code
 * (E11.9, J45.909) counts alone; an undotted one (I10) only near a clinical term or an "ICD"/"Dx"
 * cue, so product names (S3, EKS, C4) and versions (v1.2) never make a health context.
 *
 * Terms are found in one pass over the text: each word's case-folded hash is looked up in a
 * table built at load time, then compared character by character. No per-word allocation.
 */
export const CONDITION_SCORE = 0.7;
export const ICD10_DOTTED_SCORE = 0.6;
export const ICD10_CUED_SCORE = 0.5;

interface Term {
  words: readonly string[];
  kind: HealthTermKind;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** ASCII letters and digits; a table lookup keeps the per-character loop tight. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = 1;
for (let c = 65; c <= 90; c++) WORD_CHAR[c] = 1;
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = 1;

function isWordCode(c: number): boolean {
  return c < 128 && WORD_CHAR[c] === 1;
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function hashWord(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

const TERMS_BY_FIRST_WORD = new Map<number, Term[]>();
/**
 * Pre-filter: bit `len` of `FIRST_WORD_LENGTHS[letter]` is set when some term's first word starts
 * with that letter and has that length, so most words are skipped without hashing.
 */
const FIRST_WORD_LENGTHS = new Uint32Array(26);
const MAX_WORD = 31;
function addTerm(words: readonly string[], kind: HealthTermKind): void {
  const first = words[0] ?? '';
  const letter = first.charCodeAt(0) - 97;
  if (letter < 0 || letter >= 26 || first.length > MAX_WORD) throw new Error(`health term must start with a-z: ${first}`);
  FIRST_WORD_LENGTHS[letter] = (FIRST_WORD_LENGTHS[letter] ?? 0) | (1 << first.length);
  const key = hashWord(first);
  const list = TERMS_BY_FIRST_WORD.get(key);
  if (list) list.push({ words, kind });
  else TERMS_BY_FIRST_WORD.set(key, [{ words, kind }]);
}
for (const kind of Object.keys(HEALTH_TERMS) as HealthTermKind[]) {
  for (const term of HEALTH_TERMS[kind]) {
    const words = term.split(/[ -]/);
    addTerm(words, kind);
    const single = words.length === 1 && (kind === 'condition' || kind === 'clinical');
    if (single && !term.endsWith('s')) addTerm([term + 's'], kind);
  }
}

/** Does `text[at, at + word.length)` equal `word` case-insensitively, ending at a word boundary? */
function wordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) if (lower(text.charCodeAt(at + i)) !== word.charCodeAt(i)) return false;
  return !isWordCode(text.charCodeAt(at + word.length));
}

/** End of `term` whose first word spans `[start, firstEnd)`, or -1. Words join by 1-2 spaces/hyphens. */
function termEnd(text: string, firstEnd: number, term: Term): number {
  let p = firstEnd;
  for (let w = 1; w < term.words.length; w++) {
    const word = term.words[w] ?? '';
    let q = p;
    while (q < p + 2 && q < text.length && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 45)) q++;
    if (q === p || !wordAt(text, q, word)) return -1;
    p = q + word.length;
  }
  return p;
}

const DOSE_RE = /[ \t]{0,3}(?:[:=-][ \t]{0,3})?\d{1,5}(?:[.,]\d{1,3})?[ \t]{0,2}(?:mg|mcg|\u00b5g|ug|g|ml|mL|units?|iu|IU|mEq|meq|%)(?![A-Za-z])/y;
const LAB_VALUE_RE =
  /[ \t]{0,3}(?:[:=][ \t]{0,3}|(?:of|is|was|at)[ \t]{1,3})?[<>]?[ \t]?\d{1,4}(?:[.,]\d{1,3})?(?:\/\d{2,3}|[ \t]{0,2}(?:%|mg\/dL|mmol\/L|g\/dL|mIU\/L|ng\/mL|copies\/mL|cells\/mm3))?(?![\w]|\.\d)/y;

/** Extends a medication by its dose or a lab by its value; -1 when the required value is missing. */
function withValue(text: string, end: number, kind: HealthTermKind): number {
  if (kind === 'condition' || kind === 'clinical') return end;
  const re = kind === 'medication' ? DOSE_RE : LAB_VALUE_RE;
  re.lastIndex = end;
  return re.test(text) ? re.lastIndex : -1;
}

/** Appends MEDICAL_CONDITION spans; returns how many. */
function detectTerms(text: string, out: Span[]): number {
  let found = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
    const letter = lower(text.charCodeAt(start)) - 97;
    const len = i - start;
    if (letter < 0 || letter >= 26 || len > MAX_WORD || ((FIRST_WORD_LENGTHS[letter] ?? 0) & (1 << len)) === 0) continue;
    let h = FNV_OFFSET;
    for (let j = start; j < i; j++) h = Math.imul(h ^ lower(text.charCodeAt(j)), FNV_PRIME);
    const terms = TERMS_BY_FIRST_WORD.get(h >>> 0);
    if (terms === undefined) continue;
    let best = -1;
    for (const term of terms) {
      const first = term.words[0] ?? '';
      if (i - start !== first.length || !wordAt(text, start, first)) continue;
      const end = termEnd(text, i, term);
      const full = end === -1 ? -1 : withValue(text, end, term.kind);
      if (full > best) best = full;
    }
    if (best === -1) continue;
    out.push({ entityType: 'MEDICAL_CONDITION', start, end: best, score: CONDITION_SCORE });
    found++;
    i = best;
  }
  return found;
}

const ICD10_RE = /(?<![\w.-])[A-TV-Z]\d{2}(\.[A-Z0-9]{1,4})?(?![\w-]|\.\w)/g;
const ICD_CUE = /\b(?:icd(?:-?10)?(?:-cm)?|dx|diagnos[ie]s)\b/i;
/** How far (in characters) a clinical term may be from an undotted code. */
const TERM_WINDOW = 120;

function detectIcd10(text: string, out: Span[], termsFrom: number, termsTo: number): void {
  ICD10_RE.lastIndex = 0;
  let t = termsFrom; // term spans are in text order, and so are code matches: one moving pointer
  for (let m = ICD10_RE.exec(text); m !== null; m = ICD10_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let score = ICD10_DOTTED_SCORE;
    if (m[1] === undefined) {
      while (t < termsTo && (out[t]?.end ?? 0) + TERM_WINDOW < start) t++;
      const nearTerm = t < termsTo && (out[t]?.start ?? 0) - TERM_WINDOW <= end;
      if (!nearTerm && !hasContextBefore(text, start, ICD_CUE, 24)) continue;
      score = ICD10_CUED_SCORE;
    }
    out.push({ entityType: 'ICD10_CODE', start, end, score });
  }
}

export function detectHealthContext(text: string, out: Span[]): void {
  const from = out.length;
  const count = detectTerms(text, out);
  detectIcd10(text, out, from, from + count);
}
