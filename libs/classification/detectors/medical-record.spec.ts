import { detectMedicalRecordNumbers } from './medical-record';
import type { Span } from './types';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectMedicalRecordNumbers(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectMedicalRecordNumbers', () => {
  it.each([
    ['MRN: 00123456', ['00123456']],
    ['MRN 4567-89', ['4567-89']],
    ['mrn#A1234567', ['A1234567']],
    ['Medical record number is 987654', ['987654']],
    ['medical record no. MR-2024-0042', ['MR-2024-0042']],
    ['Med Rec # 555123', ['555123']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    'The MRN field is required',
    'medical record number format',
    'MRN: 12', // too short
    'SMRN 123456', // cue inside a word
    'Order #123456789',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));
});
