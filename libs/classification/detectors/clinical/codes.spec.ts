import type { Span } from '../types';
import { detectClinicalCodes, isLoinc, isSctid, verhoeffValid } from './codes';

const found = (text: string): Array<[string, string]> => {
  const out: Span[] = [];
  detectClinicalCodes(text, out);
  return out.map((s) => [s.entityType, text.slice(s.start, s.end)]);
};

describe('check digits', () => {
  it.each([
    ['2345-7', true], // glucose
    ['4548-4', true], // HbA1c
    ['718-7', true], // haemoglobin
    ['2345-8', false],
    ['4548-5', false],
  ])('LOINC %s -> %p', (code, ok) => expect(isLoinc(code)).toBe(ok));

  it.each([
    ['22298006', true], // myocardial infarction
    ['73211009', true], // diabetes mellitus
    ['38341003', true], // hypertensive disorder
    ['22298007', false], // bad check digit
    ['1234567', false],
  ])('SCTID %s -> %p', (id, ok) => expect(isSctid(id)).toBe(ok));

  it('Verhoeff', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
  });
});

describe('detectClinicalCodes', () => {
  it.each([
    ['LOINC 4548-4 = 8.1 %', [['LOINC_CODE', '4548-4']]],
    ['2345-7 Glucose 95 mg/dL', [['LOINC_CODE', '2345-7']]],
    ['SNOMED CT: 22298006 (MI)', [['SNOMED_CT_CODE', '22298006']]],
    ['SCTID 73211009', [['SNOMED_CT_CODE', '73211009']]],
    ['NDC 0002-7510-01', [['NDC_CODE', '0002-7510-01']]],
    ['NDC: 50090-2875-0', [['NDC_CODE', '50090-2875-0']]],
    ['ndc 00002751001', [['NDC_CODE', '00002751001']]],
    ['National Drug Code 12345-678-90', [['NDC_CODE', '12345-678-90']]],
  ])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '2345-7 apples', // no cue, no lab value
    'LOINC 2345-8', // bad check digit
    'order 22298006', // SCTID without a SNOMED cue
    'SNOMED 22298007', // bad Verhoeff digit
    'part 0002-7510-01', // NDC shape without cue
    'pages 12-3 and 4548-4',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));
});
