import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { afterIdCue, digitsOf, readsAsQuantity, trivialDigits, twoDigits, validDate, weightedSum } from './checks';
import { AT_RUN, execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * NO_FODSELSNUMMER, the Norwegian national identity number (fødselsnummer): a birth date DDMMYY
 * (the day + 40 for a D-number), a three-digit individual number that also fixes the century, and
 * two modulus-11 check digits. Written whole or as "DDMMYY NNNNN". A random eleven-digit number
 * passes both checks and the date about once in three thousand, so it is reported without a cue at
 * NO_SCORE (not after an order/ticket cue or as a quantity), and at NO_CONTEXT_SCORE after
 * "fødselsnummer", "fnr", "personnummer" or "D-nummer". A national identifier: PII.
 */
export const NO_SCORE = 0.7;
export const NO_CONTEXT_SCORE = 1.0;

const NO_RE = /(?<![\w.+-])\d{6} ?\d{5}(?![\w]|[-.+]\d)/y;
/** Digit runs where a NO_RE match may begin (see `execAtRuns`). */
const admitNo: RunFilter = (text, s, e) => e - s === 11 || e - s === 6;
const NO_CUE = /(?<![a-zæøå])(?:f[øo]dselsn|f[øo]dsels-? ?n|fnr|personnum|personnr|d-num)/i;
const CONTEXT_WINDOW = 40;
const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** The birth year from YY and the individual number, or 0 when no century issues that pair. */
function birthYear(yy: number, individual: number): number {
  if (individual < 500) return 1900 + yy;
  if (yy <= 39) return 2000 + yy;
  if (individual >= 900) return 1900 + yy;
  return individual < 750 && yy >= 54 ? 1800 + yy : 0;
}

function checkDigit(d: string, weights: readonly number[]): number {
  const r = 11 - (weightedSum(d, weights) % 11);
  return r === 11 ? 0 : r; // 10: no valid number
}

/** Eleven digits: a real (D-number) date in its century and both check digits. */
export function fodselsnummerValid(d: string): boolean {
  if (d.length !== 11 || trivialDigits(d)) return false;
  let day = twoDigits(d, 0);
  if (day > 40) day -= 40;
  const year = birthYear(twoDigits(d, 4), Number(d.slice(6, 9)));
  if (year === 0 || !validDate(year, twoDigits(d, 2), day)) return false;
  return checkDigit(d, K1) === d.charCodeAt(9) - 48 && checkDigit(d, K2) === d.charCodeAt(10) - 48;
}

export function detectNoFodselsnummer(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, NO_RE, AT_RUN, admitNo, (m) => {
    if (!fodselsnummerValid(digitsOf(m[0]))) return;
    const end = m.index + m[0].length;
    const cued = hasContextBefore(text, m.index, NO_CUE, CONTEXT_WINDOW);
    if (!cued && (afterIdCue(text, m.index) || readsAsQuantity(text, m.index, end))) return;
    out.push({ entityType: 'NO_FODSELSNUMMER', start: m.index, end, score: cued ? NO_CONTEXT_SCORE : NO_SCORE });
  });
}
