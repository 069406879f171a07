import { DOB_SCORE } from '../net/date-time';
import type { Span } from '../types';
import { DICOM_NAME_SCORE, detectDicom } from './dicom';

const found = (text: string): [string, string, number][] => {
  const out: Span[] = [];
  detectDicom(text, out);
  return out.map((s) => [s.entityType, text.slice(s.start, s.end), s.score]);
};

describe('detectDicom', () => {
  it.each([
    [
      '(0010,0010) PatientName: KOWALCZYK^IRENA\n(0010,0020) PatientID: RAD9261679\n(0010,0030) PatientBirthDate: 19670918',
      [
        ['PERSON', 'KOWALCZYK^IRENA', DICOM_NAME_SCORE],
        ['DATE_TIME', '19670918', DOB_SCORE],
      ],
    ],
    ['wado?requestType=WADO&patientName=Hollis^Augustine&patientID=47362769', [['PERSON', 'Hollis^Augustine', DICOM_NAME_SCORE]]],
    ['(0010,0010) PN [DOE^JANE^MARIE^^]', [['PERSON', 'DOE^JANE^MARIE', DICOM_NAME_SCORE]]],
    ["Patient's Name: van Dijk^Sanne", [['PERSON', 'van Dijk^Sanne', DICOM_NAME_SCORE]]],
    ['ReferringPhysicianName = "MEYER^HANS^^DR"', [['PERSON', 'MEYER^HANS^^DR', DICOM_NAME_SCORE]]],
    ['PatientBirthDate=19801231', [['DATE_TIME', '19801231', DOB_SCORE]]],
  ] as [string, [string, string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'StudyDate: 20261128, StudyDescription: CT CHEST^W CONTRAST', // no name attribute before it
    'h = hash^seed; x = a^b', // XOR in code
    'git diff HEAD^^ and HEAD~2; "react": "^18.2.0"',
    'the regex [^A-Za-z] and 2^10',
    'PatientName: ^ANON', // no family name
    'PatientBirthDate: 19671332', // not a date
    'PatientBirthDate: 1967-09-18 is read by the date detector', // not the DA form
    'StudyDate=20261128',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));
});
