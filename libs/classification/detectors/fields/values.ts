import { DATE_SCORE, detectDateTimes } from '../net/date-time';
import { digitCount } from '../medical-record';
import type { Span } from '../types';

/**
 * Shapes a value must have before a field name's cue makes it an identifier: the cue says what the
 * field is for, the value must still look like one ("mrn": "n/a", "dob": "unknown", a template slot
 * are no data).
 */

/** Letters and digits, groups joined by one '-', '/' or '.', with at least 3 digits (as after "MRN:" in prose). */
const RECORD_RE = /^[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])){2,23}$/;
const MIN_RECORD_DIGITS = 3;

export function isRecordValue(s: string): boolean {
  return RECORD_RE.test(s) && digitCount(s) >= MIN_RECORD_DIGITS;
}

/** yyyymmdd, as HL7 and many exports write a birth date. */
const COMPACT_DATE_RE = /^(1[89]\d\d|20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;

/**
 * Length of the date that `s` starts with (a format the date detector knows, read with a birth cue,
 * or yyyymmdd), or 0. The date may be followed by a time ("1961-04-30T00:00:00Z").
 */
export function birthDateLength(s: string): number {
  if (COMPACT_DATE_RE.test(s)) return s.length;
  const spans: Span[] = [];
  detectDateTimes(`DOB ${s}`, spans); // the cue lets day-first short forms ("3.4.61") count, as after "DOB" in prose
  for (const d of spans) if (d.start === 4 && d.score >= DATE_SCORE) return d.end - 4;
  return 0;
}

/** A person's name in a cell: one to four words of letters (capitalised or upper case), no digits. */
const PERSON_RE = /^\p{Lu}[\p{L}'’.-]{0,30}(?:,?[ ]{1,2}\p{L}[\p{L}'’.-]{0,30}){0,3}$/u;
/** Fillers that stand where a name would be. */
const NOT_NAMES = new Set(['unknown', 'none', 'null', 'nil', 'anonymous', 'redacted', 'tbd', 'test', 'n.a.', 'na', 'doe']);

export function isPersonValue(s: string): boolean {
  return s.length <= 48 && PERSON_RE.test(s) && !NOT_NAMES.has(s.toLowerCase());
}

/** A postal address line: letters and a house number. */
export function isAddressValue(s: string): boolean {
  return s.length >= 6 && s.length <= 120 && /\d/.test(s) && /\p{L}{3}/u.test(s);
}

export function isEmailValue(s: string): boolean {
  const at = s.indexOf('@');
  return at > 0 && at < s.length - 3 && s.indexOf('.', at) > at && !/\s/.test(s);
}

/** Digits with the usual separators, 7 to 15 digits. */
export function isPhoneValue(s: string): boolean {
  const n = digitCount(s);
  return n >= 7 && n <= 15 && /^\+?[\d ()./-]+$/.test(s);
}

/** A template slot, not a value: "<MRN>", "{{dob}}", "${NAME}", "[Name]". */
const SLOT_RE = /^(?:<[^<>]{1,40}>|\{\{[^{}]{1,40}\}\}|\$\{[^{}]{1,40}\}|\[[A-Za-z _-]{1,40}\])$/;

export function isSlot(s: string): boolean {
  return s.length <= 44 && SLOT_RE.test(s);
}
