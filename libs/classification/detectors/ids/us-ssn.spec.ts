import { detectUsSsn, SSN_CONTEXT_SCORE, SSN_DOTTED_SCORE, SSN_SCORE, SSN_UNGROUPED_CONTEXT_SCORE } from './us-ssn';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectUsSsn(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectUsSsn', () => {
  it.each([
    ['078-05-1123', [['078-05-1123', SSN_SCORE]]],
    ['abc 078 05 1123 abc', [['078 05 1123', SSN_SCORE]]],
    ['078.05.1123', [['078.05.1123', SSN_DOTTED_SCORE]]],
    ['My SSN is 123-45-6789.', [['123-45-6789', SSN_CONTEXT_SCORE]]],
    ['social security number: 078.05.1123', [['078.05.1123', SSN_CONTEXT_SCORE]]],
    ['SSN 078051121', [['078051121', SSN_CONTEXT_SCORE]]],
    [
      'ssn: 078-051121 or 07805-1121',
      [
        ['078-051121', SSN_UNGROUPED_CONTEXT_SCORE],
        ['07805-1121', SSN_UNGROUPED_CONTEXT_SCORE],
      ],
    ],
    ['{"ssn":"078-05-1123"}', [['078-05-1123', SSN_CONTEXT_SCORE]]],
    ['/lookup?ssn=078051121&x=1', [['078051121', SSN_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '000-12-3456', // area 000
    '666-12-3456', // area 666
    '900-12-3456', // area 9xx (ITINs live there)
    '078-00-1123', // group 00
    '078-05-0000', // serial 0000
    '111-11-1111', // one repeated digit
    '078-05 1123', // mixed delimiters
    '693-09.4444',
    '078-051121', // partly grouped needs a context word
    '078051121', // bare digits need a context word
    '415-555-0132', // a phone number
    '2024-01-15',
    'v123-45-6789',
    '123-45-6789-1',
    '1.078.05.1123', // part of a dotted version
    'ref 12 078 05 1123', // part of a longer spaced number
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));
});
