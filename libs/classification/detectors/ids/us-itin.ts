import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { inLongerNumber } from './checks';
import { AT_RUN, execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * US_ITIN: 9xx-xx-xxxx whose middle group is an IRS ITIN range (50-65, 70-88, 90-92, 94-99).
 * Grouped consistently by dashes or spaces it is Presidio's medium pattern (0.5, 0.85 after a cue);
 * bare or partly grouped ("911701234", "911-701234") it is reported only after an ITIN / taxpayer cue.
 */
export const ITIN_SCORE = 0.5;
export const ITIN_CONTEXT_SCORE = 0.85;
export const ITIN_UNGROUPED_CONTEXT_SCORE = 0.65;

const ITIN_RE = /(?<![\w.-])9\d{2}([- ]?)(\d{2})([- ]?)\d{4}(?![\w]|[-.]\w)/y;
/** Digit runs where a ITIN_RE match may begin (see `execAtRuns`). */
const admitItin: RunFilter = (text, s, e) => text.charCodeAt(s) === 57 && (e - s === 3 || e - s === 5 || e - s === 9);
const ITIN_CUE = /(?<![a-z])(?:itin|taxpayer|tax ?id|tax identification|tin(?![a-z])|tax number)/i;

export function itinGroupValid(group: number): boolean {
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
}

export function detectUsItin(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, ITIN_RE, AT_RUN, admitItin, (m) => {
    if (!itinGroupValid(Number(m[2]))) return;
    const grouped = m[1] !== '' && m[1] === m[3];
    if (inLongerNumber(text, m.index, m.index + m[0].length, m[1] || (m[3] ?? ''))) return;
    const cued = hasContextBefore(text, m.index, ITIN_CUE);
    if (!grouped && !cued) return;
    const score = grouped ? (cued ? ITIN_CONTEXT_SCORE : ITIN_SCORE) : ITIN_UNGROUPED_CONTEXT_SCORE;
    out.push({ entityType: 'US_ITIN', start: m.index, end: m.index + m[0].length, score });
  });
}
