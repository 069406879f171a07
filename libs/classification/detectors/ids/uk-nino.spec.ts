import { detectUkNino, NINO_CONTEXT_SCORE, NINO_SCORE } from './uk-nino';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectUkNino(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectUkNino', () => {
  it.each([
    ['AA 12 34 56 B', [['AA 12 34 56 B', NINO_SCORE]]],
    ['hh 01 02 03 d', [['hh 01 02 03 d', NINO_SCORE]]],
    ['tw987654a', [['tw987654a', NINO_SCORE]]],
    ['nino: PR 123612C', [['PR 123612C', NINO_CONTEXT_SCORE]]],
    ['Here is my National Insurance Number YZ 61 48 68 B', [['YZ 61 48 68 B', NINO_CONTEXT_SCORE]]],
    ['{"ni_number":"JG103759A"}', [['JG103759A', NINO_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'AA 12 34 56 H', // suffix outside A-D
    'AB 12 34 56 1',
    'ab1234561',
    'FQ 00 00 00 C', // F and Q are never prefix letters
    'BG123612A', // administrative prefix
    'nino: nt 99 88 77 a',
    "This isn't a valid national insurance number UV 98 76 54 B",
    'AO 12 34 56 B', // O is never the second letter
    'Ab 12 34 56 c', // mixed case
    'XAB123456C', // glued to a word
    'AB12345C', // five digits
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));
});
