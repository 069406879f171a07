import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { afterIdCue, allSame, digitsOf, readsAsQuantity } from './checks';
import { AT_RUN, execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * BR_CPF, the Brazilian individual taxpayer number (Cadastro de Pessoas Físicas): eleven digits,
 * written NNN.NNN.NNN-DD or whole, the last two modulus-11 check digits (the first nine weighted 10
 * down to 2, then the first ten weighted 11 down to 2; 10 times the sum mod 11, 10 reading as 0).
 * A number of one repeated digit passes and is invalid. One random eleven-digit number in a hundred
 * passes, so the bare form without a cue is reported at CPF_BARE_SCORE, the punctuated form at
 * CPF_SCORE (neither after an order/ticket cue or as a quantity), and either after "CPF" at
 * CPF_CONTEXT_SCORE. A national identifier: PII.
 */
export const CPF_SCORE = 0.7;
export const CPF_BARE_SCORE = 0.6;
export const CPF_CONTEXT_SCORE = 1.0;

const CPF_RE = /(?<![\w.+-])(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\w]|[-.+]\d)/y;
/** Digit runs where a CPF_RE match may begin (see `execAtRuns`). */
const admitCpf: RunFilter = (text, s, e) => e - s === 11 || (e - s === 3 && text.charCodeAt(e) === 46);
const CPF_CUE = /(?<![a-z])cpf(?![a-z])/i;
const CONTEXT_WINDOW = 40;

function checkDigit(d: string, count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += (d.charCodeAt(i) - 48) * (count + 1 - i);
  return ((sum * 10) % 11) % 10;
}

export function cpfValid(d: string): boolean {
  if (d.length !== 11 || allSame(d)) return false;
  return checkDigit(d, 9) === d.charCodeAt(9) - 48 && checkDigit(d, 10) === d.charCodeAt(10) - 48;
}

export function detectBrCpf(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, CPF_RE, AT_RUN, admitCpf, (m) => {
    const bare = m[0].length === 11;
    if (!cpfValid(bare ? m[0] : digitsOf(m[0]))) return;
    const end = m.index + m[0].length;
    const cued = hasContextBefore(text, m.index, CPF_CUE, CONTEXT_WINDOW);
    if (!cued && (afterIdCue(text, m.index) || readsAsQuantity(text, m.index, end))) return;
    out.push({ entityType: 'BR_CPF', start: m.index, end, score: cued ? CPF_CONTEXT_SCORE : bare ? CPF_BARE_SCORE : CPF_SCORE });
  });
}
