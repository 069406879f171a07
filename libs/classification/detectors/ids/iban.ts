import { BBAN_FORMATS } from './iban-countries';
import type { Span } from '../types';
import { execAtRuns, letterAt, scanText, type RunFilter, type TextScan } from '../scan';

/**
 * IBAN_CODE: a registry country code, two check digits and the country's BBAN (exact length and
 * per-position structure), compact or in groups of four separated by spaces, dashes or a line
 * break (one kind, never doubled), upper- or lower-case but not mixed; valid under ISO 13616
 * mod 97. Only validated codes are reported (Presidio raises validated IBANs to 1.0).
 *
 * Linear time: a candidate starts only after a non-alphanumeric character and its walk is bounded
 * by the longest BBAN (30 characters plus separators).
 */
export const IBAN_SCORE = 1.0;

const START_RE = /(?<![A-Za-z0-9])(?:[A-Z]{2}|[a-z]{2})\d{2}/y;

/** Digit runs where a START_RE match may begin: after the two letters of a country code (see `execAtRuns`). */
const admitIban: RunFilter = (text, s, e) => e - s >= 2 && letterAt(text, s - 1) && letterAt(text, s - 2);

const SPACE = 1;
const DASH = 2;

function classOf(c: number, lower: boolean): 'n' | 'a' | null {
  if (c >= 48 && c <= 57) return 'n';
  if (lower ? c >= 97 && c <= 122 : c >= 65 && c <= 90) return 'a';
  return null;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** Value of one IBAN character for mod 97: digits as themselves, letters A=10 .. Z=35. */
function mod97Step(r: number, c: number): number {
  if (c <= 57) return (r * 10 + (c - 48)) % 97;
  return (r * 100 + ((c | 32) - 87)) % 97;
}

/** Walks the BBAN from `i`; returns the end index (exclusive) or -1 when the text is no IBAN. */
function walk(text: string, i: number, format: string, lower: boolean): number {
  let n = 0; // BBAN characters taken
  let sepKind = 0;
  let prevSep = false;
  while (n < format.length) {
    const c = text.charCodeAt(i);
    const cls = classOf(c, lower);
    if (cls !== null) {
      const want = format.charCodeAt(n);
      if (want === 110 /* n */ ? cls !== 'n' : want === 97 /* a */ ? cls !== 'a' : false) return -1;
      n++;
      i++;
      prevSep = false;
      continue;
    }
    // Separators only between groups of four (counting the country code and check digits).
    if (prevSep || (n + 4) % 4 !== 0) return -1;
    let kind = 0;
    let len = 1;
    if (c === 32) kind = SPACE;
    else if (c === 45) kind = DASH;
    else if (c === 10) kind = SPACE;
    else if (c === 13 && text.charCodeAt(i + 1) === 10) [kind, len] = [SPACE, 2];
    if (kind === 0 || (sepKind !== 0 && sepKind !== kind)) return -1;
    sepKind = kind;
    prevSep = true;
    i += len;
  }
  return isAlnum(text.charCodeAt(i)) ? -1 : i;
}

function checksumValid(text: string, start: number, end: number): boolean {
  let r = 0;
  for (let i = start + 4; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isAlnum(c)) r = mod97Step(r, c);
  }
  for (let i = start; i < start + 4; i++) r = mod97Step(r, text.charCodeAt(i));
  return r === 1;
}

export function detectIbans(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, START_RE, [-2], admitIban, (m) => {
    const format = BBAN_FORMATS.get(m[0].slice(0, 2).toUpperCase());
    if (format === undefined) return;
    const lower = m[0].charCodeAt(0) >= 97;
    const end = walk(text, m.index + 4, format, lower);
    if (end < 0 || !checksumValid(text, m.index, end)) return;
    out.push({ entityType: 'IBAN_CODE', start: m.index, end, score: IBAN_SCORE });
    return end;
  });
}
