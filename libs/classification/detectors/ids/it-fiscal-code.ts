import { hasContextBefore } from '../context';
import { AT_RUN, execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';
import type { Span } from '../types';

/**
 * IT_FISCAL_CODE: the 16-character codice fiscale — three surname and three name letters (consonants
 * first, then vowels, then X padding), year, month letter (ABCDEHLMPRST), day (01-31, +40 for
 * women), place code (letter + three digits) and a control letter; digits may be replaced by the
 * omocodia letters LMNPQRSTUV (from the right; the two year digits, replaced only after five
 * collisions, are required). Either case, not mixed. A correct control letter gives 1.0; a wrong
 * one keeps Presidio's pattern score 0.3 (raised by a cue), as Presidio does.
 */
export const FISCAL_CODE_SCORE = 1.0;
export const FISCAL_CODE_WEAK_SCORE = 0.3;
export const FISCAL_CODE_CONTEXT_SCORE = 0.65;

// Searched from the year on (digits: omocodia replaces them last, after five collisions), which
// keeps the scan off ordinary words; the six name letters before it are checked in code.
const CF_TAIL_RE = /\d\d[ABCDEHLMPR-T][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z](?![A-Za-z0-9])/iy;
const NAME_LEN = 6;
const CF_CUE = /(?<![a-z])(?:codice fiscale|cod\.? fisc|cf(?![a-z])|c\.f\.|fiscal code|tax code)/i;
const OMOCODIA = 'LMNPQRSTUV';
// Control-letter values of a character in an odd (1st, 3rd, ...) position: digits 0-9, then A-Z.
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
const ODD_LETTERS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

function isVowel(c: string): boolean {
  return c === 'A' || c === 'E' || c === 'I' || c === 'O' || c === 'U';
}

/** A surname or name block: consonants first, then vowels, then X padding. */
function blockValid(b: string): boolean {
  const [a = '', m = '', z = ''] = b;
  if (!isVowel(a) && !isVowel(m)) return true; // two consonants (X counts), then anything
  if (isVowel(m) && (isVowel(z) || z === 'X')) return true;
  return isVowel(a) && m === 'X' && z === 'X';
}

function digitValue(c: string): number {
  const d = c.charCodeAt(0) - 48;
  return d >= 0 && d <= 9 ? d : OMOCODIA.indexOf(c);
}

export function fiscalCodeControl(code: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = code.charCodeAt(i);
    const digit = c <= 57;
    const v = digit ? c - 48 : c - 65;
    sum += i % 2 === 0 ? ((digit ? ODD[v] : ODD_LETTERS[v]) ?? 0) : v;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Structure beyond the regex: name blocks and a real day of month. `code` is upper case. */
export function fiscalCodeWellFormed(code: string): boolean {
  if (!blockValid(code.slice(0, 3)) || !blockValid(code.slice(3, 6))) return false;
  const day = digitValue(code[9] ?? '') * 10 + digitValue(code[10] ?? '');
  return (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
}

function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** Six letters right before `at`, and no letter or digit before them. */
function nameBefore(text: string, at: number): boolean {
  const start = at - NAME_LEN;
  if (start < 0) return false;
  for (let i = start; i < at; i++) if (!isLetter(text.charCodeAt(i))) return false;
  const c = text.charCodeAt(start - 1);
  return !(isLetter(c) || (c >= 48 && c <= 57));
}

/**
 * Where a reported tail may begin: a run of exactly two digits (six letters before it, a letter
 * after it) with the name before it. A tail that follows six letters cannot begin inside another
 * match (its name would overlap that match's digits), so trying only these runs finds exactly the
 * reported tails of a global scan.
 */
const admitTail: RunFilter = (text, s, e) => e - s === 2 && nameBefore(text, s);

export function detectItFiscalCodes(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, CF_TAIL_RE, AT_RUN, admitTail, (m) => {
    const code = text.slice(m.index - NAME_LEN, m.index + m[0].length);
    const upper = code.toUpperCase();
    if ((upper !== code && code.toLowerCase() !== code) || !fiscalCodeWellFormed(upper)) return;
    let score = FISCAL_CODE_SCORE;
    if (fiscalCodeControl(upper) !== upper[15]) {
      score = hasContextBefore(text, m.index - NAME_LEN, CF_CUE) ? FISCAL_CODE_CONTEXT_SCORE : FISCAL_CODE_WEAK_SCORE;
    }
    out.push({ entityType: 'IT_FISCAL_CODE', start: m.index - NAME_LEN, end: m.index + m[0].length, score });
  });
}
