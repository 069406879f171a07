import type { Span } from '../types';
import { twoDigits, validDate } from './checks';
import { AT_RUN, execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * FI_PERSONAL_IDENTITY_CODE (henkilötunnus): DDMMYY, a century sign (+ for the 1800s; - or
 * Y, X, W, V, U for the 1900s; A-F for the 2000s), a three-digit individual number and the control
 * character 0123456789ABCDEFHJKLMNPRSTUVWXY[DDMMYYNNN mod 31]. The date must exist in that century.
 * Validated codes get Presidio's 1.0; a letter may precede the code ("is030594W903B"), a digit may not.
 */
export const FI_PIC_SCORE = 1.0;

const FI_RE = /(?<![0-9])(\d{6})([-+A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])(?![A-Za-z0-9])/y;
/** Digit runs where a FI_RE match may begin (see `execAtRuns`). */
const admitFi: RunFilter = (text, s, e) => e - s === 6;
const CONTROL = '0123456789ABCDEFHJKLMNPRSTUVWXY';

function century(sign: string): number {
  if (sign === '+') return 1800;
  return sign === '-' || sign >= 'U' ? 1900 : 2000;
}

export function fiControl(dateAndIndividual: string): string {
  let r = 0;
  for (let i = 0; i < dateAndIndividual.length; i++) r = (r * 10 + dateAndIndividual.charCodeAt(i) - 48) % 31;
  return CONTROL[r] ?? '';
}

export function fiCodeValid(date: string, sign: string, individual: string, control: string): boolean {
  const year = century(sign) + twoDigits(date, 4);
  if (!validDate(year, twoDigits(date, 2), twoDigits(date, 0))) return false;
  return fiControl(date + individual) === control;
}

export function detectFiPersonalIdentityCodes(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, FI_RE, AT_RUN, admitFi, (m) => {
    if (!fiCodeValid(m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4] ?? '')) return;
    out.push({ entityType: 'FI_PERSONAL_IDENTITY_CODE', start: m.index, end: m.index + 11, score: FI_PIC_SCORE });
  });
}
