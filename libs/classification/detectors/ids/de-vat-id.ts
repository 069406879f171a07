import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { iso7064Mod1110 } from './checks';
import { charIn, execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';

/**
 * DE_VAT_ID (USt-IdNr.): "DE" and nine digits, compact or with a space, dash or dot after the prefix
 * and between groups of three ("DE 136 695 976", "DE-136-695-976"), prefix in either case. The last
 * digit is conventionally an ISO 7064 MOD 11,10 check digit, but the BZSt does not publish it, so
 * — as in Presidio's default mode — a passing check gives 1.0 and a failing one keeps the pattern
 * score 0.5 (raised by a VAT cue) instead of being dropped.
 */
export const DE_VAT_SCORE = 1.0;
export const DE_VAT_UNCHECKED_SCORE = 0.5;
export const DE_VAT_CONTEXT_SCORE = 0.85;

const VAT_RE = /(?<![A-Za-z0-9])(?:DE|de|De)[ .-]?(\d{3})[ .-]?(\d{3})[ .-]?(\d{3})(?![A-Za-z0-9]|[.-]\d)/y;
/** Digit runs where a VAT_RE match may begin (see `execAtRuns`). */
const admitVat: RunFilter = (text, s, e) =>
  (e - s === 3 || e - s === 6 || e - s === 9) &&
  (charIn(text, s - 1, 'Ee')
    ? charIn(text, s - 2, 'Dd')
    : charIn(text, s - 1, ' .-') && charIn(text, s - 2, 'Ee') && charIn(text, s - 3, 'Dd'));
const VAT_CUE = /(?<![a-z])(?:ust|umsatzsteuer|vat|mwst|mehrwertsteuer|tax|steuer|invoice|rechnung|bzst|finanzamt)/i;

export function detectDeVatIds(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, VAT_RE, [-3, -2], admitVat, (m) => {
    const digits = `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}`;
    let score = DE_VAT_SCORE;
    if (iso7064Mod1110(digits.slice(0, 8)) !== digits.charCodeAt(8) - 48) {
      score = hasContextBefore(text, m.index, VAT_CUE) ? DE_VAT_CONTEXT_SCORE : DE_VAT_UNCHECKED_SCORE;
    }
    out.push({ entityType: 'DE_VAT_ID', start: m.index, end: m.index + m[0].length, score });
  });
}
