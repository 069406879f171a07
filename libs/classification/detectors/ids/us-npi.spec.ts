import { detectUsNpi, NPI_CONTEXT_SCORE, NPI_SCORE, npiValid } from './us-npi';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectUsNpi(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectUsNpi', () => {
  it.each([
    ['1234567893', [['1234567893', NPI_SCORE]]],
    ['1003000126', [['1003000126', NPI_SCORE]]],
    ['1234-567-893', [['1234-567-893', NPI_SCORE]]],
    ['1234 567 893', [['1234 567 893', NPI_SCORE]]],
    ['NPI: 1234567893', [['1234567893', NPI_CONTEXT_SCORE]]],
    ['Provider identifier 1245319599', [['1245319599', NPI_CONTEXT_SCORE]]],
    [
      'NPI 1234567893 and NPI 1245319599',
      [
        ['1234567893', NPI_CONTEXT_SCORE],
        ['1245319599', NPI_CONTEXT_SCORE],
      ],
    ],
    ['NPI 2123456784', [['2123456784', NPI_CONTEXT_SCORE]]], // NANP-shaped, but cued
    // the cue earlier in the same sentence, beyond the short window
    [
      'Insurance wants the prescriber NPI for the lisinopril 10 mg daily prior auth; I have 1485739217. Is that valid?',
      [['1485739217', NPI_CONTEXT_SCORE]],
    ],
    // the cue in the sentence before: no effect
    ['We checked the NPI registry yesterday for the new clinic. Our ticket count is at 1485739217.', [['1485739217', NPI_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '0234567893', // must start with 1 or 2
    '3234567893',
    '9234567893',
    '123456789',
    '12345678934',
    '1111111112',
    '1234567890', // check digit
    '2123456784', // bare and shaped like a NANP phone number
    'ts 1712345678', // bare and shaped like a Unix timestamp
    'ticket 1234567893',
    'call 1234567893',
    'if (n == 1073741823) return', // a constant in code
    'heap 1234567893 bytes', // a quantity
    '1234-567893', // mixed grouping
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['1234567893', true],
    ['1234567890', false],
  ])('npiValid(%p) is %p', (digits, ok) => expect(npiValid(digits)).toBe(ok));
});
