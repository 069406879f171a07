import { detectMedicalRecordNumbers } from './medical-record';
import type { Span } from './types';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectMedicalRecordNumbers(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectMedicalRecordNumbers', () => {
  it.each([
    ['MRN\n4471234', []], // a cue and an id on different lines
    ['Patient ID: 4471\nMRN 12 34\nno id here\r\nchart number 5560123', ['4471', '12 34', '5560123']],
    ['MRN field is required\nMRN: 00123456', ['00123456']],
    ['first line 1 2\nMRN 12-34', ['12-34']],
    ['MRN 12-AB\n345', []], // two digits on the cue's line
  ])('reads ids line by line: %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['MRN: 00123456', ['00123456']],
    ['MRN 4567-89', ['4567-89']],
    ['mrn#A1234567', ['A1234567']],
    ['Medical record number is 987654', ['987654']],
    ['medical record no. MR-2024-0042', ['MR-2024-0042']],
    ['Med Rec # 555123', ['555123']],
    ['Patient ID: A12-3456', ['A12-3456']],
    ['Pat-ID 4711-0815', ['4711-0815']],
    ['patient #: 00981234', ['00981234']],
    ['Patienten-ID: 20240311-77', ['20240311-77']],
    ['Patientennummer 9876543', ['9876543']],
    ['Fallnummer: 24/001234', ['24/001234']],
    ['numéro de dossier médical : 2024.5567', ['2024.5567']],
    ['N° patient 0045781', ['0045781']],
    ['IPP 78451236', ['78451236']],
    ['NIP: 1234567', ['1234567']],
    ['número de historia clínica 55.123.456', ['55.123.456']],
    ['Esempio reale dal reparto: cartella 2564711 -> creatinina 2,8 mg/dL', ['2564711']],
    ['cartella clinica n. 88123', ['88123']],
    ['Processo clínico 445123, internada desde ontem', ['445123']],
    ['patiëntnummer 7781234', ['7781234']],
    ['journalnummer 2024-55123', ['2024-55123']],
    ['nr historii choroby 12345/2024', ['12345/2024']],
    ['NHC 0091234', ['0091234']],
    ['chart number 12 345 678', ['12 345 678']],
    ['Hospital number: RX0098765', ['RX0098765']],
    ['encounter # E-778899', ['E-778899']],
    ['patient account number 4455667788', ['4455667788']],
    // The id a few words after the cue, in the same sentence.
    ['Medical record number; for this batch always 48290806', ['48290806']],
    ['MRN, which is usually 00123456 here', ['00123456']],
    ['patient ID is always set to 4711-0815-22', ['4711-0815-22']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    'The MRN field is required',
    'medical record number format',
    'MRN: 12', // too short
    'SMRN 123456', // cue inside a word
    'Order #123456789',
    'patient no longer needs 20 mg',
    'Patient ID field',
    'nip 1234567', // the acronyms are upper case
    'IPP 123', // too few digits for an acronym cue
    'account number 4455667788', // a bank account, not a patient account
    'snip 1234567',
    'patient number grew from 120 to 450', // too few digits for an id a few words on
    'MRN field is required. Order 12345678', // another sentence
    'MRN; for the phone call 0612345678', // another number's cue in between
    'the medical record number is needed on this form for nine of the patients admitted 20240311', // too many words
    'MRN, then Ward B 12345678', // capitalised words in between
    'salva il file nella cartella 2024 e poi nella cartella 331', // "cartella" is also a folder
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));
});
