import { CONDITION_SCORE, detectTerms } from './health/terms';
import { isIcd10Category } from './clinical/icd10';
import { execAtRuns, scanText, type RunFilter, type TextScan } from './scan';
import type { Span } from './types';

/**
 * Health context (not identifiers): MEDICAL_CONDITION for clinical vocabulary (health/terms.ts: a
 * one-pass scan over the generated vocabulary in ../data/clinical-vocab.ts; drugs need a dose or a
 * cue, labs a value, vitals a value and unit), and ICD10_CODE for an undotted code of a real ICD-10
 * category (I10, J18) right next to a clinical term. Dotted and cued codes are clinical/icd10.ts's;
 * this adds only the codes a clinical term vouches for, so product names (S3, EKS, C4) stay clean.
 */
export { CONDITION_SCORE };
export const ICD10_NEAR_TERM_SCORE = 0.5;

const UNDOTTED_ICD10_RE = /(?<![\w.-])([A-TV-Z])(\d{2})(?![\w-]|\.\w)/y;
/** Digit runs where an UNDOTTED_ICD10_RE match may begin, one character before (see `execAtRuns`). */
const admitTwoDigits: RunFilter = (text, s, e) => e - s === 2;
/** How far (in characters) a clinical term may be from an undotted code. */
const TERM_WINDOW = 120;

function detectIcd10NearTerms(text: string, out: Span[], termsFrom: number, termsTo: number, scan: TextScan): void {
  if (termsTo === termsFrom) return;
  let t = termsFrom; // term spans are in text order, and so are code matches: one moving pointer
  execAtRuns(text, scan, UNDOTTED_ICD10_RE, [-1], admitTwoDigits, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    while (t < termsTo && (out[t]?.end ?? 0) + TERM_WINDOW < start) t++;
    const nearTerm = t < termsTo && (out[t]?.start ?? 0) - TERM_WINDOW <= end;
    if (!nearTerm || !isIcd10Category(m[1] as string, m[2] as string)) return;
    out.push({ entityType: 'ICD10_CODE', start, end, score: ICD10_NEAR_TERM_SCORE });
  });
}

export function detectHealthContext(text: string, out: Span[], scan?: TextScan): void {
  const from = out.length;
  const count = detectTerms(text, out);
  if (count > 0) detectIcd10NearTerms(text, out, from, from + count, scan ?? scanText(text));
}
