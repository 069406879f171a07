import type { Span } from '../types';
import { AT_RUN, execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';

/**
 * ES_NIF: a Spanish DNI/NIF — seven or eight digits (also written 12.345.678), an optional dash or
 * space, and the control letter TRWAGMYFPDXBNJZSQVHLCKE[number mod 23], either case. Validated
 * numbers get Presidio's 1.0; a wrong letter is not reported.
 */
export const NIF_SCORE = 1.0;

const NIF_RE = /(?<![\w.-])(\d{7,8}|\d{1,2}\.\d{3}\.\d{3})[ -]?([A-Za-z])(?![A-Za-z0-9]|-\w)/y;
/** Digit runs where a NIF_RE match may begin (see `execAtRuns`). */
const admitNif: RunFilter = (text, s, e) => (e - s <= 2 && text.charCodeAt(e) === 46) || e - s === 7 || e - s === 8;
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function nifLetter(digits: string): string {
  let r = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) r = (r * 10 + d) % 23;
  }
  return LETTERS[r] ?? '';
}

export function detectEsNif(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, NIF_RE, AT_RUN, admitNif, (m) => {
    if (nifLetter(m[1] ?? '') !== (m[2] ?? '').toUpperCase()) return;
    out.push({ entityType: 'ES_NIF', start: m.index, end: m.index + m[0].length, score: NIF_SCORE });
  });
}
