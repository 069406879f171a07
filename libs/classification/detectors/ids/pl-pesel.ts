import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { afterIdCue, readsAsQuantity, trivialDigits, twoDigits, validDate, weightedSum } from './checks';
import { AT_RUN, execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * PL_PESEL: eleven digits — a real birth date YYMMDD, the century folded into the month (+80 for
 * the 1800s, +0 for the 1900s, +20 for the 2000s; +40 and +60, for births after 2099, are not
 * issued yet), a serial and the check digit
 * (10 - sum of digits weighted 1,3,7,9 mod 10) mod 10. About one random eleven-digit number in
 * fifty passes both, so without a PESEL cue the score stays below Presidio's validated 1.0, and a
 * number right after an order/ticket cue, or reading as a value in code or a quantity, is not reported.
 */
export const PESEL_SCORE = 0.7;
export const PESEL_CONTEXT_SCORE = 1.0;

const PESEL_RE = /(?<![\w.+-])\d{11}(?![\w]|[-.]\d)/y;
/** Digit runs where a PESEL_RE match may begin (see `execAtRuns`). */
const admitPesel: RunFilter = (text, s, e) => e - s === 11;
const PESEL_CUE = /(?<![a-z])pesel/i;
const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
// Month blocks 0-4 encode 1900, 2000, 2100, 2200, 1800; births after 2099 are not issued yet.
const CENTURY_BY_MONTH_BLOCK = [1900, 2000, 0, 0, 1800];

export function peselValid(d: string): boolean {
  if (d.length !== 11 || trivialDigits(d)) return false;
  const coded = twoDigits(d, 2);
  const block = Math.floor(coded / 20);
  const century = CENTURY_BY_MONTH_BLOCK[block] ?? 0;
  if (century === 0) return false;
  if (!validDate(century + twoDigits(d, 0), coded - block * 20, twoDigits(d, 4))) return false;
  return (10 - (weightedSum(d, WEIGHTS) % 10)) % 10 === d.charCodeAt(10) - 48;
}

export function detectPlPesel(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, PESEL_RE, AT_RUN, admitPesel, (m) => {
    if (!peselValid(m[0])) return;
    const cued = hasContextBefore(text, m.index, PESEL_CUE);
    if (!cued && (afterIdCue(text, m.index) || readsAsQuantity(text, m.index, m.index + 11))) return;
    const score = cued ? PESEL_CONTEXT_SCORE : PESEL_SCORE;
    out.push({ entityType: 'PL_PESEL', start: m.index, end: m.index + 11, score });
  });
}
