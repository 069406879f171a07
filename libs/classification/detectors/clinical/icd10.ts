import { ICD10_ALNUM_CATEGORIES, ICD10_CATEGORY_MASKS } from '../clinical-data';
import type { Span } from '../types';
import { capitalAt, execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';

/**
 * ICD10_CODE (health context, identifies no one): ICD-10 / ICD-10-CM diagnosis codes whose
 * 3-character category really exists (data/clinical-codes-icd10.ts, generated from the CDC list).
 *   - dotted (E11.9, J45.909, U07.1, S72.001A with the ICD-10-CM 7th character, T36.0X1A with the
 *     placeholder X) -> {@link ICD10_DOTTED_SCORE} on its own;
 *   - undotted (I10, E119, S72001A) -> {@link ICD10_CUED_SCORE} only after a diagnosis cue ("ICD",
 *     "ICD-10-CM", "Dx", "diagnosis", "Diagnose", "diagnostic", "diagnóstico", "CIM-10", "CIE-10",
 *     "code"/"codes" unless it is an error/status code) within {@link CUE_WINDOW} characters, or as
 *     the next item of a list that started with a cued or dotted code ("Dx: E11.9, I10, N18.3").
 * Independent of the vocabulary detector (health.ts): no term spans are consulted.
 * Versions ("v1.2", "release A10.2") are excluded by the category table and a version cue.
 */
export const ICD10_DOTTED_SCORE = 0.6;
export const ICD10_CUED_SCORE = 0.5;
const CUE_WINDOW = 40;
/** A list item follows the previous code within this many characters (", ", " and ", "; "). */
const LIST_GAP = 6;

// Category letter, two more category characters, then an optional dotted or undotted extension.
const ICD10_RE = /(?<![\w.\-/@#$])([A-Z])(\d[0-9A-Z])(?:(\.)([0-9A-Z]{1,4})|([0-9][0-9A-Z]{0,3}))?(?![\w\-]|[.,]\d)/y;
/** Digit runs where an ICD10_RE match may begin: right after its category letter (see `execAtRuns`). */
const admitIcd10: RunFilter = (text, s) => capitalAt(text, s - 1);
const CUE_RE =
  /(?:\b(?:icd(?:[ -]?10)?(?:[ -]?(?:cm|gm|who))?|dx|ddx|diagnos[ie]s|diagnose[n]?|diagnostic|diagn[oó]stico|cim[ -]?10|cie[ -]?10|(?:billing|diagnosis|dx|icd)[ -]codes?)\b|(?<!\b(?:error|fault|status|exit|promo|zip|post(?:al)?|area|country|source|response|return|http|sms|color|colour|discount|coupon|access|auth|qr|bar)[ \t]{1,2})\bcodes?\b)[^\n]{0,40}$/i;
const VERSION_BEFORE = /\b(?:v|ver|version|release|rel|build|firmware|sdk|model|part|sku|route|flight|room|seat|gate|bus)\.?[ \t:#]{0,3}$/i;
const LIST_SEP = /^[ \t]{0,2}(?:[,;\/|+&]|and|or|et|und|y)?[ \t]{0,2}$/i;

const ALNUM = new Set(ICD10_ALNUM_CATEGORIES);
const MASKS = new Map<string, Uint8Array>();
for (const [letter, hex] of Object.entries(ICD10_CATEGORY_MASKS)) {
  const bits = new Uint8Array(100);
  for (let i = 0; i < 100; i++) bits[i] = (parseInt(hex.charAt(i >> 2), 16) >> (i & 3)) & 1;
  MASKS.set(letter, bits);
}

/** Is `letter` + `rest` (two characters) a real ICD-10(-CM) category? */
export function isIcd10Category(letter: string, rest: string): boolean {
  const c1 = rest.charCodeAt(1);
  if (c1 >= 65 && c1 <= 90) return ALNUM.has(letter + rest);
  const bits = MASKS.get(letter);
  return bits !== undefined && bits[Number(rest)] === 1;
}

export function detectIcd10Codes(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  let listEnd = -1; // end of the last accepted code, for list continuation
  execAtRuns(text, scan, ICD10_RE, [-1], admitIcd10, (m) => {
    // After the category: up to 4 characters (4th-6th digits, 'X' placeholders or, in a few CM
    // chapters, letters as in C84.A0; the 7th an extension such as S72.001A's 'A').
    const [whole, letter = '', rest = '', dot, , plainExt] = m;
    if (!isIcd10Category(letter, rest)) return;
    const start = m.index;
    const end = start + whole.length;
    const window = text.slice(Math.max(0, start - CUE_WINDOW), start);
    if (VERSION_BEFORE.test(window)) return;
    let score = ICD10_DOTTED_SCORE;
    if (dot === undefined) {
      const listed = listEnd >= 0 && start - listEnd <= LIST_GAP && LIST_SEP.test(text.slice(listEnd, start));
      if (!listed && !CUE_RE.test(window)) return;
      if (plainExt !== undefined && plainExt.length > 4) return;
      score = ICD10_CUED_SCORE;
    }
    out.push({ entityType: 'ICD10_CODE', start, end, score });
    listEnd = end;
  });
}
