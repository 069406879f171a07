import { hasContextBefore } from './context';
import type { Span } from './types';

/**
 * US_SSN in the grouped form ddd-dd-dddd (dash, space or dot, used consistently), plus nine bare
 * digits only when an SSN context word precedes them. Invalid ranges are rejected as Presidio and the
 * SSA do: area 000, 666 or 9xx, group 00, serial 0000, or one repeated digit.
 */
export const SSN_SCORE = 0.5;
export const SSN_CONTEXT_SCORE = 0.85;

const SSN_RE = /(?<![\w.-])(\d{3})([- .])(\d{2})\2(\d{4})(?![\w]|[-.]\w)/g;
const BARE_SSN_RE = /(?<![\w.-])\d{9}(?![\w]|[-.]\w)/g;
const SSN_CUE = /\b(?:ssn|social security|ss#|ssn#|social sec)/i;

export function ssnValid(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area.charCodeAt(0) === 57 /* 9xx */) return false;
  if (group === '00' || serial === '0000') return false;
  const all = area + group + serial;
  for (let i = 1; i < all.length; i++) if (all.charCodeAt(i) !== all.charCodeAt(0)) return true;
  return false;
}

export function detectUsSsn(text: string, out: Span[]): void {
  SSN_RE.lastIndex = 0;
  for (let m = SSN_RE.exec(text); m !== null; m = SSN_RE.exec(text)) {
    if (!ssnValid(m[1] ?? '', m[3] ?? '', m[4] ?? '')) continue;
    // Dots look like versions and IPs; only trust them with a context word.
    const cued = hasContextBefore(text, m.index, SSN_CUE);
    if (m[2] === '.' && !cued) continue;
    out.push({ entityType: 'US_SSN', start: m.index, end: m.index + m[0].length, score: cued ? SSN_CONTEXT_SCORE : SSN_SCORE });
  }
  if (!SSN_CUE.test(text)) return;
  BARE_SSN_RE.lastIndex = 0;
  for (let m = BARE_SSN_RE.exec(text); m !== null; m = BARE_SSN_RE.exec(text)) {
    const d = m[0];
    if (!ssnValid(d.slice(0, 3), d.slice(3, 5), d.slice(5)) || !hasContextBefore(text, m.index, SSN_CUE)) continue;
    out.push({ entityType: 'US_SSN', start: m.index, end: m.index + 9, score: SSN_CONTEXT_SCORE });
  }
}
