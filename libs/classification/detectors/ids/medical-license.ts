import type { Span } from '../types';
import { hasContextBefore } from '../context';
import { afterIdCue, digitAt } from './checks';
import { execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * MEDICAL_LICENSE: a US DEA registration number — a registrant-type letter (A-H, J-M, P-U, X), the
 * registrant's surname initial (or 9 for a business), and seven digits whose last is the DEA check
 * digit: (d1 + d3 + d5) + 2 * (d2 + d4 + d6), mod 10. Upper case, as issued. Validated numbers get
 * Presidio's 1.0, except right after an order/SKU cue without a DEA cue (one in ten product codes of
 * this shape passes the check). A medical identifier, so PHI by itself (SPEC §4).
 */
export const DEA_SCORE = 1.0;

const DEA_CUE = /(?<![a-z])(?:dea|medical|certificate|licen[cs]e|registration|prescriber)/i;
const DEA_RE = /(?<![\w-])[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}(?![\w]|-\d)/y;
/** Digit runs where a DEA_RE match may begin (see `execAtRuns`). */
const admitDea: RunFilter = (text, s, e) => e - s === 7 || e - s === 8;

/** `id` is the nine-character DEA number. */
export function deaValid(id: string): boolean {
  const odd = digitAt(id, 2) + digitAt(id, 4) + digitAt(id, 6);
  const even = digitAt(id, 3) + digitAt(id, 5) + digitAt(id, 7);
  return (odd + 2 * even) % 10 === digitAt(id, 8);
}

export function detectMedicalLicenses(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, DEA_RE, [-2, -1], admitDea, (m) => {
    if (!deaValid(m[0])) return;
    if (afterIdCue(text, m.index) && !hasContextBefore(text, m.index, DEA_CUE)) return;
    out.push({ entityType: 'MEDICAL_LICENSE', start: m.index, end: m.index + 9, score: DEA_SCORE });
  });
}
