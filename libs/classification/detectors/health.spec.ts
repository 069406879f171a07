import { detectHealthContext } from './health';
import type { Span } from './types';

const found = (text: string): [string, string][] => {
  const out: Span[] = [];
  detectHealthContext(text, out);
  return out.map((s) => [s.entityType, text.slice(s.start, s.end)]);
};

describe('detectHealthContext', () => {
  it.each([
    [
      'diagnosed with Type 2 Diabetes',
      [
        ['MEDICAL_CONDITION', 'diagnosed with'],
        ['MEDICAL_CONDITION', 'Type 2 Diabetes'],
      ],
    ],
    [
      'History of hypertension (I10).',
      [
        ['MEDICAL_CONDITION', 'hypertension'],
        ['ICD10_CODE', 'I10'],
      ],
    ],
    ['metformin 500 mg twice daily', [['MEDICAL_CONDITION', 'metformin 500 mg']]],
    ['HbA1c 7.2%.', [['MEDICAL_CONDITION', 'HbA1c 7.2%']]],
    ['BP 140/90', [['MEDICAL_CONDITION', 'BP 140/90']]],
    ['Blood  Pressure was high', [['MEDICAL_CONDITION', 'Blood  Pressure']]],
    [
      'See the discharge summary and clinical notes',
      [
        ['MEDICAL_CONDITION', 'discharge summary'],
        ['MEDICAL_CONDITION', 'clinical notes'],
      ],
    ],
    [
      "Alzheimer's and HIV",
      [
        ['MEDICAL_CONDITION', 'Alzheimer'],
        ['MEDICAL_CONDITION', 'HIV'],
      ],
    ],
    [
      'Chief complaint: pneumonia',
      [
        ['MEDICAL_CONDITION', 'Chief complaint'],
        ['MEDICAL_CONDITION', 'pneumonia'],
      ],
    ],
    [
      'Lungenentzündung (J18), Ramipril 5 mg',
      [
        ['MEDICAL_CONDITION', 'Lungenentzündung'],
        ['MEDICAL_CONDITION', 'Ramipril 5 mg'],
        ['ICD10_CODE', 'J18'],
      ],
    ],
    [
      'tumors and carcinomas',
      [
        ['MEDICAL_CONDITION', 'tumors'],
        ['MEDICAL_CONDITION', 'carcinomas'],
      ],
    ],
  ] as [string, [string, string][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'The capital of France is Paris.',
    'Store it in S3, run it on EKS, draw a C4 diagram with GPT-4',
    'version v1.2 and v2.3.11, build 1.2.3.4',
    'F16 and A320 and H100', // undotted codes without a health cue
    'metformin is a drug name without a dose',
    'glucose is a sugar',
    'the U07.1 reserved chapter', // U is excluded
    'E11.9.1 looks like a version',
    'undiagnosable', // whole words only
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));
});
