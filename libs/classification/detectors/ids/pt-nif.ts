import { hasContextBefore } from '../context';
import { hasDigitRun, scanText, type TextScan } from '../scan';
import type { Span } from '../types';
import { digitsOf, scanAfterCues, trivialDigits, weightedSum } from './checks';

/**
 * PT_NIF, the Portuguese tax number of a person (número de identificação fiscal, número de
 * contribuinte): nine digits, the first 1, 2 or 3 (or 45, non-resident persons), the last a
 * modulus-11 check digit (the first eight weighted 9 down to 2; 11 minus the remainder, 0 for a
 * remainder of 0 or 1). Companies and other bodies (NIPC: first digit 5, 6, 8, 9 or 7) pass the same
 * check but name no person, and are not reported. One random nine-digit number in eleven passes, so a
 * number is reported only shortly after its cue: "NIF", "contribuinte" (número de contribuinte).
 * A national identifier: PII.
 */
export const PT_NIF_SCORE = 0.85;

const NIF_RE = /(?<![\w.,-])(?:\d{9}|\d{3}([ .])\d{3}\1\d{3})(?![\w]|[-.,]\d)/g;
const NIF_CUE_SOURCE = '(?<![a-z])(?:nif|contribuinte)(?![a-z])';
const NIF_CUE = new RegExp(NIF_CUE_SOURCE, 'i');
const NIF_CUES = new RegExp(NIF_CUE_SOURCE, 'gi');
const CONTEXT_WINDOW = 32;
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2];

/** The check digit of any NIF or NIPC (nine digits). */
export function nifChecksumValid(d: string): boolean {
  if (d.length !== 9 || trivialDigits(d)) return false;
  const r = weightedSum(d, WEIGHTS) % 11;
  return (r < 2 ? 0 : 11 - r) === d.charCodeAt(8) - 48;
}

/** A person's NIF: first digit 1, 2 or 3, or the prefix 45; and the check digit. */
export function personalNifValid(d: string): boolean {
  const first = d.charCodeAt(0) - 48;
  return (first === 1 || first === 2 || first === 3 || d.startsWith('45')) && nifChecksumValid(d);
}

/** Every cue holds "nif" or "contribuinte" in some case: substring searches spare the cue scan. */
function mayHoldCue(text: string): boolean {
  return /nif|NIF|Nif|ontribuinte|ONTRIBUINTE/.test(text);
}

export function detectPtNif(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  if (!(hasDigitRun(scan, 9) || hasDigitRun(scan, 3)) || !mayHoldCue(text)) return;
  scanAfterCues(text, NIF_CUES, CONTEXT_WINDOW, NIF_RE, (m) => {
    if (!personalNifValid(digitsOf(m[0])) || !hasContextBefore(text, m.index, NIF_CUE, CONTEXT_WINDOW)) return;
    out.push({ entityType: 'PT_NIF', start: m.index, end: m.index + m[0].length, score: PT_NIF_SCORE });
  });
}
