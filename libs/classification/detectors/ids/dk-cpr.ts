import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { afterIdCue, readsAsQuantity, trivialDigits, twoDigits, validDate } from './checks';
import { AT_RUN, execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * DK_CPR, the Danish CPR number (personnummer): a birth date DDMMYY, then four digits, the first of
 * which folds in the century (0-3: the 1900s; 4 and 9: 2000-2036, else the 1900s; 5-8: 2000-2057,
 * else the 1800s). The old modulus-11 check is no longer guaranteed (numbers issued since 2007 may
 * fail it), so the date is the only structure: one random ten-digit number in thirty passes. After a
 * cue ("CPR", "cpr-nr", "personnummer") it is reported at DK_CPR_CONTEXT_SCORE; the written form
 * DDMMYY-SSSS without a cue only at DK_CPR_SCORE, which identifies no one (categories.ts) but lets
 * redaction find it; a bare ten-digit run only after a cue. A national identifier: PII.
 */
export const DK_CPR_SCORE = 0.3;
export const DK_CPR_CONTEXT_SCORE = 0.85;

const CPR_RE = /(?<![\w.+-])(\d{6})(-?)(\d{4})(?![\w]|[-.+]\d)/y;
/** Digit runs where a CPR_RE match may begin (see `execAtRuns`). */
const admitCpr: RunFilter = (text, s, e) => e - s === 6 || e - s === 10;
const CPR_CUE = /(?<![a-zæøå])(?:cpr|personnum|personnr)/i;
const CONTEXT_WINDOW = 40;

/** The birth year of DDMMYY-SSSS, from YY and the serial's first digit. */
function birthYear(yy: number, s: number): number {
  if (s <= 3) return 1900 + yy;
  if (s === 4 || s === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

/** A real birth date in the century the serial gives (ten digits, separator dropped). */
export function cprValid(d: string): boolean {
  if (d.length !== 10 || trivialDigits(d)) return false;
  return validDate(birthYear(twoDigits(d, 4), d.charCodeAt(6) - 48), twoDigits(d, 2), twoDigits(d, 0));
}

export function detectDkCpr(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, CPR_RE, AT_RUN, admitCpr, (m) => {
    if (!cprValid((m[1] ?? '') + (m[3] ?? ''))) return;
    const end = m.index + m[0].length;
    const cued = hasContextBefore(text, m.index, CPR_CUE, CONTEXT_WINDOW);
    if (!cued && (m[2] === '' || afterIdCue(text, m.index) || readsAsQuantity(text, m.index, end))) return;
    out.push({ entityType: 'DK_CPR', start: m.index, end, score: cued ? DK_CPR_CONTEXT_SCORE : DK_CPR_SCORE });
  });
}
