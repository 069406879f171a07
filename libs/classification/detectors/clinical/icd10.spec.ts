import type { Span } from '../types';
import { detectIcd10Codes, isIcd10Category } from './icd10';

const codes = (text: string): string[] => {
  const out: Span[] = [];
  detectIcd10Codes(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('isIcd10Category', () => {
  it.each([
    ['E', '11', true],
    ['I', '10', true],
    ['U', '07', true],
    ['Z', '3A', true],
    ['C', '4A', true],
    ['D', '90', false], // D89 is the chapter's last
    ['A', '10', false], // A09 then A15
    ['U', '99', false],
    ['B', '12', false],
    ['Z', '3B', false],
  ])('%s%s -> %p', (letter, rest, valid) => expect(isIcd10Category(letter, rest)).toBe(valid));
});

describe('detectIcd10Codes', () => {
  it.each([
    ['Assessment: E11.9 type 2', ['E11.9']],
    ['J45.909 and N18.3', ['J45.909', 'N18.3']],
    ['COVID U07.1 confirmed', ['U07.1']],
    ['Fracture S72.001A, initial encounter', ['S72.001A']],
    ['Poisoning T36.0X1A', ['T36.0X1A']],
    ['Gestation Z3A.32', ['Z3A.32']],
    ['123 Main St, Springfield, E11.9', ['E11.9']], // a code next to an address
    ['Dx: I10', ['I10']],
    ['ICD-10-CM E119', ['E119']],
    ['ICD10 code S72001A', ['S72001A']],
    ['diagnóstico: J45', ['J45']],
    ['Diagnose F32', ['F32']],
    ['diagnosis codes E11.9, I10, N18', ['E11.9', 'I10', 'N18']],
    ['Dx I10 and E78', ['I10', 'E78']],
  ])('finds codes in %p', (text, expected) => expect(codes(text)).toEqual(expected));

  it.each([
    'Upgrade the S3 bucket and EKS',
    'Use a C4 box and an A10 adapter',
    'version A10.2 released', // A10 is no category
    'release E11.9 of the firmware', // version cue
    'D90.1 is not a code', // D90 is no category
    'B12.5 nodes', // B12 is no category
    'Error code E11 on the washing machine',
    'call I10 and the M25 motorway',
    'A00.12345 is too long',
    'see E11.9.2 for details',
    'sku-E11.9',
  ])('finds nothing in %p', (text) => expect(codes(text)).toEqual([]));

  it('scores dotted above cued', () => {
    const out: Span[] = [];
    detectIcd10Codes('Dx I10, E11.9', out);
    expect(out.map((s) => s.score)).toEqual([0.5, 0.6]);
  });
});
