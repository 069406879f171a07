import { isDigitCode } from './context';
import type { Span } from './types';

/**
 * CREDIT_CARD: 13-19 digits, optionally grouped by single spaces or dashes, issuer-like first digit,
 * Luhn valid. Only validated numbers are reported (Presidio raises validated cards to 1.0), so the
 * category PCI is never raised by an arbitrary long number.
 *
 * Linear time: the lookbehind admits a start only at the beginning of a digit group, and the
 * repetition is bounded and unambiguous (each step is one digit with at most one separator).
 */
export const CREDIT_CARD_SCORE = 1.0;

// A dash continuing the number rejects it ("4111-1111-1111-1111-2222" is not a card); a space may
// separate the card from a following number in prose, which the greedy match may have swallowed.
const CARD_RE = /(?<![\w-])[1-6]\d{3}(?:[ -]?\d){9,15}(?![\w]|-\d)/g;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Separators must be used consistently: one kind only, never doubled. */
function digitsIfWellFormed(m: string): string | null {
  let digits = '';
  let sep = 0;
  for (let i = 0; i < m.length; i++) {
    const c = m.charCodeAt(i);
    if (isDigitCode(c)) digits += m[i];
    else if (sep === 0) sep = c;
    else if (sep !== c) return null;
  }
  return digits;
}

function allSame(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits.charCodeAt(i) !== digits.charCodeAt(0)) return false;
  return true;
}

function isCard(candidate: string): boolean {
  const digits = digitsIfWellFormed(candidate);
  if (digits === null || digits.length < 13 || allSame(digits) || !luhnValid(digits)) return false;
  // 13 digits starting with 1 are millisecond timestamps far more often than UATP cards.
  return !(digits.length === 13 && digits.charCodeAt(0) === 49);
}

export function detectCreditCards(text: string, out: Span[]): void {
  CARD_RE.lastIndex = 0;
  for (let m = CARD_RE.exec(text); m !== null; m = CARD_RE.exec(text)) {
    let len = m[0].length;
    if (!isCard(m[0])) {
      // "4111 1111 1111 1111 12/25": the greedy match took the expiry month; retry without the last group.
      const lastSep = m[0].lastIndexOf(' ');
      if (lastSep === -1 || !isCard(m[0].slice(0, lastSep))) continue;
      len = lastSep;
    }
    out.push({ entityType: 'CREDIT_CARD', start: m.index, end: m.index + len, score: CREDIT_CARD_SCORE });
  }
}
