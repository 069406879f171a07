import { detectDatesOfBirth } from './date-of-birth';
import type { Span } from './types';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectDatesOfBirth(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectDatesOfBirth', () => {
  it.each([
    ['DOB 1980-02-03', ['1980-02-03']],
    ['D.O.B.: 02/03/1980', ['02/03/1980']],
    ['date of birth is 3.2.80', ['3.2.80']],
    ['born on February 3, 1980', ['February 3, 1980']],
    ['Born 3rd of Feb 1980 in Leeds', ['3rd of Feb 1980']],
    ['birthdate: Mar. 3 1980', ['Mar. 3 1980']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    'Released 2024-01-15',
    '2024-01-15T10:30:00Z',
    'born in 1980', // a year alone is not a date of birth
    'adobe 2020-01-01',
    'DOB 1980-02-03-04',
    'DOB unknown',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));
});
