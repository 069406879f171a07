import type { Span } from '../types';
import { nifLetter } from './es-nif';
import { execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * ES_NIE (número de identidad de extranjero): X, Y or Z, seven digits, an optional dash and the
 * control letter, computed as for the DNI with X, Y, Z read as 0, 1, 2. Either case, not mixed.
 * Validated numbers get Presidio's 1.0; a wrong letter is not reported.
 */
export const NIE_SCORE = 1.0;

const NIE_RE = /(?<![\w.-])([XYZxyz])(\d{7})-?([A-Za-z])(?![A-Za-z0-9]|-\w)/y;
/** Digit runs where a NIE_RE match may begin (see `execAtRuns`). */
const admitNie: RunFilter = (text, s, e) => e - s === 7;

export function nieValid(prefix: string, digits: string, letter: string): boolean {
  const lower = prefix >= 'a';
  if (lower !== letter >= 'a') return false;
  const lead = 'XYZ'.indexOf(prefix.toUpperCase());
  return nifLetter(`${lead}${digits}`) === letter.toUpperCase();
}

export function detectEsNie(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, NIE_RE, [-1], admitNie, (m) => {
    if (!nieValid(m[1] ?? '', m[2] ?? '', m[3] ?? '')) return;
    out.push({ entityType: 'ES_NIE', start: m.index, end: m.index + m[0].length, score: NIE_SCORE });
  });
}
