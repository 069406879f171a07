import { hasContextBefore } from '../context';
import type { Span } from '../types';
import { allSame, digitsOf, readsAsQuantity, scanAfterCues } from './checks';
import { execAtRuns, scanText, type TextScan, type RunFilter } from '../scan';

/**
 * US_DRIVER_LICENSE: the state formats (ntsi.com list, as in Presidio) — one or two letters and
 * digits (A1234567, WA's 12-character form aside), digits with a trailing letter or two, mixed
 * letter-digit forms, all-digit numbers of 6-14 or 16 digits, and the dashed or spaced printed
 * forms (S530-4605-9345, 123 456 789) — reported only after a licence cue: every one of these
 * shapes is also an ordinary product or order id. A cue raises Presidio's 0.3 (alphanumeric) and
 * 0.01 (digits only) by 0.35.
 */
export const DL_ALNUM_SCORE = 0.65;
export const DL_DIGITS_SCORE = 0.4;
/**
 * One letter and eight digits (H12234567, the commonest state shape) without a cue: reported at
 * Presidio's weak score, so /v1/analyze shows it, but it does not count as personal data alone.
 */
export const DL_UNCUED_SCORE = 0.3;
const DL_UNCUED_RE = /(?<![\w.-])[A-Z]\d{8}(?![\w]|[-.]\w)/y;
/** Digit runs where a DL_UNCUED_RE match may begin (see `execAtRuns`). */
const admitDlUncued: RunFilter = (text, s, e) => e - s === 8;

const DL_RE = new RegExp(
  '(?<![\\w.-])(?:' +
    [
      '[A-Z]{1,2}\\d{3,14}',
      '[A-Z]\\d{18}',
      '\\d{2}[A-Z]{3}\\d{5,6}',
      '\\d{7,9}[A-Z]',
      '\\d{8}[A-Z]{2}',
      '\\d{3}[A-Z]{2}\\d{4}',
      '[A-Z]{2}\\d{6}[A-Z]',
      '[A-Z]\\d{6}R',
      '[A-Z]\\d[A-Z]\\d{2}[A-Z]\\d{2,6}',
      '[A-Z]?\\d{3,4}(?:[ -]\\d{2,4}){2,3}(?:-\\d)?',
      '\\d{6,14}',
      '\\d{16}',
    ].join('|') +
    ')(?![\\w]|[-.]\\w)',
  'g',
);
// Dates and NANP phone numbers share the spaced/dashed shape ("expires 2030-01-15", "201-948-1927").
const DATE_OR_PHONE = /^(?:\d{4}[ -]\d{2}[ -]\d{2}|\d{2}[ -]\d{2}[ -]\d{4}|\d{3}[ -]\d{3}[ -]\d{4})$/;
const PHONE_CUE = /(?<![a-z])(?:phone|tel|telephone|mobile|cell|call|fax)(?![a-z])/i;
// "driver" alone is a job title ("bus driver"); the licence itself must be named.
const DL_CUE_WORDS = "(?:licen[cs]e|lic(?:\\.|#|(?![a-z]))|c?dls?(?![a-z])|dl#|permit|driver(?:'?s)?[\\W_]{0,2}(?:licen|id|no|number|#))";
const DL_CUE = new RegExp(`(?<![a-z])${DL_CUE_WORDS}`, 'i');
/** The cue words without their leading "no letter before" (checked by `noLetterBefore` instead). */
const DL_CUES = new RegExp(DL_CUE_WORDS, 'gi');

/** `(?<![a-z])` of a case-insensitive regex: no ASCII letter right before `i`. */
function noLetterBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1) | 32;
  return !(c >= 97 && c <= 122);
}
const CONTEXT_WINDOW = 48;

export function detectUsDriverLicenses(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  const from = out.length;
  detectCued(text, out);
  execAtRuns(text, scan, DL_UNCUED_RE, [-1], admitDlUncued, (m) => {
    const start = m.index;
    if (allSame(m[0].slice(1)) || out.some((s, i) => i >= from && s.start === start)) return;
    out.push({ entityType: 'US_DRIVER_LICENSE', start, end: start + 9, score: DL_UNCUED_SCORE });
  });
}

function detectCued(text: string, out: Span[]): void {
  scanAfterCues(text, DL_CUES, CONTEXT_WINDOW, DL_RE, (m) => reportCued(text, m, out), noLetterBefore);
}

function reportCued(text: string, m: RegExpExecArray, out: Span[]): void {
  const v = m[0];
  const digits = digitsOf(v);
  if (digits.length < 5 || allSame(digits) || DATE_OR_PHONE.test(v) || !hasContextBefore(text, m.index, DL_CUE, CONTEXT_WINDOW)) return;
  if (hasContextBefore(text, m.index, PHONE_CUE, 24) || readsAsQuantity(text, m.index, m.index + v.length)) return;
  const alnum = digits.length !== v.length && /[A-Z]/.test(v);
  out.push({ entityType: 'US_DRIVER_LICENSE', start: m.index, end: m.index + v.length, score: alnum ? DL_ALNUM_SCORE : DL_DIGITS_SCORE });
}
