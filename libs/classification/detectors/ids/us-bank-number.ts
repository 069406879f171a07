import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { allSame } from './checks';
import { AT_RUN, execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * US_BANK_NUMBER: 8-17 digits, reported only after a bank-account cue ("account", "acct", "a/c",
 * "checking", "savings", "bank"). Any digit run has that shape, so without a cue nothing is
 * reported (Presidio scores the bare pattern 0.05; a cue raises it to 0.4).
 */
export const BANK_NUMBER_SCORE = 0.4;

const BANK_RE = /(?<![\w.+-])\d{8,17}(?![\w]|[-.]\d)/y;
/** Digit runs where a BANK_RE match may begin (see `execAtRuns`). */
const admitBank: RunFilter = (text, s, e) => e - s >= 8 && e - s <= 17;
const BANK_CUE = /(?<![a-z])(?:account|acct|a\/c(?![a-z])|checking|savings|bank|deposit|konto)/i;
const CONTEXT_WINDOW = 40;

export function detectUsBankNumbers(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, BANK_RE, AT_RUN, admitBank, (m) => {
    if (allSame(m[0]) || !hasContextBefore(text, m.index, BANK_CUE, CONTEXT_WINDOW)) return;
    out.push({ entityType: 'US_BANK_NUMBER', start: m.index, end: m.index + m[0].length, score: BANK_NUMBER_SCORE });
  });
}
