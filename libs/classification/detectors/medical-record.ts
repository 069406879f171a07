import type { Span } from './types';

/**
 * MEDICAL_RECORD_NUMBER: an id right after "MRN" / "medical record number" / "med rec #". A medical
 * identifier, so PHI by itself (SPEC §4). Only the id is reported.
 */
export const MRN_SCORE = 0.85;

const CUE =
  '(?:MRN|[Mm]rn|[Mm]edical[ \\t]{1,3}[Rr]ecord(?:[ \\t]{1,3}(?:[Nn]umber|[Nn]o\\.?|#|ID|[Ii]d))?|[Mm]ed[ \\t]{0,3}[Rr]ec(?:ord)?[ \\t]{0,3}(?:#|[Nn]o\\.?))';
const MRN_RE = new RegExp(
  `(?<![A-Za-z])${CUE}[ \\t]{0,3}(?:[:#=-]|is|of)?[ \\t]{0,3}#?([A-Za-z0-9][A-Za-z0-9-]{3,19})(?![\\w-])`,
  'g',
);

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function detectMedicalRecordNumbers(text: string, out: Span[]): void {
  MRN_RE.lastIndex = 0;
  for (let m = MRN_RE.exec(text); m !== null; m = MRN_RE.exec(text)) {
    const id = m[1] ?? '';
    if (digitCount(id) < 3) continue; // "MRN field", "medical record number format"
    const end = m.index + m[0].length;
    out.push({ entityType: 'MEDICAL_RECORD_NUMBER', start: end - id.length, end, score: MRN_SCORE });
  }
}
