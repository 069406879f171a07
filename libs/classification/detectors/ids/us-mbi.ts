import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { AT_RUN, execAtRuns, letterAt, scanText, type RunFilter, type TextScan } from '../scan';

/**
 * US_MBI (Medicare Beneficiary Identifier): eleven characters in fixed positions — digit 1-9,
 * letter, letter or digit, digit, letter, letter or digit, digit, letter, letter, digit, digit —
 * where letters exclude S, L, O, I, B and Z; printed with dashes after the 4th and 7th character
 * (Presidio 0.5) or compact (0.3); either case, not mixed; an MBI / Medicare cue adds 0.35.
 * A medical identifier, so PHI by itself (SPEC §4).
 */
export const MBI_SCORE = 0.5;
export const MBI_COMPACT_SCORE = 0.3;
export const MBI_CONTEXT_SCORE = 0.85;
export const MBI_COMPACT_CONTEXT_SCORE = 0.65;

const L = '[AC-HJKMNP-RT-Y]';
const C = '[AC-HJKMNP-RT-Y0-9]';
const MBI_RE = new RegExp(`(?<![A-Za-z0-9-])[1-9]${L}${C}\\d(-?)${L}${C}\\d\\1${L}${L}\\d{2}(?![A-Za-z0-9]|-\\w)`, 'iy');
/** Digit runs where a MBI_RE match may begin (see `execAtRuns`). */
const admitMbi: RunFilter = (text, s, e) => e - s === 1 && text.charCodeAt(s) !== 48 && letterAt(text, e);
const MBI_CUE = /(?<![a-z])(?:mbi|medicare|beneficiary|hicn)/i;

function oneCase(s: string): boolean {
  return s === s.toUpperCase() || s === s.toLowerCase();
}

export function detectUsMbi(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, MBI_RE, AT_RUN, admitMbi, (m) => {
    if (!oneCase(m[0])) return;
    const cued = hasContextBefore(text, m.index, MBI_CUE);
    const score = m[1] === '-' ? (cued ? MBI_CONTEXT_SCORE : MBI_SCORE) : cued ? MBI_COMPACT_CONTEXT_SCORE : MBI_COMPACT_SCORE;
    out.push({ entityType: 'US_MBI', start: m.index, end: m.index + m[0].length, score });
  });
}
