import { hasContextBefore } from './context';
import type { Span } from './types';

/**
 * PHONE_NUMBER in one pass: a candidate is a run of digit groups joined by single separators
 * (space, dot, dash, parentheses), optionally led by '+'. It is kept when it is
 *   - international (+country code, 8-15 digits; +1 must be a valid NANP number),
 *   - a formatted NANP number ((415) 555-0132, 415-555-0132, 1-800-555-0199),
 *   - a formatted national number with a trunk 0 (020 7946 0958, 090-1234-5678), or
 *   - 7-15 digits right after a phone context word ("Phone: 5321234567").
 * Plain digit runs, dates, versions, IPs and order numbers match none of these.
 *
 * Linear time: a start needs a non-number character before it, and groups must be separated, so a
 * digit run is never split two ways.
 */
export const PHONE_SCORE = 0.4;
export const PHONE_CONTEXT_SCORE = 0.75;

// Group 1 is the number, group 2 an optional extension ("x123", " ext. 45"), kept in the span.
const CANDIDATE_RE = /(?<![\w+.\/-])(\+?\(?\d{1,12}(?:(?:\)[ .-]?|[ .-]\(?)\d{1,12}){0,6}\)?)((?: ?(?:x|ext\.?) ?)\d{1,6})?(?![\w]|[.\/-]\d)/g;
const PHONE_CUE = /\b(?:phone|tel|telephone|telefon\w*|tel[eé]fono|telepono|mobile|mobil|cell|cellphone|call|fax|whatsapp|sms|text me|reach me|contact)\b/i;

const MAX_GROUPS = 8;
/** Scratch for group lengths; detection is synchronous, so one buffer serves every call. */
const groups = new Int32Array(MAX_GROUPS);

interface Shape {
  digits: string;
  groupCount: number;
  plus: boolean;
  dots: boolean;
}

function shapeOf(m: string): Shape | null {
  let digits = '';
  let groupCount = 0;
  let run = 0;
  let dots = false;
  for (let i = 0; i <= m.length; i++) {
    const c = i < m.length ? m.charCodeAt(i) : -1;
    if (c >= 48 && c <= 57) {
      digits += m[i];
      run++;
      continue;
    }
    if (run > 0) {
      if (groupCount === MAX_GROUPS) return null;
      groups[groupCount++] = run;
      run = 0;
    }
    if (c === 46) dots = true;
  }
  return { digits, groupCount, plus: m.charCodeAt(0) === 43, dots };
}

/** Drops parentheses that belong to the surrounding prose: "(415-555-0132)" or "call 555-0132)". */
function trimParens(m: string): [number, number] {
  let open = 0;
  let close = 0;
  for (let i = 0; i < m.length; i++) {
    const c = m.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41) close++;
  }
  const startsOpen = m.charCodeAt(0) === 40;
  const endsClose = m.charCodeAt(m.length - 1) === 41;
  if (startsOpen && endsClose && open === 1 && close === 1) return [1, m.length - 1];
  if (endsClose && close > open) return [0, m.length - 1];
  if (startsOpen && open > close) return [1, m.length];
  return [0, m.length];
}

function nanpValid(tenDigits: string): boolean {
  // Area code and exchange start with 2-9.
  return tenDigits.length === 10 && tenDigits.charCodeAt(0) >= 50 && tenDigits.charCodeAt(3) >= 50;
}

function isNanpShaped(s: Shape): boolean {
  const g = groups;
  if (s.groupCount === 3 && g[0] === 3 && g[1] === 3 && g[2] === 4) return nanpValid(s.digits);
  if (s.groupCount === 4 && g[0] === 1 && g[1] === 3 && g[2] === 3 && g[3] === 4 && s.digits.charCodeAt(0) === 49) {
    return nanpValid(s.digits.slice(1));
  }
  return false;
}

function isInternational(s: Shape): boolean {
  const n = s.digits.length;
  if (s.digits.charCodeAt(0) === 49) return n === 11 && nanpValid(s.digits.slice(1));
  return n >= 8 && n <= 15;
}

function isTrunkNational(s: Shape): boolean {
  const n = s.digits.length;
  // Dots only in the French style of many pairs (01.84.17.61.18); otherwise they look like versions.
  return s.groupCount >= 2 && (!s.dots || s.groupCount >= 4) && n >= 9 && n <= 11 && s.digits.charCodeAt(0) === 48 && s.digits.charCodeAt(1) !== 48;
}

function allSame(d: string): boolean {
  for (let i = 1; i < d.length; i++) if (d.charCodeAt(i) !== d.charCodeAt(0)) return false;
  return true;
}

export function detectPhones(text: string, out: Span[]): void {
  CANDIDATE_RE.lastIndex = 0;
  for (let m = CANDIDATE_RE.exec(text); m !== null; m = CANDIDATE_RE.exec(text)) {
    const number = m[1] ?? '';
    if (number.length < 7) continue; // fewer than 7 digits: not a phone number, skip the parse
    const s = shapeOf(number);
    if (s === null || s.digits.length < 7 || allSame(s.digits)) continue;
    const formatted = s.plus ? isInternational(s) : isNanpShaped(s) || isTrunkNational(s);
    const cued = hasContextBefore(text, m.index, PHONE_CUE, 40);
    if (!formatted && !(cued && s.digits.length <= 15 && !s.dots)) continue;
    const [a, b] = trimParens(number);
    const end = m[2] === undefined ? m.index + b : m.index + m[0].length;
    out.push({ entityType: 'PHONE_NUMBER', start: m.index + a, end, score: cued ? PHONE_CONTEXT_SCORE : PHONE_SCORE });
  }
}
