import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { afterIdCue, luhnValid, readsAsQuantity, trivialDigits, twoDigits, validDate } from './checks';
import { AT_RUN, execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * SE_PERSONNUMMER, the Swedish personal identity number: a birth date YYMMDD (or YYYYMMDD), a
 * separator ('-', or '+' once the holder is 100), a three-digit birth number and a Luhn check digit
 * over the ten-digit form YYMMDDNNN. A samordningsnummer (coordination number) adds 60 to the day.
 * Luhn leaves one random number in ten and the date about one in thirty, so only the classic
 * separated form YYMMDD-NNNC is reported without a cue (SE_SCORE, and not after an order/ticket cue
 * or as a quantity); the bare ten- and twelve-digit forms and YYYYMMDD-NNNC (a phone number, a
 * timestamp such as 202401151234 or a build id 20240115-1234) only after a cue: personnummer,
 * personnr, pnr, samordningsnummer. A national identifier: PII.
 */
export const SE_SCORE = 0.7;
export const SE_CONTEXT_SCORE = 1.0;

const SE_RE = /(?<![\w.+-])(\d{6}|\d{8})([-+]?)(\d{4})(?![\w]|[-.+]\d)/y;
/** Digit runs where a SE_RE match may begin (see `execAtRuns`). */
const admitSe: RunFilter = (text, s, e) => e - s === 6 || e - s === 8 || e - s === 10 || e - s === 12;
const SE_CUE = /(?<![a-zåäö])(?:personnum|personnr|pnr|p-nr|samordningsn)/i;
const CONTEXT_WINDOW = 40;

/** Is YYMMDD a real date in some century the separator allows ('+': 1800s or 1900s), the day + 60 for a samordningsnummer? */
function seDateValid(date: string, plus: boolean, century: number): boolean {
  const yy = twoDigits(date, 0);
  const mm = twoDigits(date, 2);
  let dd = twoDigits(date, 4);
  if (dd > 60) dd -= 60;
  if (century > 0) return validDate(century + yy, mm, dd);
  const first = plus ? 1800 : 1900;
  return validDate(first + yy, mm, dd) || validDate(first + 100 + yy, mm, dd);
}

/**
 * The ten-digit form YYMMDDNNNC (twelve-digit forms drop the century first): a real date and Luhn.
 * `century` is 0 when the number gives none.
 */
export function personnummerValid(tenDigits: string, plus = false, century = 0): boolean {
  if (tenDigits.length !== 10 || trivialDigits(tenDigits)) return false;
  return seDateValid(tenDigits, plus, century) && luhnValid(tenDigits);
}

export function detectSePersonnummer(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, SE_RE, AT_RUN, admitSe, (m) => {
    const date = m[1] ?? '';
    const sep = m[2] ?? '';
    let century = 0;
    let ten = date + (m[3] ?? '');
    if (date.length === 8) {
      century = twoDigits(date, 0) * 100;
      if (century < 1800 || century > 2000 || sep === '+') return;
      ten = ten.slice(2);
    }
    if (!personnummerValid(ten, sep === '+', century)) return;
    const end = m.index + m[0].length;
    const cued = hasContextBefore(text, m.index, SE_CUE, CONTEXT_WINDOW);
    if (!cued && (date.length === 8 || sep === '' || afterIdCue(text, m.index) || readsAsQuantity(text, m.index, end))) return;
    out.push({ entityType: 'SE_PERSONNUMMER', start: m.index, end, score: cued ? SE_CONTEXT_SCORE : SE_SCORE });
  });
}
