import { hasContextBefore, isDigitCode } from '../context';
import type { Span } from '../types';
import { allSame, luhnValid } from './checks';
import { AT_RUN, charIn, execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';

export { luhnValid } from './checks';

/**
 * CREDIT_CARD: 14-19 digits (12-13 after a card cue: Maestro, legacy Visa), compact or grouped as printed —
 * fours with a shorter last group, or Amex/Diners 4-6-5 / 4-6-4 — by single spaces, dashes or line
 * breaks (one kind); in an issuer's range with that issuer's length (UATP 1 / 15; legacy JCB 1800,
 * 2131 / 15; Mir 2200-2204 and Mastercard 2221-2720 / 16; Amex 34, 37 / 15; JCB 35 / 16-19; Diners
 * 30, 36, 38, 39 / 14-19; Visa 4 / 13, 16, 19; Mastercard 51-55 / 16; Maestro 50, 56-59 and
 * Discover, Maestro, UnionPay, RuPay 6 / 12-19); and Luhn valid. Only validated numbers are reported (Presidio raises validated cards to
 * 1.0), so PCI is never raised by an arbitrary long number, a timestamp or a random Luhn-valid id (nor by a
 * numeric URL path segment; query strings are read).
 *
 * Linear time: the lookbehind admits a start only at the beginning of a digit group, and the
 * repetition is bounded and unambiguous (each step is one digit with at most one separator).
 */
export const CREDIT_CARD_SCORE = 1.0;

// A dash continuing the number rejects it ("4111-1111-1111-1111-2222" is not a card); a space may
// separate the card from a following number in prose, which the greedy match may have swallowed.
const CARD_RE = /(?<![\w-])[1-6]\d{3}(?:(?:[ -]|\r?\n)?\d){8,15}(?![\w]|-\d)/y;
/** Digit runs where a CARD_RE match may begin (see `execAtRuns`). */
const admitCard: RunFilter = (text, s, e) =>
  e - s >= 4 && text.charCodeAt(s) >= 49 && text.charCodeAt(s) <= 54 && (e - s >= 12 || charIn(text, e, ' -\r\n'));
const CARD_CUE = /(?<![a-z])(?:card|cc(?![a-z])|credit|debit|maestro|visa|mastercard|amex|kart[ea]|tarjeta|carte)/i;
const MAX_GROUPS = 8;
const groups = new Int32Array(MAX_GROUPS);

/** The digits when the separators are of one kind (a line break counts as a space) and grouped as printed. */
function digitsIfWellFormed(m: string): string | null {
  let digits = '';
  let sep = 0;
  let n = 0;
  let run = 0;
  for (let i = 0; i <= m.length; i++) {
    let c = i < m.length ? m.charCodeAt(i) : -1;
    if (c !== -1 && isDigitCode(c)) {
      digits += m[i];
      run++;
      continue;
    }
    if (c === 13) continue; // the \r of \r\n
    if (n === MAX_GROUPS) return null;
    groups[n++] = run;
    run = 0;
    if (c === -1) break;
    if (c === 10) c = 32;
    if (sep === 0) sep = c;
    else if (sep !== c) return null;
  }
  return n === 1 || groupedAsPrinted(n) ? digits : null;
}

function groupedAsPrinted(n: number): boolean {
  if (n === 3 && groups[0] === 4 && groups[1] === 6 && (groups[2] === 4 || groups[2] === 5)) return true; // Amex, Diners
  for (let i = 0; i < n - 1; i++) if (groups[i] !== 4) return false;
  const last = groups[n - 1] ?? 0;
  return last >= 1 && last <= 4;
}

function prefix(digits: string, n: number): number {
  return Number(digits.slice(0, n));
}

/** Does an issuer use this number range with this length? 12 digits only for Maestro (50, 56-69). */
export function issuerPlausible(digits: string): boolean {
  const len = digits.length;
  const p4 = prefix(digits, 4);
  switch (digits.charCodeAt(0) - 48) {
    case 1:
      return len === 15;
    case 2:
      if (p4 === 2131) return len === 15;
      return len === 16 && ((p4 >= 2200 && p4 <= 2204) || (p4 >= 2221 && p4 <= 2720));
    case 3: {
      const p2 = prefix(digits, 2);
      if (p2 === 34 || p2 === 37) return len === 15;
      if (p2 === 35) return len >= 16;
      return (p2 === 30 || p2 === 36 || p2 === 38 || p2 === 39) && len >= 14;
    }
    case 4:
      return len === 13 || len === 16 || len === 19;
    case 5: {
      const p2 = prefix(digits, 2);
      return p2 >= 51 && p2 <= 55 ? len === 16 : len >= 12; // Mastercard 16; Maestro 50, 56-59
    }
    case 6:
      return len >= 12;
    default:
      return false;
  }
}

/**
 * Is `start` a path segment of a URL ("https://chromestatus.com/feature/5068609911521280")? Card
 * numbers travel in query strings ("?card=..."), ids in paths. Looks back at most 256 characters.
 */
function inUrlPath(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 47 /* / */) return false;
  for (let i = start - 2; i >= 2 && i > start - 256; i--) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 34 || c === 39 || c === 60 || c === 62 || c === 63 || c === 40) return false; // space, quotes, <>, ?, (
    if (c === 47 && text.charCodeAt(i - 1) === 47 && text.charCodeAt(i - 2) === 58) return true; // "://"
  }
  return false;
}

function isCard(candidate: string, cued: () => boolean): boolean {
  const digits = digitsIfWellFormed(candidate);
  if (digits === null || digits.length < 12 || allSame(digits) || !issuerPlausible(digits) || !luhnValid(digits)) return false;
  // 12- and 13-digit numbers (Maestro, legacy Visa) are mostly EAN-13 barcodes and other ids.
  return digits.length > 13 || cued();
}

export function detectCreditCards(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, CARD_RE, AT_RUN, admitCard, (m) => {
    const at = m.index;
    if (inUrlPath(text, at)) return;
    const cued = (): boolean => hasContextBefore(text, at, CARD_CUE);
    let len = m[0].length;
    if (!isCard(m[0], cued)) {
      // "4111 1111 1111 1111 12/25": the greedy match took the expiry month; retry without it.
      const lastSep = m[0].lastIndexOf(' ');
      if (text.charCodeAt(at + len) !== 47 /* / */ || lastSep === -1 || !isCard(m[0].slice(0, lastSep), cued)) return;
      len = lastSep;
    }
    out.push({ entityType: 'CREDIT_CARD', start: at, end: at + len, score: CREDIT_CARD_SCORE });
  });
}
