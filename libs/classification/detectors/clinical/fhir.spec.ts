import type { Span } from '../types';
import { detectFhir } from './fhir';

const found = (text: string): Array<[string, string]> => {
  const out: Span[] = [];
  detectFhir(text, out);
  return out.map((s) => [s.entityType, text.slice(s.start, s.end)]);
};

const PATIENT = {
  resourceType: 'Patient',
  id: 'example',
  identifier: [
    {
      use: 'usual',
      type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
      system: 'urn:oid:1.2.36.146.595.217.0.1',
      value: '12345',
    },
    { system: 'http://hl7.org/fhir/sid/us-ssn', value: '123-45-6789' },
  ],
  name: [{ use: 'official', family: 'Chalmers', given: ['Peter', 'James'] }],
  telecom: [
    { system: 'phone', value: '(03) 5555 6473', use: 'work' },
    { value: 'peter@example.org', system: 'email' },
  ],
  gender: 'male',
  birthDate: '1974-12-25',
  address: [{ use: 'home', line: ['534 Erewhon St'], city: 'PleasantVille', postalCode: '3999' }],
  generalPractitioner: [{ reference: 'Practitioner/1', identifier: { value: 'GP-77' } }],
};

const EXPECTED_PATIENT: Array<[string, string]> = [
  ['FHIR_RESOURCE', 'Patient'],
  ['MEDICAL_RECORD_NUMBER', '12345'],
  ['US_SSN', '123-45-6789'],
  ['PERSON', 'Chalmers'],
  ['PERSON', 'Peter'],
  ['PERSON', 'James'],
  ['PHONE_NUMBER', '(03) 5555 6473'],
  ['EMAIL_ADDRESS', 'peter@example.org'],
  ['DATE_TIME', '1974-12-25'],
  ['LOCATION', '534 Erewhon St'],
  ['LOCATION', 'PleasantVille'],
  ['LOCATION', '3999'],
];

const OBSERVATION = {
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '4548-4', display: 'Hemoglobin A1c' }] },
  valueQuantity: { value: 8.1, unit: '%' },
};

const sorted = (a: Array<[string, string]>): Array<[string, string]> => [...a].sort((x, y) => (x[0] + x[1]).localeCompare(y[0] + y[1]));

describe('detectFhir', () => {
  it.each([
    ['pretty-printed', JSON.stringify(PATIENT, null, 2)],
    ['minified', JSON.stringify(PATIENT)],
    ['inside prose', `Please summarise this record: ${JSON.stringify(PATIENT, null, 1)} thanks!`],
  ])('reads a Patient resource (%s)', (_name, text) => expect(sorted(found(text))).toEqual(sorted(EXPECTED_PATIENT)));

  it('scores birthDate as a date of birth', () => {
    const out: Span[] = [];
    detectFhir(JSON.stringify(PATIENT), out);
    expect(out.find((s) => s.entityType === 'DATE_TIME')?.score).toBeGreaterThanOrEqual(0.85);
  });

  it('reads the resources of a Bundle', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: OBSERVATION },
        {
          resource: {
            resourceType: 'Condition',
            code: {
              coding: [
                { code: 'E11.9', system: 'http://hl7.org/fhir/sid/icd-10-cm' },
                { system: 'http://snomed.info/sct', code: '44054006' },
              ],
            },
          },
        },
      ],
    };
    expect(found(JSON.stringify(bundle, null, 2))).toEqual([
      ['FHIR_RESOURCE', 'Observation'],
      ['LOINC_CODE', '4548-4'],
      ['FHIR_RESOURCE', 'Condition'],
      ['ICD10_CODE', 'E11.9'],
      ['SNOMED_CT_CODE', '44054006'],
    ]);
  });

  it.each([
    [
      'resourceType not first',
      '{"id":"x","resourceType":"MedicationRequest","subject":{"reference":"Patient/1"}}',
      [['FHIR_RESOURCE', 'MedicationRequest']],
    ],
    [
      'identifier system in any resource',
      '{"resourceType":"Coverage","beneficiary":{"identifier":{"system":"http://hl7.org/fhir/sid/us-medicare","value":"1EG4TE5MK73"}}}',
      [
        ['FHIR_RESOURCE', 'Coverage'],
        ['US_MBI', '1EG4TE5MK73'],
      ],
    ],
    [
      'NPI of a practitioner',
      '{"resourceType":"Practitioner","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893"}]}',
      [['US_NPI', '1234567893']],
    ],
    [
      'truncated JSON',
      '{"resourceType":"Patient","name":[{"family":"Doe","given":["Jo',
      [
        ['FHIR_RESOURCE', 'Patient'],
        ['PERSON', 'Doe'],
      ],
    ],
    ['a non-clinical resource', '{"resourceType":"CapabilityStatement","name":"Server"}', []],
    ['the word alone', 'What is a resourceType in FHIR?', []],
  ])('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));

  it('stays linear on deep nesting', () => {
    const text = '{"resourceType":"Patient","a":' + '['.repeat(100000) + ']'.repeat(100000) + '}';
    const t0 = Date.now();
    found(text);
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});

describe('detectFhir on templates', () => {
  it('reads {{…}} and <…> slots of a resource skeleton as no data', () => {
    const skeleton = JSON.stringify({
      resourceType: 'Patient',
      id: '{{patient_id}}',
      name: [{ family: '{{family}}', given: ['{{given}}', '<MIDDLE>'] }],
      birthDate: '{{birthDate}}',
      address: [{ line: ['${street}'], city: '<CITY>' }],
    });
    expect(found(skeleton)).toEqual([['FHIR_RESOURCE', 'Patient']]);
  });
});
