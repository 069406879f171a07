import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { afterIdCue, readsAsQuantity, trivialDigits } from './checks';
import { AT_RUN, execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * TR_TCKN, the Turkish identity number (T.C. Kimlik No): eleven digits, the first not 0, with two
 * check digits: d10 = ((d1+d3+d5+d7+d9)*7 - (d2+d4+d6+d8)) mod 10 and d11 = (d1+…+d10) mod 10.
 * One random eleven-digit number in a hundred passes and there is no date, so without a cue it is
 * reported at TCKN_SCORE and not after an order/ticket cue or as a quantity; after "TC", "T.C.",
 * "TCKN" or "kimlik" at TCKN_CONTEXT_SCORE. A national identifier: PII.
 */
export const TCKN_SCORE = 0.6;
export const TCKN_CONTEXT_SCORE = 1.0;

const TCKN_RE = /(?<![\w.+-])[1-9]\d{10}(?![\w]|[-.+]\d)/y;
/** Digit runs where a TCKN_RE match may begin (see `execAtRuns`). */
const admitTckn: RunFilter = (text, s, e) => e - s === 11;
// "TC" and "T.C." in capitals only (a lowercase "tc" is too often something else); kimlik in any case.
const TCKN_CUE = /(?<![A-Za-z])(?:T\.?C\.?(?![a-z])|TCKN|tckn|[Kk]imlik|K[İI]ML[İI]K)/;
const CONTEXT_WINDOW = 40;

export function tcknValid(d: string): boolean {
  if (d.length !== 11 || d.charCodeAt(0) === 48 || trivialDigits(d)) return false;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < 9; i++) {
    if (i % 2 === 0) odd += d.charCodeAt(i) - 48;
    else even += d.charCodeAt(i) - 48;
  }
  const d10 = d.charCodeAt(9) - 48;
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d10) return false;
  return (odd + even + d10) % 10 === d.charCodeAt(10) - 48;
}

export function detectTrTckn(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, TCKN_RE, AT_RUN, admitTckn, (m) => {
    if (!tcknValid(m[0])) return;
    const cued = hasContextBefore(text, m.index, TCKN_CUE, CONTEXT_WINDOW);
    if (!cued && (afterIdCue(text, m.index) || readsAsQuantity(text, m.index, m.index + 11))) return;
    out.push({ entityType: 'TR_TCKN', start: m.index, end: m.index + 11, score: cued ? TCKN_CONTEXT_SCORE : TCKN_SCORE });
  });
}
