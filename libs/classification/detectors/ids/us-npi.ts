import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { afterIdCue, allSame, inLongerNumber, luhnValid, readsAsQuantity, trivialDigits } from './checks';
import { AT_RUN, charIn, execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';

/**
 * US_NPI (National Provider Identifier): ten digits starting with 1 or 2, bare or grouped 4-3-3,
 * whose last digit is the Luhn check digit over "80840" + the first nine (ISO 7812 card-issuer
 * prefix of US health). A medical identifier, so PHI by itself (SPEC §4).
 *
 * One ten-digit number in ten passes the check, so evidence is weighed: an NPI cue gives 1.0;
 * without one the number is kept at 0.5 unless it reads as something else — after a phone or an
 * order/ticket cue, a value in code or a quantity, a
 * Unix timestamp (1500000000-1999999999, the years 2017-2033), or a NANP phone number (2xx area
 * code with an exchange starting 2-9).
 */
export const NPI_SCORE = 0.5;
export const NPI_CONTEXT_SCORE = 1.0;

const NPI_RE = /(?<![\w.+-])([12]\d{3})([ -]?)(\d{3})\2(\d{3})(?![\w]|[-.]\d)/y;
/** Digit runs where a NPI_RE match may begin (see `execAtRuns`). */
const admitNpi: RunFilter = (text, s, e) => charIn(text, s, '12') && (e - s === 10 || (e - s === 4 && charIn(text, e, ' -')));
const NPI_CUE = /(?<![a-z])(?:npi|national provider|provider(?: id| identifier| number| no)|prescriber|physician id)/i;
const PHONE_CUE = /(?<![a-z])(?:phone|tel|telephone|mobile|cell|call|fax|whatsapp|sms|contact)(?![a-z])/i;

export function npiValid(digits: string): boolean {
  return digits.length === 10 && !trivialDigits(digits) && !allSame(digits.slice(0, 9)) && luhnValid(`80840${digits}`);
}

function readsAsSomethingElse(digits: string): boolean {
  if (digits.charCodeAt(0) === 49) return digits.charCodeAt(1) >= 53; // 15xxxxxxxx-19xxxxxxxx: seconds since 1970
  return digits.charCodeAt(3) >= 50; // 2xx area code, exchange 2-9: a NANP phone number
}

/** Farthest an NPI cue may sit before the number in the same sentence ("the prescriber NPI for the … prior auth; I have 1485739217"). */
const SENTENCE_CUE_WINDOW = 120;

/** An NPI cue earlier in the number's sentence (no full stop, question mark or line break between), within SENTENCE_CUE_WINDOW. */
function cueEarlierInSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - SENTENCE_CUE_WINDOW), start);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s(?!.*[.!?]\s)/s));
  return NPI_CUE.test(cut < 0 ? before : before.slice(cut + 1));
}

export function detectUsNpi(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, NPI_RE, AT_RUN, admitNpi, (m) => {
    const digits = `${m[1] ?? ''}${m[3] ?? ''}${m[4] ?? ''}`;
    if (!npiValid(digits) || inLongerNumber(text, m.index, m.index + m[0].length, m[2] ?? '')) return;
    let score = NPI_CONTEXT_SCORE;
    if (!hasContextBefore(text, m.index, NPI_CUE) && !cueEarlierInSentence(text, m.index)) {
      if (readsAsSomethingElse(digits) || afterIdCue(text, m.index) || hasContextBefore(text, m.index, PHONE_CUE, 32)) return;
      if (readsAsQuantity(text, m.index, m.index + m[0].length)) return;
      score = NPI_SCORE;
    }
    out.push({ entityType: 'US_NPI', start: m.index, end: m.index + m[0].length, score });
  });
}
