import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { afterIdCue, digitsOf, readsAsQuantity, trivialDigits, twoDigits, validDate } from './checks';
import { AT_RUN, execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * BE_NATIONAL_NUMBER, the Belgian national register number (rijksregisternummer, numéro national;
 * INSZ/NISS in social security): a birth date YYMMDD (the month + 20 or + 40 for a BIS number), a
 * three-digit serial and a two-digit check, 97 minus the first nine digits modulo 97 — with a 2
 * prefixed to them for births from 2000, which also fixes the century. Written YY.MM.DD-SSS.CC or
 * whole. Date and check leave about one random eleven-digit number in two thousand, so it is reported
 * without a cue at BE_SCORE (not after an order/ticket cue or as a quantity) and after
 * "rijksregisternummer", "numéro national", "NN", "INSZ" or "NISS" at BE_CONTEXT_SCORE.
 * A national identifier: PII.
 */
export const BE_SCORE = 0.7;
export const BE_CONTEXT_SCORE = 1.0;

const BE_RE = /(?<![\w.+-])\d{2}(\.?)\d{2}\1\d{2}[-. ]?\d{3}[-. ]?\d{2}(?![\w]|[-.+]\d)/y;
/** Digit runs where a BE_RE match may begin (see `execAtRuns`). */
const admitBe: RunFilter = (text, s, e) => e - s === 11 || e - s === 6 || e - s === 9 || (e - s === 2 && text.charCodeAt(e) === 46);
const BE_CUE =
  /(?<![a-z])(?:rijksregister|registre\s+national|num[ée]ro\s+(?:de\s+registre\s+)?national|n°\s?national|insz|niss|nn(?![a-z])|national\s+(?:register\s+)?number)/i;
const CONTEXT_WINDOW = 40;

/** Month as written: 1-12, or + 20 / + 40 for a BIS number. Returns the calendar month or 0. */
function calendarMonth(mm: number): number {
  if (mm >= 21 && mm <= 32) return mm - 20;
  if (mm >= 41 && mm <= 52) return mm - 40;
  return mm >= 1 && mm <= 12 ? mm : 0;
}

/** Eleven digits: the check in the century it selects (1900s plain, 2000s with the 2 prefix) and a real date there. */
export function beNationalNumberValid(d: string): boolean {
  if (d.length !== 11 || trivialDigits(d)) return false;
  const body = Number(d.slice(0, 9));
  const check = twoDigits(d, 9);
  const yy = twoDigits(d, 0);
  const month = calendarMonth(twoDigits(d, 2));
  const day = twoDigits(d, 4);
  if (97 - (body % 97) === check && validDate(1900 + yy, month, day)) return true;
  return 97 - ((2e9 + body) % 97) === check && validDate(2000 + yy, month, day);
}

export function detectBeNationalNumber(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, BE_RE, AT_RUN, admitBe, (m) => {
    if (!beNationalNumberValid(digitsOf(m[0]))) return;
    const end = m.index + m[0].length;
    const cued = hasContextBefore(text, m.index, BE_CUE, CONTEXT_WINDOW);
    if (!cued && (afterIdCue(text, m.index) || readsAsQuantity(text, m.index, end))) return;
    out.push({ entityType: 'BE_NATIONAL_NUMBER', start: m.index, end, score: cued ? BE_CONTEXT_SCORE : BE_SCORE });
  });
}
