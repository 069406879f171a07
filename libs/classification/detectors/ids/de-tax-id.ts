import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { afterIdCue, inLongerNumber, iso7064Mod1110 } from './checks';
import { AT_RUN, execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';

/**
 * DE_TAX_ID (steuerliche Identifikationsnummer): eleven digits, bare or printed "12 345 678 903";
 * first digit not 0; among the first ten digits one digit occurs twice or three times and none
 * more (or, as in Presidio's test vectors, all ten differ); the last is the ISO 7064 MOD 11,10 check digit. Roughly one random eleven-digit number
 * in 250 passes, so validated numbers get Presidio's 1.0 — except right after an order/ticket cue
 * without a tax cue.
 */
export const DE_TAX_ID_SCORE = 1.0;

const TAX_ID_CUE = /(?<![a-z])(?:steuer|idnr|identifikationsnummer|tax ?id|tin(?![a-z])|finanzamt)/i;
const TAX_ID_RE = /(?<![\w.+/-])(\d{2})( ?)(\d{3})\2(\d{3})\2(\d{3})(?![\w]|[-./]\d)/y;
/** Digit runs where a TAX_ID_RE match may begin (see `execAtRuns`). */
const admitTaxId: RunFilter = (text, s, e) => (e - s === 2 && text.charCodeAt(e) === 32) || e - s === 11;

export function deTaxIdValid(d: string): boolean {
  if (d.length !== 11 || d.charCodeAt(0) === 48) return false;
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 10; i++) {
    const k = d.charCodeAt(i) - 48;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  let repeated = 0;
  for (const c of counts) {
    if (c > 3) return false;
    if (c >= 2) repeated++;
  }
  // BZSt: exactly one digit repeats (twice or three times). Presidio's published test vectors
  // (12345678903) use ten distinct digits; accepted too, at a cost of 0.04% of random numbers.
  return repeated <= 1 && iso7064Mod1110(d.slice(0, 10)) === d.charCodeAt(10) - 48;
}

export function detectDeTaxIds(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, TAX_ID_RE, AT_RUN, admitTaxId, (m) => {
    if (inLongerNumber(text, m.index, m.index + m[0].length, m[2] ?? '')) return;
    if (!deTaxIdValid(`${m[1] ?? ''}${m[3] ?? ''}${m[4] ?? ''}${m[5] ?? ''}`)) return;
    if (afterIdCue(text, m.index) && !hasContextBefore(text, m.index, TAX_ID_CUE)) return;
    out.push({ entityType: 'DE_TAX_ID', start: m.index, end: m.index + m[0].length, score: DE_TAX_ID_SCORE });
  });
}
