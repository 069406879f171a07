import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { allSame, inLongerNumber } from './checks';
import { AT_RUN, charIn, execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';

/**
 * US_SSN: ddd-dd-dddd grouped consistently by dashes or spaces (Presidio's medium pattern, 0.5) or
 * by dots (0.4: dotted triples are also versions and section numbers). Bare nine digits and partly
 * grouped forms ("078-051121") are reported only after an SSN cue. Invalid ranges are rejected as
 * Presidio and the SSA do: area 000, 666 or 9xx, group 00, serial 0000, or one repeated digit.
 */
export const SSN_SCORE = 0.5;
export const SSN_DOTTED_SCORE = 0.4;
export const SSN_CONTEXT_SCORE = 0.85;
export const SSN_UNGROUPED_CONTEXT_SCORE = 0.65;

const SSN_RE = /(?<![\w.-])(\d{3})([- .]?)(\d{2})([- .]?)(\d{4})(?![\w]|[-.]\w)/y;
/** Digit runs where a SSN_RE match may begin (see `execAtRuns`). */
const admitSsn: RunFilter = (text, s, e) => e - s === 9 || ((e - s === 3 || e - s === 5) && charIn(text, e, '- .'));
const SSN_CUE = /(?<![a-z])(?:ssn|social security|ss#|ssn#|social sec|sozialversicherung)/i;

export function ssnValid(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area.charCodeAt(0) === 57 /* 9xx */) return false;
  if (group === '00' || serial === '0000') return false;
  return !allSame(area + group + serial);
}

export function detectUsSsn(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, SSN_RE, AT_RUN, admitSsn, (m) => {
    if (!ssnValid(m[1] ?? '', m[3] ?? '', m[5] ?? '')) return;
    const grouped = m[2] !== '' && m[2] === m[4];
    if (inLongerNumber(text, m.index, m.index + m[0].length, m[2] || (m[4] ?? ''))) return;
    const cued = hasContextBefore(text, m.index, SSN_CUE);
    let score: number;
    if (cued) score = grouped ? SSN_CONTEXT_SCORE : m[2] === '' && m[4] === '' ? SSN_CONTEXT_SCORE : SSN_UNGROUPED_CONTEXT_SCORE;
    else if (grouped) score = m[2] === '.' ? SSN_DOTTED_SCORE : SSN_SCORE;
    else return;
    out.push({ entityType: 'US_SSN', start: m.index, end: m.index + m[0].length, score });
  });
}
