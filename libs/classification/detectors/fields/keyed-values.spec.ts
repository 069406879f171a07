import type { Span } from '../types';
import { classifyRequest } from '../../classify-request';
import { detectKeyedValues } from './keyed-values';
import { fieldKind, fieldWords } from './vocab';

const found = (detect: (t: string, out: Span[]) => void, text: string): string[] => {
  const out: Span[] = [];
  detect(text, out);
  return out.map((s) => `${s.entityType}:${text.slice(s.start, s.end)}`);
};

describe('fieldWords / fieldKind', () => {
  it.each([
    ['patient_mrn', 'patient mrn'],
    ['patientMRN', 'patient mrn'],
    ['PatientID', 'patient id'],
    ['date-of_birth', 'date of birth'],
    ['Fecha de nacimiento', 'fecha de nacimiento'],
    ['N° dossier', 'n dossier'],
    ['Prénom', 'prenom'],
  ])('splits %s into "%s"', (name, words) => expect(fieldWords(name)).toBe(words));

  it.each([
    ['mrn', 'record'],
    ['patient_mrn', 'record'],
    ['medical_record_number', 'record'],
    ['patientId', 'record'],
    ['Fallnummer', 'record'],
    ['n_dossier', 'record'],
    ['nhc', 'record'],
    ['numero_cartella', 'record'],
    ['dob', 'birth'],
    ['birthDate', 'birth'],
    ['date_of_birth', 'birth'],
    ['Geburtsdatum', 'birth'],
    ['date_naissance', 'birth'],
    ['fecha_nacimiento', 'birth'],
    ['last_name', 'person'],
    ['given', 'person'],
    ['Nachname', 'person'],
    ['apellidos', 'person'],
    ['patient_name', 'person'],
    ['name', 'name'],
    ['nombre', 'name'],
    ['icd10', 'health'],
    ['Diagnosis', 'health'],
    ['loinc', 'health'],
    ['medication', 'health'],
    ['test', 'test'],
    ['ref_range', 'measure'],
    ['pid', 'pid'],
  ])('reads %s as %s', (name, kind) => expect(fieldKind(name)).toBe(kind));

  it.each([
    'order_id',
    'encounter_id',
    'request_id',
    'trace_id',
    'id',
    'mrna_level',
    'mrn_source',
    'version',
    'build_number',
    'product_name',
    'place_of_birth',
  ])('reads %s as no cue', (name) => expect(fieldKind(name)).toBeNull());
});

describe('detectKeyedValues', () => {
  it.each([
    ['{"patient_mrn": "4950415"}', 'MEDICAL_RECORD_NUMBER:4950415'],
    ['{"patientMrn":4950415,"x":1}', 'MEDICAL_RECORD_NUMBER:4950415'],
    ['patientId: 4950415', 'MEDICAL_RECORD_NUMBER:4950415'],
    ['mrn=4950415 dob=1961-04-30', 'MEDICAL_RECORD_NUMBER:4950415'],
    ['/lookup?medical_record_number=MR-2024-0042&x=1', 'MEDICAL_RECORD_NUMBER:MR-2024-0042'],
    ["fallnummer: '24/001234'", 'MEDICAL_RECORD_NUMBER:24/001234'],
    ['{"dob": "1961-04-30"}', 'DATE_TIME:1961-04-30'],
    ['birth_date: 30/04/1961', 'DATE_TIME:30/04/1961'],
    ['"dateOfBirth":"1961-04-30T00:00:00Z"', 'DATE_TIME:1961-04-30T00:00:00Z'],
    ['geburtsdatum=19610430', 'DATE_TIME:19610430'],
    ['patients:\n  - mrn: 4950415\n    name: X', 'MEDICAL_RECORD_NUMBER:4950415'],
  ])('reports the value of %s', (text, expected) => expect(found(detectKeyedValues, text)).toContain(expected));

  it.each([
    ['{"order_id": "4950415"}'],
    ['{"request_id": "4950415", "trace_id": "abc123def456"}'],
    ['id: 42'],
    ['pid: 4312'],
    ['mrna_copies: 40000'],
    ['"mrn": "<MRN>"'],
    ['"mrn": "n/a"'],
    ['patient_id: 7'],
    ['dob: unknown'],
    ['"patient_id": {"type": "string"}'],
    ['if (record == 12345) return;'],
    ['see https://patient.example.org/records'],
  ])('reports nothing in %s', (text) => expect(found(detectKeyedValues, text)).toEqual([]));
});

describe('classify: keys as cues', () => {
  it('makes PHI of a record number in metadata beside a clinical message', () => {
    const c = classifyRequest({
      model: 'auto',
      messages: [{ role: 'user', content: 'Draft a follow-up note: chest pain, started on metoprolol 25 mg.' }],
      metadata: { patient_mrn: '4950415' },
    });
    expect(c.level).toBe('restricted');
    expect(c.categories).toContain('PHI');
  });

  it('makes PII of a birth date in metadata, PHI beside a diagnosis', () => {
    const body = (content: string) => ({ model: 'auto', messages: [{ role: 'user', content }], metadata: { patient_dob: '1961-04-30' } });
    expect(classifyRequest(body('Summarise the release notes.')).level).toBe('confidential');
    expect(classifyRequest(body('Diagnosis: type 2 diabetes mellitus. Draft the letter.')).categories).toContain('PHI');
  });

  it.each([
    ['a request id in metadata', { metadata: { request_id: '4950415', build: '1042' } }],
    ['an order id in metadata', { metadata: { order_id: '4950415' } }],
  ])('keeps %s public', (_name, extra) => {
    const c = classifyRequest({ model: 'auto', messages: [{ role: 'user', content: 'Summarise the release notes.' }], ...extra });
    expect(c.level).toBe('public');
  });
});
