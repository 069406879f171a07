import { classifyTexts } from './classify';

/**
 * SPEC §4 on structured clinical formats and codes, end to end through the classifier. None of
 * these cases depends on the clinical vocabulary (health-terms.ts): the health context comes from
 * the record structure (HL7 segment, FHIR resource) or a validated code.
 */
const HL7 =
  'MSH|^~\\&|LAB|HOSP|EHR|HOSP|202403141200||ORU^R01|MSG1|P|2.5\rPID|1||MRN778899^^^HOSP^MR||ROE^RICHARD||19700314|M\rOBX|1|NM|4548-4^HbA1c^LN||8.1|%';
const FHIR_PATIENT = JSON.stringify({ resourceType: 'Patient', name: [{ family: 'Roe', given: ['Richard'] }], birthDate: '1970-03-14' });
const FHIR_OBSERVATION = JSON.stringify({
  resourceType: 'Observation',
  code: { coding: [{ system: 'http://loinc.org', code: '4548-4' }] },
  valueQuantity: { value: 8.1, unit: '%' },
});

describe('classify: clinical formats (SPEC §4)', () => {
  it.each([
    ['an HL7 v2 message with a PID segment', [HL7]],
    ['a PID segment alone', ['PID|1||A12345^^^HOSP^MR||DOE^JANE||19800101|F']],
    ['a FHIR Patient resource', [FHIR_PATIENT]],
    [
      'a FHIR Patient with a FHIR Observation in another message',
      [JSON.stringify({ resourceType: 'Patient', telecom: [{ system: 'phone', value: '555-201-9384' }] }), FHIR_OBSERVATION],
    ],
    ['a dotted ICD-10 code next to an address and a name', ['Jane Roe, 12 Elm Street, Springfield: E11.9']],
    ['a date of birth with a diagnosis code', ['DOB 03/14/1970, Dx I10']],
    ['a date of birth in French with an ICD-10 code', ['né le 14/03/1970, diagnostic J45.909']],
    ['a cued SNOMED code and an e-mail', ['SNOMED CT 73211009 for jane.roe@example.org']],
    ['an MRN alone', ['Patient ID: A12-3456']],
    ['a German case number alone', ['Fallnummer: 24/001234']],
    [
      'a FHIR identifier with the SSN system',
      ['{"resourceType":"Patient","identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"123-45-6789"}]}'],
    ],
  ])('makes PHI of %s', (_name, texts) => {
    const c = classifyTexts(texts);
    expect(c.categories).toContain('PHI');
    expect(c.level).toBe('restricted');
  });

  it('counts a date of birth as personal', () => {
    const c = classifyTexts(['DOB 03/14/1970']);
    expect(c.categories).toEqual(['PII']);
  });

  it.each([
    ['a code without any identifier', ['Dx E11.9 and LOINC 4548-4']],
    ['a FHIR Observation without a patient', [FHIR_OBSERVATION]],
    ['an OBX segment alone', ['OBX|1|NM|4548-4^HbA1c^LN||8.1|%']],
  ])('keeps %s out of PII (health context only)', (_name, texts) => {
    const c = classifyTexts(texts);
    expect(c.healthContext).toBe(true);
    expect(c.categories).toEqual([]);
  });

  it.each([
    'Deploy on an A10 instance with S3 and EKS',
    'ps aux | grep PID',
    'Error code E11 on the dishwasher',
    'The resourceType field of a FHIR resource names its type',
  ])('leaves %p without a health context', (text) => {
    expect(classifyTexts([text]).healthContext).toBe(false);
  });
});
