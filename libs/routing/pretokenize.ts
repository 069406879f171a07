/**
 * o200k_base pre-tokenisation: where the library's split regex (O200K_TOKEN_SPLIT_REGEX, applied with
 * matchAll) puts the next piece. The regex, with its unicode property classes, was most of the counting
 * time; this scanner decides ASCII pieces by hand and asks the regex only when it would have to classify
 * a non-ASCII character. The regex, in ASCII terms (first alternative that matches wins):
 *   1. [^\r\n L N]? [Lu]* [Ll]+ contraction?      letters, optional prefix (space, tab, punctuation)
 *   2. [^\r\n L N]? [Lu]+ [Ll]* contraction?
 *   3. N{1,3}                                      up to three digits
 *   4. " "? [^\s L N]+ [\r\n/]*                    punctuation run
 *   5. \s* [\r\n]+                                 whitespace up to the last newline of the run
 *   6. \s+ (?!\S)                                  whitespace, leaving one before a non-space
 *   7. \s+
 * Exactness argument: every branch below reads characters through `kind`, and gives up (-1) as soon as it
 * reads a non-ASCII one; on all-ASCII reads it computes what the regex computes. The spec fuzzes this
 * against the regex itself. Literal classes ([sS], [\r\n/]) never match a non-ASCII character, so reading
 * one there is a plain mismatch, not a reason to give up.
 */
import { O200K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/cjs/encodingParams/constants';

/** Our own copies: the library's regex object is global and shared, so its lastIndex is not ours. */
const STICKY = new RegExp(O200K_TOKEN_SPLIT_REGEX.source, 'uy');
const GLOBAL = new RegExp(O200K_TOKEN_SPLIT_REGEX.source, 'gu');

const END = 0;
const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;
const NEWLINE = 4; // \r \n
const SPACE = 5; // the rest of ASCII \s: space \t \v \f
const PUNCT = 6; // anything else in ASCII: not \s, not a letter, not a digit
const OTHER = 7; // non-ASCII: give up

const KINDS = new Uint8Array(128).fill(PUNCT);
for (let c = 65; c <= 90; c++) KINDS[c] = UPPER;
for (let c = 97; c <= 122; c++) KINDS[c] = LOWER;
for (let c = 48; c <= 57; c++) KINDS[c] = DIGIT;
for (const c of [9, 11, 12, 32]) KINDS[c] = SPACE;
for (const c of [10, 13]) KINDS[c] = NEWLINE;

function kind(text: string, i: number): number {
  if (i >= text.length) return END;
  const c = text.charCodeAt(i);
  return c < 128 ? (KINDS[c] as number) : OTHER;
}

const isLetter = (k: number): boolean => k === UPPER || k === LOWER;

/** End of `'s`, `'ll`, ... at i (alternatives 1-2's suffix: exactly these, no case folding), else i. */
function contractionEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 39) return i; // '
  const a = text.charCodeAt(i + 1) | 32; // lowercased when a letter; NaN | 32 = 32, never a letter
  if (a === 115 || a === 100 || a === 109 || a === 116) return i + 2; // s d m t
  const b = text.charCodeAt(i + 2) | 32;
  if ((a === 108 && b === 108) || ((a === 118 || a === 114) && b === 101)) return i + 3; // ll ve re
  return i;
}

/**
 * Alternatives 1-2 from the letter at i: uppercase run then lowercase run. With lowercase, alternative 1
 * ends after it; without, alternative 2 ends after the uppercase run, the same place.
 */
function lettersEnd(text: string, i: number): number {
  let k = kind(text, i);
  while (k === UPPER) k = kind(text, ++i);
  while (k === LOWER) k = kind(text, ++i);
  return k === OTHER ? -1 : contractionEnd(text, i);
}

/** Alternative 3: one to three digits. */
function digitsEnd(text: string, i: number): number {
  const stop = i + 3;
  for (i++; i < stop; i++) {
    const k = kind(text, i);
    if (k === OTHER) return -1;
    if (k !== DIGIT) break;
  }
  return i;
}

/** Alternative 4 from the punctuation at i: the run, then any \r, \n or /. */
function punctEnd(text: string, i: number): number {
  let k = kind(text, i);
  while (k === PUNCT) k = kind(text, ++i);
  if (k === OTHER) return -1;
  let c = text.charCodeAt(i);
  while (c === 10 || c === 13 || c === 47) c = text.charCodeAt(++i);
  return i;
}

/** Alternatives 5-7 from the whitespace at `from`. */
function spaceEnd(text: string, from: number): number {
  let i = from;
  let lastNewline = -1;
  for (let k = kind(text, i); k === SPACE || k === NEWLINE; k = kind(text, ++i)) if (k === NEWLINE) lastNewline = i;
  if (kind(text, i) === OTHER) return -1; // U+00A0 and others are \s too
  if (lastNewline >= 0) return lastNewline + 1;
  return i === text.length || i - from === 1 ? i : i - 1;
}

/** End of the regex's piece at `from` when only ASCII decides it, else -1. */
export function asciiPieceEnd(text: string, from: number): number {
  const k = kind(text, from);
  if (isLetter(k)) return lettersEnd(text, from);
  if (k === DIGIT) return digitsEnd(text, from);
  if (k === OTHER || k === END) return -1;
  if (k !== NEWLINE) {
    // Space, tab or punctuation before letters is alternative 1-2's prefix.
    const after = kind(text, from + 1);
    if (after === OTHER) return -1;
    if (isLetter(after)) return lettersEnd(text, from + 1);
    if (k === PUNCT) return punctEnd(text, from);
    if (text.charCodeAt(from) === 32 && after === PUNCT) return punctEnd(text, from + 1);
  }
  return spaceEnd(text, from);
}

/** Start of the piece the last nextPieceEnd call found (`from` unless the regex skipped characters). */
export let pieceStart = 0;

/**
 * End of the next piece at or after `from` (its start in pieceStart), or -1 when there is none: the
 * pieces `text.matchAll(O200K_TOKEN_SPLIT_REGEX)` yields, in order.
 */
export function nextPieceEnd(text: string, from: number): number {
  pieceStart = from;
  const end = asciiPieceEnd(text, from);
  if (end >= 0) return end;
  STICKY.lastIndex = from;
  if (STICKY.test(text)) return STICKY.lastIndex;
  // The regex matches at every position, so this is defensive: matchAll would skip to the next match.
  GLOBAL.lastIndex = from;
  const m = GLOBAL.exec(text);
  if (m === null) return -1;
  pieceStart = m.index;
  return m.index + m[0].length;
}
