import type { Span } from '../types';

/**
 * ES_NIF: a Spanish DNI/NIF — seven or eight digits (also written 12.345.678), an optional dash or
 * space, and the control letter TRWAGMYFPDXBNJZSQVHLCKE[number mod 23], either case. Validated
 * numbers get Presidio's 1.0; a wrong letter is not reported.
 */
export const NIF_SCORE = 1.0;

const NIF_RE = /(?<![\w.-])(\d{7,8}|\d{1,2}\.\d{3}\.\d{3})[ -]?([A-Za-z])(?![A-Za-z0-9]|-\w)/g;
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function nifLetter(digits: string): string {
  let r = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) r = (r * 10 + d) % 23;
  }
  return LETTERS[r] ?? '';
}

export function detectEsNif(text: string, out: Span[]): void {
  NIF_RE.lastIndex = 0;
  for (let m = NIF_RE.exec(text); m !== null; m = NIF_RE.exec(text)) {
    if (nifLetter(m[1] ?? '') !== (m[2] ?? '').toUpperCase()) continue;
    out.push({ entityType: 'ES_NIF', start: m.index, end: m.index + m[0].length, score: NIF_SCORE });
  }
}
