import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { afterIdCue, inLongerNumber, readsAsQuantity, trivialDigits, weightedSum } from './checks';
import { AT_RUN, charIn, execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';

/**
 * UK_NHS: ten digits, bare or grouped 3-3-4 by spaces or dashes (one kind), valid under mod 11
 * (weights 10..2, check digit 11 - sum mod 11, where 10 is never issued).
 *
 * One ten-digit number in eleven passes the check, and NHS numbers are a medical identifier (PHI
 * by itself), so evidence is weighed: an NHS cue gives 1.0; without one the number is kept at
 * Presidio's pattern score 0.5 unless it reads as something else — after a phone or an
 * order/ticket cue, as a value in code or a quantity, a placeholder run (0123456789), or bare and
 * shaped like a NANP phone number (area and exchange starting 2-9) or a Unix timestamp (1xxxxxxxxx).
 */
export const NHS_SCORE = 0.5;
export const NHS_CONTEXT_SCORE = 1.0;

const NHS_RE = /(?<![\w.+-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\w]|[-.]\d)/y;
/** Digit runs where a NHS_RE match may begin (see `execAtRuns`). */
const admitNhs: RunFilter = (text, s, e) => e - s === 10 || (e - s === 3 && charIn(text, e, ' -'));
const NHS_CUE = /(?<![a-z])(?:nhs|national health|health service|health authority|chi(?![a-z]))/i;
const PHONE_CUE = /(?<![a-z])(?:phone|tel|telephone|mobile|cell|call|fax|whatsapp|sms|contact)(?![a-z])/i;
const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

export function nhsValid(digits: string): boolean {
  if (digits.length !== 10 || trivialDigits(digits)) return false;
  const check = 11 - (weightedSum(digits, WEIGHTS) % 11);
  return (check === 11 ? 0 : check) === digits.charCodeAt(9) - 48;
}

/** NANP: area and exchange codes start with 2-9. */
function nanpShaped(digits: string): boolean {
  return digits.charCodeAt(0) >= 50 && digits.charCodeAt(3) >= 50;
}

/** Seconds since 1970 between 2001 and 2033 start with 1 and have ten digits. */
function timestampShaped(digits: string): boolean {
  return digits.charCodeAt(0) === 49;
}

export function detectUkNhs(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, NHS_RE, AT_RUN, admitNhs, (m) => {
    const digits = `${m[1] ?? ''}${m[3] ?? ''}${m[4] ?? ''}`;
    if (!nhsValid(digits) || inLongerNumber(text, m.index, m.index + m[0].length, m[2] ?? '')) return;
    let score = NHS_CONTEXT_SCORE;
    if (!hasContextBefore(text, m.index, NHS_CUE)) {
      if (afterIdCue(text, m.index) || hasContextBefore(text, m.index, PHONE_CUE, 32)) return;
      if (readsAsQuantity(text, m.index, m.index + m[0].length)) return;
      if (m[2] === '' && (nanpShaped(digits) || timestampShaped(digits))) return;
      score = NHS_SCORE;
    }
    out.push({ entityType: 'UK_NHS', start: m.index, end: m.index + m[0].length, score });
  });
}
