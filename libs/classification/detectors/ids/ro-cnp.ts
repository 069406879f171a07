import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { afterIdCue, readsAsQuantity, twoDigits, validDate, weightedSum } from './checks';
import { AT_RUN, execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * RO_CNP, the Romanian personal numeric code (cod numeric personal): thirteen digits S YYMMDD JJ NNN C
 * — S (1-8) the sex and century (1/2: 1900s, 3/4: 1800s, 5/6: 2000s, 7/8: residents, either), a
 * real birth date, the county JJ (01-52), a serial and a check digit, the digits weighted
 * 2,7,9,1,4,6,3,5,8,2,7,9 modulo 11 (10 reads as 1). Date, county and check leave about one random
 * thirteen-digit number (an EAN barcode, a trace id) in ten thousand, so it is reported without a
 * cue at CNP_SCORE (not after an order/ticket cue or as a quantity) and after "CNP" or "cod numeric
 * personal" at CNP_CONTEXT_SCORE. A national identifier: PII.
 */
export const CNP_SCORE = 0.7;
export const CNP_CONTEXT_SCORE = 1.0;

const CNP_RE = /(?<![\w.+-])[1-8]\d{12}(?![\w]|[-.+]\d)/y;
/** Digit runs where a CNP_RE match may begin (see `execAtRuns`). */
const admitCnp: RunFilter = (text, s, e) => e - s === 13;
const CNP_CUE = /(?<![a-z])(?:cnp|cod(?:ul)?\s+numeric\s+personal)(?![a-z])/i;
const CONTEXT_WINDOW = 40;
const WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
// Century by the sex digit S (index S); 0: residents, the century is not encoded.
const CENTURY = [-1, 1900, 1900, 1800, 1800, 2000, 2000, 0, 0];

export function cnpValid(d: string): boolean {
  if (d.length !== 13) return false;
  const century = CENTURY[d.charCodeAt(0) - 48] ?? -1;
  if (century < 0) return false;
  const yy = twoDigits(d, 1);
  const mm = twoDigits(d, 3);
  const dd = twoDigits(d, 5);
  const dated = century > 0 ? validDate(century + yy, mm, dd) : validDate(1900 + yy, mm, dd) || validDate(2000 + yy, mm, dd);
  const county = twoDigits(d, 7);
  if (!dated || county < 1 || county > 52) return false;
  const r = weightedSum(d, WEIGHTS) % 11;
  return (r === 10 ? 1 : r) === d.charCodeAt(12) - 48;
}

export function detectRoCnp(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, CNP_RE, AT_RUN, admitCnp, (m) => {
    if (!cnpValid(m[0])) return;
    const cued = hasContextBefore(text, m.index, CNP_CUE, CONTEXT_WINDOW);
    if (!cued && (afterIdCue(text, m.index) || readsAsQuantity(text, m.index, m.index + 13))) return;
    out.push({ entityType: 'RO_CNP', start: m.index, end: m.index + 13, score: cued ? CNP_CONTEXT_SCORE : CNP_SCORE });
  });
}
