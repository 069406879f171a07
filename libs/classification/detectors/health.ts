import { CONDITION_SCORE, detectTerms } from './health/terms';
import { isIcd10Category } from './clinical/icd10';
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

const UNDOTTED_ICD10_RE = /(?<![\w.-])([A-TV-Z])(\d{2})(?![\w-]|\.\w)/g;
/** How far (in characters) a clinical term may be from an undotted code. */
const TERM_WINDOW = 120;

function detectIcd10NearTerms(text: string, out: Span[], termsFrom: number, termsTo: number): void {
  if (termsTo === termsFrom) return;
  UNDOTTED_ICD10_RE.lastIndex = 0;
  let t = termsFrom; // term spans are in text order, and so are code matches: one moving pointer
  for (let m = UNDOTTED_ICD10_RE.exec(text); m !== null; m = UNDOTTED_ICD10_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (t < termsTo && (out[t]?.end ?? 0) + TERM_WINDOW < start) t++;
    const nearTerm = t < termsTo && (out[t]?.start ?? 0) - TERM_WINDOW <= end;
    if (!nearTerm || !isIcd10Category(m[1] as string, m[2] as string)) continue;
    out.push({ entityType: 'ICD10_CODE', start, end, score: ICD10_NEAR_TERM_SCORE });
  }
}

export function detectHealthContext(text: string, out: Span[]): void {
  const from = out.length;
  const count = detectTerms(text, out);
  detectIcd10NearTerms(text, out, from, from + count);
}
