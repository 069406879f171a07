import { hasContextBefore, isDigitCode, sentenceEndIn } from '../context';
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
// Full stops group a number too ("5598.3105.4562.8141", as some European sites print it). A number with
// a full stop and a digit before it is the tail of a longer dotted run; one after it is checked in
// `dottedRunGoesOn` (only a dotted number is continued by a dot: "Nr.4111 …", "….03/27" keep their card).
const CARD_RE = /(?<![\w-])(?<!\d\.)[1-6]\d{3}(?:(?:[ .-]|\r?\n)?\d){8,15}(?![\w]|-\d)/y;

/** Does a dotted match go on as a longer dotted run ("4111.1111.1111.1111.2", an IP-like or version-like id)? */
function dottedRunGoesOn(text: string, m: string, end: number): boolean {
  return m.includes('.') && text.charCodeAt(end) === 46 && isDigitCode(text.charCodeAt(end + 1));
}
/** Digit runs where a CARD_RE match may begin (see `execAtRuns`). */
const admitCard: RunFilter = (text, s, e) =>
  e - s >= 4 && text.charCodeAt(s) >= 49 && text.charCodeAt(s) <= 54 && (e - s >= 12 || charIn(text, e, ' .-\r\n'));
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

/** Most characters of words between two groups of a dictated card ("…, ensuite 8162 et ça finit par 1313"). */
const MAX_SPOKEN_GAP = 32;
/** Groups of a card as people read it out: four fours, or Amex's 4-6-5. */
const READ_OUT_GROUPS: readonly (readonly number[])[] = [
  [4, 4, 4, 4],
  [4, 6, 5],
];

/** Is digit run k a group standing alone: not glued to letters or to another number by '/', ':', '.' or ','? */
function loneGroup(text: string, scan: TextScan, k: number): boolean {
  const s = scan.runStarts[k] as number;
  const e = scan.runEnds[k] as number;
  const before = s > 0 ? text.charCodeAt(s - 1) : 32;
  const after = e < text.length ? text.charCodeAt(e) : 32;
  const glued = (c: number, next: number): boolean =>
    /[\w/:]/.test(String.fromCharCode(c)) || ((c === 46 || c === 44) && next >= 48 && next <= 57);
  return !glued(before, s > 1 ? text.charCodeAt(s - 2) : 32) && !glued(after, e + 1 < text.length ? text.charCodeAt(e + 1) : 32);
}

/**
 * Words people put between the pieces of a number they read out (then, and, ensuite, finit par, dann, y
 * luego, …): a gap of other words ("room 4011 on Tuesday, 4012 …") is a list of numbers, not one number.
 */
const CONNECTIVES = new Set(
  (
    'then next and after that followed by last lastly finally it is its ends with ending in ' +
    'et ensuite puis enfin finit par commence ça c est se termine ' +
    'und dann danach zuletzt schließlich am ende endet mit ist es ' +
    'y luego después termina en es e poi quindi infine finisce con è ' +
    'en dan daarna tot slot eindigt op i potem następnie na koniec kończy się och sedan slutligen slutar med ' +
    'og så deretter til sidst til slutt slutter med'
  ).split(' '),
);
const GAP_WORD = /[\p{L}']+/gu;

/** Only separators and connective words between two groups of one number read out, in one sentence. */
function spokenGap(text: string, from: number, to: number): boolean {
  if (to - from > MAX_SPOKEN_GAP || sentenceEndIn(text, from, to)) return false;
  for (const w of text.slice(from, to).toLowerCase().match(GAP_WORD) ?? [])
    if (!CONNECTIVES.has(w.replace(/'/g, ' ').split(' ')[0] as string)) return false;
  return true;
}

/**
 * A card read out in pieces with words between them, as dictation and chat write it ("ça commence par 4768
 * 8194, ensuite 8162 et ça finit par 1313"): consecutive lone groups shaped as printed (READ_OUT_GROUPS),
 * each a few words from the last, in one sentence, after a card cue, in an issuer's range and Luhn valid.
 * The shape, the cue and the checksum together keep four unrelated numbers out. Linear: each run starts
 * at most one try per shape, and a try reads at most four runs.
 */
function detectReadOutCards(text: string, scan: TextScan, out: Span[]): void {
  let cue: boolean | undefined;
  for (let k = 0; k < scan.runs; k++) {
    for (const shape of READ_OUT_GROUPS) {
      if (k + shape.length > scan.runs || !readOutAt(text, scan, k, shape)) continue;
      const start = scan.runStarts[k] as number;
      const end = scan.runEnds[k + shape.length - 1] as number;
      let digits = '';
      for (let j = 0; j < shape.length; j++) digits += text.slice(scan.runStarts[k + j], scan.runEnds[k + j]);
      if (allSame(digits) || !issuerPlausible(digits) || !luhnValid(digits)) continue;
      cue ??= CARD_CUE.test(text);
      if (!cue || !hasContextBefore(text, start, CARD_CUE, 120)) continue;
      out.push({ entityType: 'CREDIT_CARD', start, end, score: CREDIT_CARD_SCORE });
      k += shape.length - 1;
      break;
    }
  }
}

/** Do runs k, k+1, … have the lengths of `shape`, stand alone, and sit a few words apart, at least one gap holding a word? */
function readOutAt(text: string, scan: TextScan, k: number, shape: readonly number[]): boolean {
  // All the lengths first: integer compares turn away nearly every start (a year, a price) before a
  // gap is sliced and read; every check below is pure, so the order does not change the answer.
  for (let j = 0; j < shape.length; j++) if ((scan.runEnds[k + j] as number) - (scan.runStarts[k + j] as number) !== shape[j]) return false;
  let worded = false;
  for (let j = 0; j < shape.length; j++) {
    const s = scan.runStarts[k + j] as number;
    if (!loneGroup(text, scan, k + j)) return false;
    if (j === 0) continue;
    const prevEnd = scan.runEnds[k + j - 1] as number;
    if (!spokenGap(text, prevEnd, s)) return false;
    if (/\p{L}/u.test(text.slice(prevEnd, s))) worded = true;
  }
  // Without a word between any two groups it is a printed number, which CARD_RE reads (or rejects).
  return worded;
}

/**
 * The length of a card the greedy match ran past, or 0. "4111 1111 1111 1111 12/25", "… 1111.03/27": it took
 * the expiry month. "3687 381877 7540\n12.02. Taxi": it took the next line's first digits (a line break
 * separates groups only in a number printed over lines, so what follows the last one may be a new line's
 * date or amount). Only those two: a space-separated fifth group is part of a longer number.
 */
function shorterCard(text: string, m: string, at: number, cued: () => boolean): number {
  const lastSep = Math.max(m.lastIndexOf(' '), m.lastIndexOf('.'));
  if (text.charCodeAt(at + m.length) === 47 /* / */ && lastSep !== -1 && isCard(m.slice(0, lastSep), cued)) return lastSep;
  const lastLine = m.lastIndexOf('\n');
  const cut = lastLine > 0 && m.charCodeAt(lastLine - 1) === 13 ? lastLine - 1 : lastLine;
  return cut > 0 && isCard(m.slice(0, cut), cued) ? cut : 0;
}

export function detectCreditCards(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  if (scan.runs >= 3) detectReadOutCards(text, scan, out);
  execAtRuns(text, scan, CARD_RE, AT_RUN, admitCard, (m) => {
    const at = m.index;
    if (inUrlPath(text, at) || dottedRunGoesOn(text, m[0], at + m[0].length)) return;
    const cued = (): boolean => hasContextBefore(text, at, CARD_CUE);
    let len = m[0].length;
    if (!isCard(m[0], cued)) {
      len = shorterCard(text, m[0], at, cued);
      if (len === 0) return;
    }
    out.push({ entityType: 'CREDIT_CARD', start: at, end: at + len, score: CREDIT_CARD_SCORE });
  });
}
