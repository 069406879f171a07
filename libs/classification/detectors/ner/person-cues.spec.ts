import { detectPersons } from './person-cues';
import type { Span } from '../types';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectPersons(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectPersons', () => {
  it.each([
    ['Patient: Jane Doe', ['Jane Doe']],
    ['patient John Smith was admitted', ['John Smith']],
    ["Patient Name: Mary-Jane O'Brien, 45", ["Mary-Jane O'Brien"]],
    ['Mr. John Smith and Mrs Alice Wong', ['John Smith', 'Alice Wong']],
    ['seen by Dr. House today', ['House']],
    ['Ms. Jane Q. Public', ['Jane Q. Public']],
    ['Hi, my name is Bob Brown.', ['Bob Brown']],
    ['My name is Claude', ['Claude']],
    ['Name: Carol White', ['Carol White']],
    ['name: carol white, Full Name: Carol White', ['Carol White']],
    ['- name: Rose Smith', ['Rose Smith']], // a given name after a YAML key is still a person
    ['Name: Notify Slack', ['Notify Slack']], // a form's capitalised label still decides
    ['the name: Upload Artifacts', ['Upload Artifacts']], // the key does not open its line
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    'The capital of France is Paris.',
    'Patient presents with chest pain',
    'Patient Safety Committee',
    'Name: Jane', // label cues need a first and a last name
    'File name: report.docx',
    'Mr. and Mrs. are titles',
    'PROF. X', // all caps is not a name
    'MrJohn Smith',
    'Jane Doe wrote this', // no cue: left to the NER-backed engine
    '- name: Notify Slack\n  if: always()', // a CI step: an imperative verb after a line-opening key
    'steps:\n  - name: Upload Artifacts\n    uses: actions/upload-artifact@v4',
    '  name: Deploy Production',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));
});

describe('detectPersons after explicit name labels (claim records, forms)', () => {
  it.each([
    ['310-CA Patient First Name: DARNELL\n311-CB Patient Last Name: HOLLOWAY', ['DARNELL', 'HOLLOWAY']],
    ['Last Name: VAN DYKE', ['VAN DYKE']],
    ["Surname: O'BRIEN", ["O'BRIEN"]],
    ['Nachname: MÜLLER\nVorname: Klaus', ['MÜLLER', 'Klaus']],
    ['Nom : DUPONT\nPrénom : Marie', ['DUPONT', 'Marie']],
    ['Apellido: García\nNombre: LUCÍA', ['García', 'LUCÍA']],
    ['Cognome: ROSSI', ['ROSSI']],
    ['NAME: JANE DOE', ['JANE DOE']],
    ['Patient Name: DARNELL HOLLOWAY, DOB 01/02/1979', ['DARNELL HOLLOWAY']],
    ['PATIENT NAME: HOLLOWAY, DARNELL M\nDOB: 19790922', ['HOLLOWAY, DARNELL M']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    'last name: HOLLOWAY', // a lowercase key is code, not a form
    'Name: JSON', // one capitalised word after a whole-name label is an acronym
    '- name: DB_PASSWORD',
    '  name: REDIS',
    'Last Name: REQUIRED',
    'First Name: VARCHAR',
    'Name: ACCOUNT MANAGER',
    'Name: STATUS, ACTIVE', // ordinary words, comma or not
    'Status: ACTIVE ACCOUNT',
    'Last Name: NONE',
    'Nombre: 5',
    '{"last_name": "HOLLOWAY"}',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));
});

describe('detectPersons with non-ASCII letters', () => {
  it.each([
    ['Mr. Pálffy is 19', ['Pálffy']],
    ['Patient: Zoë Çelik', ['Zoë Çelik']],
    ['Name: Ærøe Ångström-Öst', ['Ærøe Ångström-Öst']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it('never cuts a name in the middle of a word', () => {
    expect(values('Dr Reuquén Extensions')).toEqual(['Reuquén Extensions']);
    expect(values('Mr. Pá1ffy')).toEqual([]);
  });
});
