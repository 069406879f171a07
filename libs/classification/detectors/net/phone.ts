import { hasContextBefore } from '../context';
import { isFictionalTestNumber, isNanpTollFree, PHONE_BUSINESS_SCORE } from './business-phone';
import { scanText, type TextScan } from '../scan';
import type { Span } from '../types';
import {
  ALL_REGIONS,
  BARE_TRUNK_REGIONS,
  NO_TRUNK_REGIONS,
  TRUNK_REGIONS,
  budgetFor,
  checkInternational,
  checkRegions,
  NANP_REGIONS,
  type PhoneBudget,
  type Verdict,
} from './phone-validate';
import {
  K_DASH,
  K_DOT,
  K_NEWLINE,
  K_SLASH,
  MAX_CHAIN,
  afterBlockCode,
  gap,
  gapClose,
  gapOpen,
  ge,
  gs,
  isDigit,
  isWordChar,
  lastGap,
  len,
  refusedShape,
  scanGap,
} from './phone-chain';

/**
 * PHONE_NUMBER in two stages (Presidio's PhoneRecognizer validates with libphonenumber; so do we):
 *
 * 1. A cheap scan chains digit groups joined by short separators (spaces, one of "-./", a
 *    parenthesis, or one line break, so "415-555-\n0132" is one candidate), with a leading '+'.
 * 2. Sub-ranges of a chain that look like a phone number are validated with libphonenumber-js:
 *    - "+…" international numbers;
 *    - NANP-shaped numbers ((415) 555-0132, 1-800-555-0199) in the US/CA plan;
 *    - national numbers with a trunk 0 (020 7946 0958, 09171234567) in any default region;
 *    - numbers of 3+ groups and 10+ digits (532 123 45 67, 91-415-555-0132) in any default region;
 *    - anything of 7-15 digits after a phone context word ("Phone: 5321234567"), which raises the
 *      score as Presidio's context enhancement does.
 * Order numbers ("Order #…", "account number …"), dates, IPv4 and SSN shapes are refused first.
 * A chain holding several numbers ("415-555-0132 415-555-0199") is cut where the separator differs
 * from the ones inside the number, so a card number (four space groups) is never cut into a phone.
 *
 * Linear time: every character is visited a bounded number of times, sub-ranges span at most
 * MAX_SPAN_GROUPS groups, and library parses are capped per text (see phone-validate.ts).
 */
export const PHONE_SCORE = 0.4;
export const PHONE_CONTEXT_SCORE = 0.75;

const PHONE_CUE =
  /\b(?:phones?|ph|tel|telephone|telefon\w*|tel[eé]fono|telepono|mobiles?|mobil|cell|cellphone|call|fax|whatsapp|sms|text me|reach me|contact|number|cep)\b/i;
/** "number" and "contact" also precede ids ("resident number 99…"): after them a bare run must be a mobile. */
const STRONG_CUE =
  /\b(?:phones?|ph|tel|telephone|telefon\w*|tel[eé]fono|telepono|mobiles?|mobil|cell|cellphone|call|fax|whatsapp|sms|cep)\b/i;
const ANTI_CUE =
  /(?:#|\b(?:order|invoice|tracking|serial|account|acct|sku|isbn|ticket|receipt|transaction|txn|ref|reference|case|policy|member|part|model|version|build|confirmation|booking|customer|id|iban|routing|bank|card|ssn|sin|nin|nhs|tax|vat|tin|pan|aadhaar|insurance|medicare|mrn|patient|passport|licen[cs]e)\b(?:[ \t]*(?:no\.?|nr\.?|number|num|#|id|code))?(?:[ \t]+(?:is|was))?)[ \t]*[:#.=-]?[ \t]*$/i;
const NEWLINES = /[\r\n]+/g;
const EXT_RE = /[ \t]?(?:x|ext\.?|extension)[ \t]?\d{1,6}(?![\w])/iy;

const MAX_SPAN_GROUPS = 8;
const MAX_DIGITS = 15;

interface Chain {
  count: number;
  /** Group 0 starts the chain (not a window after a shift), at `headStart` ('+' or '(' included). */
  head: boolean;
  headStart: number;
  plus: boolean;
  /** What precedes the chain glues it to another token ("v1.", "ID-", "/path/", "a@", "_"). */
  leftBad: boolean;
  letterBefore: boolean;
  /** The chain has ended after its last stored group (its right boundary is known). */
  ended: boolean;
}

function nanpValid(tenDigits: string): boolean {
  return tenDigits.length === 10 && tenDigits.charCodeAt(0) >= 50 && tenDigits.charCodeAt(3) >= 50;
}

function allSame(d: string): boolean {
  for (let i = 1; i < d.length; i++) if (d.charCodeAt(i) !== d.charCodeAt(0)) return false;
  return true;
}

function decide(verdict: Verdict, structural: () => boolean): boolean {
  return verdict === 'valid' || (verdict === 'unknown' && structural());
}

/** Validates groups [a, b) of the chain and reports them; false when they are not a phone number. */
function accept(text: string, ch: Chain, a: number, b: number, budget: PhoneBudget, out: Span[]): boolean {
  // Cheap integer checks first: a megabyte of "1-1-1-…" must not build a string per try.
  let nd = 0;
  let mask = 0;
  for (let k = a; k < b; k++) {
    nd += len(k);
    if (k > a) mask |= gap[k] as number;
  }
  if (nd < 7 || nd > MAX_DIGITS) return false;
  const atHead = a === 0 && ch.head;
  if (atHead && ch.leftBad) return false;
  // A cut inside a chain must fall on a separator the number itself does not use.
  if (!atHead && (mask & (gap[a] as number)) !== 0) return false;
  const tail = b === ch.count && ch.ended;
  if (!tail && (b >= ch.count || (mask & (gap[b] as number)) !== 0)) return false;
  // A number split by a bare line break is spaced ("+44 20\n7946 0958"), not dashed on one line.
  if ((mask & K_NEWLINE) !== 0 && (mask & (K_DASH | K_DOT | K_SLASH)) !== 0) return false;
  let digits = '';
  for (let k = a; k < b; k++) digits += text.slice(gs[k], ge[k]);
  if (allSame(digits)) return false;
  const groups = b - a;
  const plus = atHead && ch.plus;
  const first = plus ? ch.headStart : (gs[a] as number);
  const strong = hasContextBefore(text, first, STRONG_CUE, 40);
  // Digits spaced out one by one ("4 1 5 5 5 5 0 1 3 2") are judged as the bare run they hide.
  let spaced = groups >= 7;
  for (let k = a; spaced && k < b; k++) spaced = len(k) === 1;
  if (!plus && (refusedShape(text, a, b, mask, strong || spaced) || (len(a) === 4 && afterBlockCode(text, gs[a] as number)))) return false;

  const paren = groups > 1 && gapOpen[a] === 1 && gapClose[a + 1] === 1; // "(415) 555-0132"
  const start = plus ? ch.headStart : paren ? (gs[a] as number) - 1 : (gs[a] as number);
  let end = ge[b - 1] as number;
  if (tail) {
    EXT_RE.lastIndex = end;
    const ext = EXT_RE.exec(text);
    if (ext !== null) end += ext[0].length;
    const c = text.charCodeAt(end);
    if (isWordChar(c) || c === 64) return false; // "0132abc", "0132@…"
  }
  if (!plus && ANTI_CUE.test(text.slice(Math.max(0, start - 32), start))) return false;

  const raw = spaced ? digits : text.slice(start, ge[b - 1]).replace(NEWLINES, ' ');
  const cued = hasContextBefore(text, start, PHONE_CUE, 40);
  const ok = plus
    ? decide(checkInternational(raw, budget), () => (digits.charCodeAt(0) === 49 ? nd === 11 && nanpValid(digits.slice(1)) : nd >= 8))
    : isNational(text, ch, a, b, { digits, raw, mask, spaced, cued, strong }, budget);
  if (!ok) return false;
  const testData = isFictionalTestNumber(text, digits, start, end) || isNanpTollFree(text, digits, start, end);
  out.push({ entityType: 'PHONE_NUMBER', start, end, score: testData ? PHONE_BUSINESS_SCORE : cued ? PHONE_CONTEXT_SCORE : PHONE_SCORE });
  return true;
}

interface Candidate {
  digits: string;
  /** What the library parses: the text as written (line breaks as spaces), or the bare digits. */
  raw: string;
  mask: number;
  spaced: boolean;
  cued: boolean;
  strong: boolean;
}

/** A number written without '+': any one of the national rules accepts it. */
function isNational(text: string, ch: Chain, a: number, b: number, c: Candidate, budget: PhoneBudget): boolean {
  const groups = c.spaced ? 1 : b - a;
  const l = (k: number): number => len(a + k);
  const nd = c.digits.length;
  const nanp =
    (groups === 3 && l(0) === 3 && l(1) === 3 && l(2) === 4) ||
    (groups === 4 && l(0) === 1 && l(1) === 3 && l(2) === 3 && l(3) === 4 && c.digits.charCodeAt(0) === 49);
  if (nanp && nanpValid(nd === 11 ? c.digits.slice(1) : c.digits) && decide(checkRegions(c.raw, NANP_REGIONS, budget), () => true))
    return true;
  // "is415…" only when NANP-shaped; dots only in the many-pairs style (01.84.17.61.18).
  if ((a === 0 && ch.head && ch.letterBefore) || ((c.mask & K_DOT) !== 0 && groups < 4)) return false;
  const trunk = c.digits.charCodeAt(0) === 48 && c.digits.charCodeAt(1) !== 48 && nd >= 9 && nd <= 12;
  // A bare run of digits is a phone number when it is a mobile one, or when a phone word says so.
  const bare = groups === 1 && !c.cued;
  return (
    (trunk && decide(checkRegions(c.raw, bare ? BARE_TRUNK_REGIONS : TRUNK_REGIONS, budget, bare), () => groups >= 2)) ||
    // Grouped like a NANP number but not a valid one ("123-456-7890"): not tried elsewhere.
    (groups >= 3 && nd >= 10 && !nanp && decide(checkRegions(c.raw, NO_TRUNK_REGIONS, budget, false, ['CN']), () => false)) ||
    (c.strong && (c.mask & K_DOT) === 0) || // "Phone: 083 564 9312": the word says what it is, in any region
    (c.cued && decide(checkRegions(c.raw, ALL_REGIONS, budget, true), () => false))
  );
}

/** Tries start groups below `startLimit`, longest sub-range first; returns the next start group. */
function evaluate(text: string, ch: Chain, startLimit: number, budget: PhoneBudget, out: Span[]): number {
  let pos = 0;
  while (pos < startLimit) {
    let next = pos + 1;
    let single = pos;
    while (single < ch.count && single - pos < MAX_DIGITS && len(single) === 1) single++;
    let reach = single - pos >= 7 ? single - pos : MAX_SPAN_GROUPS; // spaced-out digits, one group each
    // Inside a chain, a number that starts here cannot use the separator before it (see accept).
    if (!(pos === 0 && ch.head) && pos + 1 < ch.count && gap[pos + 1] === gap[pos]) reach = 1;
    for (let b = Math.min(ch.count, pos + reach); b > pos; b--) {
      if (accept(text, ch, pos, b, budget, out)) {
        next = b;
        break;
      }
    }
    pos = next;
  }
  return pos;
}

/** Drops groups [0, k) of the window, keeping the rest for the next evaluation. */
function shift(ch: Chain, k: number): void {
  gs.copyWithin(0, k, ch.count);
  ge.copyWithin(0, k, ch.count);
  gap.copyWithin(0, k, ch.count);
  gapOpen.copyWithin(0, k, ch.count);
  gapClose.copyWithin(0, k, ch.count);
  ch.count -= k;
  ch.head = false;
}

function scanChain(text: string, first: number, budget: PhoneBudget, out: Span[]): number {
  let p = first;
  const open0 = text.charCodeAt(p - 1) === 40;
  if (open0) p--;
  const plus = text.charCodeAt(p - 1) === 43;
  if (plus) p--;
  const left = p > 0 ? text.charCodeAt(p - 1) : 32;
  const leftBad = isDigit(left) || left === 95 || left === 46 || left === 47 || left === 45 || left === 43 || left === 64 || left === 92;
  const ch: Chain = { count: 0, head: true, headStart: p, plus, leftBad, letterBefore: isWordChar(left), ended: false };
  gapOpen[0] = open0 ? 1 : 0;
  gapClose[0] = 0;
  gap[0] = 0;
  let s = first;
  for (;;) {
    let e = s;
    while (e < text.length && isDigit(text.charCodeAt(e))) e++;
    gs[ch.count] = s;
    ge[ch.count] = e;
    ch.count++;
    const next = scanGap(text, e);
    if (next === -1) {
      ch.ended = true;
      evaluate(text, ch, ch.count, budget, out);
      return e;
    }
    if (ch.count === MAX_CHAIN) {
      // A long run of groups: evaluate the settled part of the window, slide, and go on.
      shift(ch, Math.min(evaluate(text, ch, MAX_CHAIN - MAX_SPAN_GROUPS, budget, out), ch.count - 1));
    }
    gap[ch.count] = lastGap.kind;
    gapOpen[ch.count] = lastGap.open;
    gapClose[ch.count] = lastGap.close;
    s = next;
  }
}

/**
 * Every chain starts at a digit run past the previous chain (which ends at the end of a run), so
 * the chains start at the shared scan's runs.
 */
export function detectPhones(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  const budget = budgetFor(text.length);
  let next = 0;
  for (let k = 0; k < scan.runs; k++) {
    const start = scan.runStarts[k] as number;
    if (start >= next) next = scanChain(text, start, budget, out);
  }
}
