import { hasContextBefore } from '../context';
import { hasDigitRun, scanText, type TextScan } from '../scan';
import type { Span } from '../types';
import { allSame, scanAfterCues } from './checks';

/**
 * US_PASSPORT: nine digits (book) or one letter and eight digits (next-generation book), reported
 * only after a passport cue. Both shapes are ordinary ids, so Presidio scores them 0.05 / 0.1 and
 * its context words raise them by 0.35; without a cue nothing is reported.
 */
export const PASSPORT_SCORE = 0.4;
export const PASSPORT_NEXT_GEN_SCORE = 0.45;

const PASSPORT_RE = /(?<![\w.-])(?:[A-Z]\d{8}|\d{9})(?![\w]|[-.]\w)/g;
const PASSPORT_CUE_SOURCE = '(?<![a-z])(?:passport|travel doc|pass\\s?(?:no|nr|#))';
const PASSPORT_CUE = new RegExp(PASSPORT_CUE_SOURCE, 'i');
const PASSPORT_CUES = new RegExp(PASSPORT_CUE_SOURCE, 'gi');
const CONTEXT_WINDOW = 48;

export function detectUsPassports(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  if (!hasDigitRun(scan, 8, 9)) return; // a match holds nine digits, or eight after its letter: spares the cue scan
  scanAfterCues(text, PASSPORT_CUES, CONTEXT_WINDOW, PASSPORT_RE, (m) => {
    if (allSame(m[0]) || !hasContextBefore(text, m.index, PASSPORT_CUE, CONTEXT_WINDOW)) return;
    const score = m[0].charCodeAt(0) >= 65 ? PASSPORT_NEXT_GEN_SCORE : PASSPORT_SCORE;
    out.push({ entityType: 'US_PASSPORT', start: m.index, end: m.index + m[0].length, score });
  });
}
