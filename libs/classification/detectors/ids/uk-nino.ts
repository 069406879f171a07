import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { execAtRuns, letterAt, scanText, type RunFilter, type TextScan } from '../scan';

/**
 * UK_NINO: a National Insurance number — two prefix letters (first not D, F, I, Q, U, V; second not
 * D, F, I, O, Q, U, V; never BG, GB, KN, NK, NT, TN, ZZ), six digits (optionally spaced in pairs)
 * and a suffix A-D; all upper or all lower case. Presidio's pattern score 0.5, raised by a cue.
 */
export const NINO_SCORE = 0.5;
export const NINO_CONTEXT_SCORE = 0.85;

const NINO_RE =
  /(?<![A-Za-z0-9])(?!(?:BG|GB|KN|NK|NT|TN|ZZ)|(?:bg|gb|kn|nk|nt|tn|zz))[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/iy;
/** Digit runs where a NINO_RE match may begin (see `execAtRuns`). */
const admitNino: RunFilter = (text, s, e) =>
  (e - s === 2 || e - s === 4 || e - s === 6) &&
  (letterAt(text, s - 1) ? letterAt(text, s - 2) : text.charCodeAt(s - 1) === 32 && letterAt(text, s - 2) && letterAt(text, s - 3));
const NINO_CUE = /(?<![a-z])(?:national insurance|ni[ _-]?(?:number|no)|nino|nin(?![a-z])|insurance number)/i;

function oneCase(s: string): boolean {
  let upper = false;
  let lower = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
  }
  return !(upper && lower);
}

export function detectUkNino(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, NINO_RE, [-3, -2], admitNino, (m) => {
    if (!oneCase(m[0])) return;
    const score = hasContextBefore(text, m.index, NINO_CUE) ? NINO_CONTEXT_SCORE : NINO_SCORE;
    out.push({ entityType: 'UK_NINO', start: m.index, end: m.index + m[0].length, score });
  });
}
