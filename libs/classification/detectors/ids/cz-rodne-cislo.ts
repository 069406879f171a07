import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { afterIdCue, readsAsQuantity, trivialDigits, twoDigits, validDate } from './checks';
import { AT_RUN, execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * CZ_RODNE_CISLO, the Czech and Slovak birth number (rodné číslo): a birth date YYMMDD, the month
 * + 50 for women (and + 20 or + 70 for numbers issued since 2004 when a day ran out), a slash and
 * three or four digits. Ten-digit numbers (births from 1954) are divisible by 11 (before 1985 a
 * remainder of 10 was allowed with a final 0); nine-digit numbers (births before 1954) carry no
 * check at all, so they are reported only after a cue. The ten-digit form with its slash is reported
 * without a cue at RC_SCORE (not after an order/ticket cue or as a quantity); a bare ten-digit run
 * (a phone number, a Unix timestamp) only after a cue — "rodné číslo", "RČ", "rodne cislo" — which
 * raises a checked number to RC_CONTEXT_SCORE and a nine-digit one to RC_UNCHECKED_SCORE.
 * A national identifier: PII.
 */
export const RC_SCORE = 0.7;
export const RC_CONTEXT_SCORE = 1.0;
export const RC_UNCHECKED_SCORE = 0.85;

const RC_RE = /(?<![\w.+/-])(\d{6})(\/?)(\d{3,4})(?![\w]|[-.+/]\d)/y;
/** Digit runs where a RC_RE match may begin (see `execAtRuns`). */
const admitRc: RunFilter = (text, s, e) => e - s === 6 || e - s === 9 || e - s === 10;
const RC_CUE = /(?<![a-zà-ž])(?:rodn[éey][\s_-]*[čc][íi]sl|r\.\s?[čc]\.|rč(?![a-zà-ž])|birth\s+number)/i;
const CONTEXT_WINDOW = 40;

/** Month as written: 1-12, + 50 for women, + 20 / + 70 (from 2004). Returns the calendar month or 0. */
function calendarMonth(mm: number, year: number): number {
  if (mm >= 1 && mm <= 12) return mm;
  if (mm >= 51 && mm <= 62) return mm - 50;
  if (year >= 2004 && mm >= 21 && mm <= 32) return mm - 20;
  if (year >= 2004 && mm >= 71 && mm <= 82) return mm - 70;
  return 0;
}

/** A birth number's digits (slash dropped): nine digits before 1954, ten digits with the mod-11 check after. */
export function rodneCisloValid(d: string): boolean {
  if ((d.length !== 9 && d.length !== 10) || trivialDigits(d)) return false;
  const yy = twoDigits(d, 0);
  const year = d.length === 9 ? (yy < 54 ? 1900 + yy : 0) : (yy >= 54 ? 1900 : 2000) + yy;
  if (year === 0 || !validDate(year, calendarMonth(twoDigits(d, 2), year), twoDigits(d, 4))) return false;
  if (d.length === 9) return true;
  let r = 0;
  for (let i = 0; i < 9; i++) r = (r * 10 + d.charCodeAt(i) - 48) % 11;
  const check = d.charCodeAt(9) - 48;
  return (r * 10 + check) % 11 === 0 || (r === 10 && check === 0 && year < 1986);
}

export function detectCzRodneCislo(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, RC_RE, AT_RUN, admitRc, (m) => {
    const serial = m[3] ?? '';
    if (!rodneCisloValid((m[1] ?? '') + serial)) return;
    const end = m.index + m[0].length;
    const cued = hasContextBefore(text, m.index, RC_CUE, CONTEXT_WINDOW);
    const checked = serial.length === 4;
    if (!cued && (!checked || m[2] === '' || afterIdCue(text, m.index) || readsAsQuantity(text, m.index, end))) return;
    const score = !checked ? RC_UNCHECKED_SCORE : cued ? RC_CONTEXT_SCORE : RC_SCORE;
    out.push({ entityType: 'CZ_RODNE_CISLO', start: m.index, end, score });
  });
}
