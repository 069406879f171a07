import { hasContextBefore } from '../context';
import { execAtRuns, letterAt, scanText, type RunFilter, type TextScan } from '../scan';
import type { Span } from '../types';
import { afterIdCue } from './checks';

/**
 * DE_HEALTH_INSURANCE: the German Krankenversichertennummer (KVNR, on every eGK health card):
 * a capital letter and nine digits, the last a check digit. The letter is written as its position in
 * the alphabet (A = 01 … Z = 26); over those two digits and the next eight, weights 1, 2, 1, 2, …, each
 * product's cross sum, the total mod 10 is the check digit.
 *
 * A letter and nine digits is also the shape of many order and ticket numbers, and one in ten passes
 * the check, so evidence is weighed as for UK_NHS: after a health-insurance cue the number identifies
 * a patient (a medical identifier, PHI by itself); without one it is reported at Presidio's pattern
 * score, below the medical-identifier threshold (redactable, but no escalation), and not at all after
 * an order or ticket cue.
 */
export const KVNR_SCORE = 0.9;
export const KVNR_UNCUED_SCORE = 0.5;

const KVNR_RE = /(?<![\w])([A-Za-z])(\d{9})(?!\w)/y;
/** Nine-digit runs right after a letter (see `execAtRuns`, offset -1). */
const admitKvnr: RunFilter = (text, s, e) => e - s === 9 && letterAt(text, s - 1);
const KVNR_CUE =
  /(?:versicherten|versichertennummer|krankenversicherten|kvnr|kv-nr|egk|gesundheitskarte|krankenkasse|health insurance|insurance (?:no|number|id))/i;

export function kvnrValid(letter: string, digits: string): boolean {
  const pos = (letter.charCodeAt(0) & ~32) - 64; // either case, as the card's number is typed
  if (pos < 1 || pos > 26 || digits.length !== 9) return false;
  const s = `${pos < 10 ? '0' : ''}${pos}${digits.slice(0, 8)}`;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const p = (s.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10 === digits.charCodeAt(8) - 48;
}

export function detectDeKvnr(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, KVNR_RE, [-1], admitKvnr, (m) => {
    if (!kvnrValid(m[1] ?? '', m[2] ?? '')) return;
    const cued = hasContextBefore(text, m.index, KVNR_CUE, 64);
    if (!cued && afterIdCue(text, m.index)) return;
    out.push({
      entityType: 'DE_HEALTH_INSURANCE',
      start: m.index,
      end: m.index + m[0].length,
      score: cued ? KVNR_SCORE : KVNR_UNCUED_SCORE,
    });
  });
}
