import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { afterIdCue, readsAsQuantity, trivialDigits, twoDigits, weightedSum } from './checks';
import { AT_RUN, execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';

/**
 * ABA_ROUTING_NUMBER: nine digits, bare or in the printed dddd-dddd-d form, with a Federal Reserve
 * routing symbol as the first two digits (00-12, 21-32, 61-72, 80) and the 3-7-1 weighted checksum.
 * One number in ten passes the checksum, so a bare number without a routing cue is weak and is not
 * reported right after an identifier cue ("Order #", "ticket", "ref") or as a value in code or a
 * quantity ("x = 121000358", "121000358 bytes"); a cue raises it to 1.0
 * (Presidio's validated score). A routing number names a bank, not a person: role `none`.
 */
export const ABA_SCORE = 0.3;
export const ABA_FORMATTED_SCORE = 0.5;
export const ABA_CONTEXT_SCORE = 1.0;

const ABA_RE = /(?<![\w.+-])(\d{4})(-?)(\d{4})\2(\d)(?![\w]|[-.]\d)/y;
/** Digit runs where a ABA_RE match may begin (see `execAtRuns`). */
const admitAba: RunFilter = (text, s, e) => e - s === 9 || (e - s === 4 && text.charCodeAt(e) === 45);
const ABA_CUE = /(?<![a-z])(?:aba(?![a-z])|rtn(?![a-z])|routing|transit|bankleitzahl|sort code)/i;
const WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1];

/** Federal Reserve routing symbols: 00-12 banks, 21-32 thrifts, 61-72 electronic, 80 travellers' cheques. */
function routingSymbolValid(digits: string): boolean {
  const p = twoDigits(digits, 0);
  return p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
}

export function abaValid(digits: string): boolean {
  return digits.length === 9 && !trivialDigits(digits) && routingSymbolValid(digits) && weightedSum(digits, WEIGHTS) % 10 === 0;
}

export function detectAbaRoutingNumbers(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, ABA_RE, AT_RUN, admitAba, (m) => {
    if (!abaValid(`${m[1] ?? ''}${m[3] ?? ''}${m[4] ?? ''}`)) return;
    let score = m[2] === '-' ? ABA_FORMATTED_SCORE : ABA_SCORE;
    if (hasContextBefore(text, m.index, ABA_CUE)) score = ABA_CONTEXT_SCORE;
    else if (afterIdCue(text, m.index) || readsAsQuantity(text, m.index, m.index + m[0].length)) return;
    out.push({ entityType: 'ABA_ROUTING_NUMBER', start: m.index, end: m.index + m[0].length, score });
  });
}
