import { luhnValid } from '../ids/checks';
import { AT_RUN, execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';
import type { Span } from '../types';

/**
 * Clinical terminology codes (health context, identify no one), each only where its format is
 * certain: a cue, or a check digit plus a cue.
 *   - LOINC_CODE: NNNNN-N whose last digit is LOINC's mod-10 check digit (the Luhn algorithm), after
 *     a "LOINC" cue or followed on its line by a lab value with a unit ("2345-7 Glucose 95 mg/dL").
 *   - SNOMED_CT_CODE: an SCTID — 6-18 digits, Verhoeff check digit, partition identifier 00/01/02
 *     (short form) or 10/11/12 (namespaced, 11+ digits) — after a "SNOMED"/"SCT" cue.
 *   - NDC_CODE: a National Drug Code — 10 digits as 4-4-2, 5-3-2 or 5-4-1, or 11 digits as 5-4-2
 *     (or run together) — after an "NDC" / "National Drug Code" cue.
 * The HL7 and FHIR detectors report the same codes from their coding systems without a cue.
 */
export const LOINC_SCORE = 0.6;
export const SNOMED_SCORE = 0.6;
export const NDC_SCORE = 0.6;

const CUE_WINDOW = 40;

// Found from the hyphen; the number before it is read back. The digit after the hyphen is a digit
// run of its own (a hyphen before it, no word character after it), so only such runs are tried.
const LOINC_RE = /-\d(?![\w\-]|[.,\/]\d)/y;
const admitLoinc: RunFilter = (text, s, e) => e - s === 1 && text.charCodeAt(s - 1) === 45;
const LOINC_CUE = /\bLOINC\b[^\n]{0,40}$/i;
const LAB_VALUE_AFTER =
  /^[^\n]{0,48}?(?<![\w.])[<>]?\d{1,5}(?:[.,]\d{1,3})?[ \t]?(?:%|mg\/dL|mmol\/L|g\/dL|g\/L|mIU\/L|mU\/L|IU\/L|U\/L|ng\/mL|pg\/mL|µg\/L|ug\/L|µmol\/L|umol\/L|mEq\/L|meq\/L|copies\/mL|cells\/(?:mm3|µL|uL)|10\*3\/uL|mmHg|bpm|fL|pg|sec)(?![\w\/])/;

const SNOMED_RE = /(?<![\w.\-])\d{6,18}(?![\w\-]|[.,]\d)/y;
/** Digit runs where a SNOMED_RE match may begin (see `execAtRuns`). */
const admitSnomed: RunFilter = (text, s, e) => e - s >= 6 && e - s <= 18;
const SNOMED_CUE = /\b(?:SNOMED(?:[ -]?CT)?|SCT(?:ID)?)\b[^\n]{0,40}$/i;

const NDC_RE = /(?<![\w.\-])(?:\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1,2}|\d{10,11})(?![\w\-]|[.,]\d)/y;
/** Digit runs where a NDC_RE match may begin (see `execAtRuns`). */
const admitNdc: RunFilter = (text, s, e) => e - s === 4 || e - s === 5 || e - s === 10 || e - s === 11;
const NDC_CUE = /\b(?:NDC|national[ \t]drug[ \t]code)s?\b[^\n]{0,40}$/i;

const SNOMED_ANYWHERE = /SNOMED|SCT/i;
const NDC_ANYWHERE = /NDC|national[ \t]drug/i;
/** Either of the two above: most texts hold neither cue, and then one scan answers for both. */
const SNOMED_OR_NDC_ANYWHERE = /SNOMED|SCT|NDC|national[ \t]drug/i;

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff check over a digit string, check digit last. */
export function verhoeffValid(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = VERHOEFF_D[c]?.[VERHOEFF_P[i % 8]?.[d] ?? 0] ?? 0;
  }
  return c === 0;
}

/** A well-formed SNOMED CT identifier: length, partition identifier and Verhoeff check digit. */
export function isSctid(digits: string): boolean {
  if (digits.length < 6 || digits.length > 18 || digits.charCodeAt(0) === 48) return false;
  const partition = digits.slice(-3, -1);
  const short = partition === '00' || partition === '01' || partition === '02';
  const long = (partition === '10' || partition === '11' || partition === '12') && digits.length >= 11;
  return (short || long) && verhoeffValid(digits);
}

/** A LOINC code "NNNNN-N" with a valid mod-10 check digit. */
export function isLoinc(code: string): boolean {
  const dash = code.indexOf('-');
  if (dash < 1 || dash > 5 || dash !== code.length - 2) return false;
  return luhnValid(code.slice(0, dash) + code.charAt(dash + 1));
}

function cued(text: string, start: number, cue: RegExp): boolean {
  return start > 0 && cue.test(text.slice(Math.max(0, start - CUE_WINDOW), start));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function detectLoinc(text: string, out: Span[], scan: TextScan): void {
  execAtRuns(text, scan, LOINC_RE, [-1], admitLoinc, (m) => {
    const dash = m.index;
    let start = dash;
    while (start > 0 && start > dash - 6 && isDigit(text.charCodeAt(start - 1))) start--;
    const num = dash - start;
    if (num < 1 || num > 5) return;
    const prev = start > 0 ? text.charAt(start - 1) : ' ';
    if (/[\w.\-/]/.test(prev)) return;
    const end = dash + 2;
    if (!luhnValid(text.slice(start, dash) + text.charAt(dash + 1))) return;
    const withValue = num >= 3 && LAB_VALUE_AFTER.test(text.slice(end, end + 64));
    if (!withValue && !cued(text, start, LOINC_CUE)) return;
    out.push({ entityType: 'LOINC_CODE', start, end, score: LOINC_SCORE });
  });
}

function detectSnomed(text: string, out: Span[], scan: TextScan): void {
  execAtRuns(text, scan, SNOMED_RE, AT_RUN, admitSnomed, (m) => {
    if (!isSctid(m[0]) || !cued(text, m.index, SNOMED_CUE)) return;
    out.push({ entityType: 'SNOMED_CT_CODE', start: m.index, end: m.index + m[0].length, score: SNOMED_SCORE });
  });
}

function detectNdc(text: string, out: Span[], scan: TextScan): void {
  execAtRuns(text, scan, NDC_RE, AT_RUN, admitNdc, (m) => {
    if (!cued(text, m.index, NDC_CUE)) return;
    out.push({ entityType: 'NDC_CODE', start: m.index, end: m.index + m[0].length, score: NDC_SCORE });
  });
}

/** LOINC, SNOMED CT and NDC codes (see the module comment). Every match holds a digit. */
export function detectClinicalCodes(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  detectLoinc(text, out, scan);
  // SNOMED and NDC need their cue anyway: scan their digit runs only when a cue is in the text.
  if (!SNOMED_OR_NDC_ANYWHERE.test(text)) return;
  if (SNOMED_ANYWHERE.test(text)) detectSnomed(text, out, scan);
  if (NDC_ANYWHERE.test(text)) detectNdc(text, out, scan);
}
