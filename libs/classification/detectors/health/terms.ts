import { KIND } from '../health-vocab';
import type { Span } from '../types';
import { FOLD_ASCII, H1_PRIME, H1_SEED, H2_MUL, H2_SEED, WORD, W_END, W_H1, W_H2, foldUnit, scanWord } from './fold';
import { isListGap, termWithValue } from './values';
import {
  EDGES,
  NODE_KIDS,
  NODE_KIND,
  SUFFIXES,
  SUFFIX_KIND,
  SUFFIX_LENGTHS,
  SUFFIX_MAX,
  SUFFIX_MIN_WORD,
  SUFFIX_MIN_WORD_ALL,
  SUFFIX_TRIGRAMS,
  ROOT_FILTER,
  edgeKey1,
  edgeKey2,
  slotOf,
} from './vocab-index';

export const CONDITION_SCORE = 0.7;

// Module-local aliases of the hot tables: a local binding is one load, an imported one goes
// through the module's exports object on every access.
const FOLD = FOLD_ASCII;
const RF = ROOT_FILTER;
const TRI = SUFFIX_TRIGRAMS;

/** Letter class as in vocab-index.ts: a-z (either case) 0-25, anything else 26. */
function cls(c: number): number {
  const x = (c | 32) - 97;
  return x >>> 0 < 26 ? x : 26;
}

/** Longest phrase, in words, that the scan follows (the deepest term in the vocabulary is shorter). */
const MAX_PHRASE = 8;
/** Separators allowed between the words of a phrase: up to 3 of space, tab, NBSP, hyphen, apostrophe, newline. */
const MAX_GAP = 3;
const S = 115; // 's'

function isGap(c: number): boolean {
  return c === 32 || c === 45 || c === 9 || c === 10 || c === 13 || c === 39 || c === 0xa0 || c === 0x2019;
}

/** Candidate terms found from one start word: end offset and kind, longest last. */
const candEnd = new Int32Array(MAX_PHRASE + 1);
const candKind = new Uint8Array(MAX_PHRASE + 1);

/**
 * Prefilter for the endings table, inline-able: the trigram of the word's last three units when
 * they are ASCII letters (most words), else "maybe" (suffixKind folds properly).
 */
function mayHaveEnding(text: string, end: number): boolean {
  const a = (text.charCodeAt(end - 3) | 32) - 97;
  const b = (text.charCodeAt(end - 2) | 32) - 97;
  const c = (text.charCodeAt(end - 1) | 32) - 97;
  if (a >>> 0 >= 26 || b >>> 0 >= 26 || c >>> 0 >= 26) return true; // some unit is not an ASCII letter
  return TRI[(a * 26 + b) * 26 + c] === 1;
}

/** "GyrateAtrophy", "SpectroscopyService": an identifier, not a word; endings do not apply. */
function isCamelCase(text: string, start: number, end: number): boolean {
  for (let j = start + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c >= 65 && c <= 90) {
      const b = text.charCodeAt(j - 1);
      if (b >= 97 && b <= 122) return true;
    }
  }
  return false;
}

/**
 * Kind of a word by its ending (INN stem, compound head), or 0. Reads the word `[start, end)`
 * backwards, folding and hashing the reversed ending one character at a time; a trigram table of
 * the endings' last three letters rejects most words before any hashing.
 */
function suffixKind(text: string, start: number, end: number, len: number): number {
  if (len < SUFFIX_MIN_WORD_ALL) return 0;
  let h1 = H1_SEED;
  let h2 = H2_SEED;
  let k = 0;
  let tri = 0;
  for (let j = end - 1; j >= start && k < SUFFIX_MAX; j--) {
    const c = text.charCodeAt(j);
    let f = c < 128 ? (FOLD[c] ?? 0) : foldUnit(c);
    if (f < 97) return 0; // digit or foreign letter: no ending applies
    let second = 0;
    if (f > 0xff) {
      second = f & 0xff; // folded "ss", "ae", "oe": the pair's first letter, read after its second (backwards)
      f >>= 8;
    }
    for (let r = 0; r < 2; r++) {
      const g = r === 0 ? f : second;
      if (g === 0) break;
      if (g > 122) return 0;
      h1 = Math.imul(h1 ^ g, H1_PRIME);
      h2 = (Math.imul(h2 ^ g, H2_MUL) + g) | 0;
      k++;
      if (k <= 3) {
        tri += (g - 97) * (k === 1 ? 1 : k === 2 ? 26 : 676);
        if (k === 3 && TRI[tri] === 0) return 0;
        if (k < 3) continue;
      }
      if ((SUFFIX_LENGTHS & (1 << k)) === 0) continue;
      const idx = SUFFIXES.get(h1, h2);
      if (idx !== 0 && len >= (SUFFIX_MIN_WORD[idx] ?? 255)) return isCamelCase(text, start, end) ? 0 : (SUFFIX_KIND[idx] ?? 0);
    }
  }
  return 0;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && foldUnit(c) !== 0);
}

/**
 * Is `[start, end)` part of a URL, path, e-mail or identifier ("www.diabetes.org", "/asthma/",
 * "copd_model")? Then it is not prose about a patient, and its span must not cover the URL.
 */
function glued(text: string, start: number, end: number, kind: number): boolean {
  // A slash joins drug combinations ("piperacillin/tazobactam 4.5 g"); a drug still needs its dose.
  const slash = kind === KIND.medication || kind === KIND.medication_dose ? -1 : 47;
  const b = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (b === 46 || b === slash || b === 64 || b === 95 || b === 92) return true; // . / @ _ \
  if (end >= text.length) return false;
  const a = text.charCodeAt(end);
  if (a === slash || a === 64 || a === 95 || a === 92) return true;
  return a === 46 && end + 1 < text.length && isAlnum(text.charCodeAt(end + 1));
}

/** Skips the gap after a phrase word; returns the next word's start or -1. */
function nextWordStart(text: string, p: number): number {
  const n = text.length;
  let q = p;
  while (q < n && q < p + MAX_GAP && isGap(text.charCodeAt(q))) q++;
  if (q === p || q >= n) return -1;
  const c = text.charCodeAt(q);
  const f = c < 128 ? (FOLD[c] ?? 0) : foldUnit(c);
  return f === 0 ? -1 : q;
}

/** First hash of the folded word `text[start, end)`. */
function hash1(text: string, start: number, end: number): number {
  let h1 = H1_SEED;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    let f = c < 128 ? (FOLD[c] ?? 0) : foldUnit(c);
    if (f > 0xff) {
      h1 = Math.imul(h1 ^ (f & 0xff), H1_PRIME);
      f >>= 8;
    }
    h1 = Math.imul(h1 ^ f, H1_PRIME);
  }
  return h1;
}

/** Folded length of a word with non-ASCII letters ('ß' counts 2). */
function foldedLength(text: string, start: number, end: number): number {
  let len = 0;
  for (let j = start; j < end; j++) len += foldUnit(text.charCodeAt(j)) > 0xff ? 2 : 1;
  return len;
}

/** Prefilter: may the ASCII word `text[start, end)` be the first word of a term? */
function rootMayStart(text: string, start: number, end: number): boolean {
  const len = end - start;
  const bit =
    ((cls(text.charCodeAt(start)) * 27 + (len > 1 ? cls(text.charCodeAt(start + 1)) : 26)) * 32 + (len > 31 ? 31 : len)) * 27 +
    cls(text.charCodeAt(end - 1));
  return ((RF[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

/** Second hash of the folded word `text[start, end)` (computed only when the first hash hits). */
function hash2(text: string, start: number, end: number): number {
  let h2 = H2_SEED;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    let f = c < 128 ? (FOLD[c] ?? 0) : foldUnit(c);
    if (f > 0xff) {
      const a = f & 0xff;
      h2 = (Math.imul(h2 ^ a, H2_MUL) + a) | 0;
      f >>= 8;
    }
    h2 = (Math.imul(h2 ^ f, H2_MUL) + f) | 0;
  }
  return h2;
}

const { k1: E_K1, k2: E_K2, val: E_VAL, mask: E_MASK } = EDGES;

/**
 * Root node of the term whose first word is `text[start, end)` with first hash `h1`, or -1. The
 * probe runs on the first hash alone; the second is computed (by re-reading the word) only when a
 * slot's first hash matches, which for ordinary prose is rare.
 */
function rootChild(text: string, start: number, end: number, h1: number): number {
  const a = edgeKey1(0, h1);
  let s = slotOf(a, E_MASK);
  let b = 0;
  let haveB = false;
  for (;;) {
    const v = E_VAL[s] ?? 0;
    if (v === 0) return -1;
    if (E_K1[s] === a) {
      if (!haveB) {
        b = edgeKey2(0, hash2(text, start, end));
        haveB = true;
      }
      if (E_K2[s] === b) return v - 1;
    }
    s = (s + 1) & E_MASK;
  }
}

/** Kind of the one-word term `text[start, end - 1)`: a word ending in 's' read as a plural ("tumors"), or 0. */
function singularKind(text: string, start: number, end: number): number {
  const node = rootChild(text, start, end - 1, hash1(text, start, end - 1));
  return node < 0 ? 0 : (NODE_KIND[node] ?? 0);
}

/**
 * Kind (KIND.medication, KIND.condition, …) of the one word `text[start, end)` as a vocabulary term by
 * itself, as a plural, or (with `endings`) by its clinical ending ("Metformin", "Lisinopril", "Statins"), or 0. For the name finder: a
 * capitalised drug or disease opening a sentence is no person.
 */
export function wordTermKind(text: string, start: number, end: number, endings = true): number {
  scanWord(text, start);
  if (WORD[W_END] !== end || end - start < 3) return 0;
  const node = rootChild(text, start, end, hash1(text, start, end));
  const k = node < 0 ? 0 : (NODE_KIND[node] ?? 0);
  if (k !== 0) return k;
  const len = foldedLength(text, start, end);
  if ((text.charCodeAt(end - 1) | 32) === S && len > 4) {
    const single = singularKind(text, start, end);
    if (single !== 0) return single;
  }
  return endings && len >= SUFFIX_MIN_WORD_ALL ? suffixKind(text, start, end, len) : 0;
}

/**
 * Appends a MEDICAL_CONDITION span for every clinical term in `text` (with its dose or value when
 * its kind needs one); returns how many. One pass: each word is folded and hashed as it is read and
 * looked up once; a word that starts a phrase also reads ahead, at most the phrase's length, so the
 * whole scan stays linear. Nothing is allocated except the spans.
 */
export function detectTerms(text: string, out: Span[]): number {
  let found = 0;
  const n = text.length;
  let i = 0;
  let lastDrugEnd = -1;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 ? FOLD[c] === 0 : foldUnit(c) === 0) {
      i++;
      continue;
    }
    // Stage 1: find the word's end (no hashing); note whether it is all ASCII.
    const start = i;
    let ascii = c < 128;
    for (i++; i < n; i++) {
      c = text.charCodeAt(i);
      if (c < 128) {
        if (FOLD[c] === 0) break;
      } else {
        if (foldUnit(c) === 0) break;
        ascii = false;
      }
    }
    const wordEnd = i;
    // Stage 2, for the few words that pass the prefilter (or are not ASCII): hash and look up.
    let len = wordEnd - start;
    let node = -1;
    if (!ascii || rootMayStart(text, start, wordEnd)) node = rootChild(text, start, wordEnd, hash1(text, start, wordEnd));
    if (!ascii) len = foldedLength(text, start, wordEnd);
    const lastS = (text.charCodeAt(wordEnd - 1) | 32) === S;
    let cands = 0;
    if (node < 0) {
      // A plural: "carcinomas"; "tumors" is looked up again without its last 's'.
      if (lastS && len > 4 && (!ascii || rootMayStart(text, start, wordEnd - 1))) {
        const k = singularKind(text, start, wordEnd);
        if (k === KIND.condition || k === KIND.clinical) {
          candEnd[0] = wordEnd;
          candKind[0] = k;
          cands = 1;
        }
      }
      if (cands === 0) {
        if (len < SUFFIX_MIN_WORD_ALL || !mayHaveEnding(text, wordEnd)) continue;
        const k = suffixKind(text, start, wordEnd, len);
        if (k === 0 || k === KIND.stop) continue;
        candEnd[0] = wordEnd;
        candKind[0] = k;
        cands = 1;
      }
    } else {
      const k0 = NODE_KIND[node] ?? 0;
      if (k0 !== 0) {
        candEnd[0] = wordEnd;
        candKind[0] = k0;
        cands = 1;
      }
      // Follow the phrase while the next words continue it; a stop phrase ("miscarriage of
      // justice") cancels what it covers.
      let p = wordEnd;
      let stopEnd = k0 === KIND.stop ? wordEnd : -1;
      for (let depth = 1; depth < MAX_PHRASE && NODE_KIDS[node] === 1; depth++) {
        const q = nextWordStart(text, p);
        if (q === -1) break;
        scanWord(text, q);
        const child = EDGES.get(edgeKey1(node, WORD[W_H1] ?? 0), edgeKey2(node, WORD[W_H2] ?? 0)) - 1;
        if (child < 0) break;
        node = child;
        p = WORD[W_END] ?? q + 1;
        const k = NODE_KIND[node] ?? 0;
        if (k === KIND.stop) stopEnd = p;
        else if (k !== 0) {
          candEnd[cands] = p;
          candKind[cands] = k;
          cands++;
        }
      }
      if (stopEnd !== -1) {
        i = Math.max(i, stopEnd);
        continue;
      }
      if (cands === 0) continue;
    }
    // Longest term first; the first whose value requirement holds is the span.
    for (let c = cands - 1; c >= 0; c--) {
      if (glued(text, start, candEnd[c] ?? 0, candKind[c] ?? 0)) continue;
      const kind = candKind[c] ?? 0;
      let end = termWithValue(text, start, candEnd[c] ?? 0, kind);
      // A drug listed right after a counted drug shares its cue: "taking metformin, lisinopril and atorvastatin".
      if (end === -1 && kind === KIND.medication && lastDrugEnd !== -1 && isListGap(text, lastDrugEnd, start)) end = candEnd[c] ?? 0;
      if (end === -1) continue;
      if (kind === KIND.medication || kind === KIND.medication_dose) lastDrugEnd = end;
      out.push({ entityType: 'MEDICAL_CONDITION', start, end, score: CONDITION_SCORE });
      found++;
      i = end;
      break;
    }
  }
  return found;
}
