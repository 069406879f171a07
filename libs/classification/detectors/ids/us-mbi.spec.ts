import { detectUsMbi, MBI_COMPACT_CONTEXT_SCORE, MBI_COMPACT_SCORE, MBI_CONTEXT_SCORE, MBI_SCORE } from './us-mbi';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectUsMbi(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectUsMbi', () => {
  it.each([
    ['1EG4-TE5-MK73', [['1EG4-TE5-MK73', MBI_SCORE]]],
    ['1EG4TE5MK73', [['1EG4TE5MK73', MBI_COMPACT_SCORE]]],
    [
      'Patient 1EG4-TE5-MK73 and 2AG9-XC4-NN22',
      [
        ['1EG4-TE5-MK73', MBI_SCORE],
        ['2AG9-XC4-NN22', MBI_SCORE],
      ],
    ],
    ['9XX9-XX9-XX99', [['9XX9-XX9-XX99', MBI_SCORE]]],
    ['Medicare ID: 3CD5-FG7-HJ89', [['3CD5-FG7-HJ89', MBI_CONTEXT_SCORE]]],
    ['The MBI is 4EF6GH8JK12 for this patient', [['4EF6GH8JK12', MBI_COMPACT_CONTEXT_SCORE]]],
    ['1eg4-te5-mk73', [['1eg4-te5-mk73', MBI_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '1SG4-TE5-MK73', // S is never used
    '1EG4-LE5-MK73', // nor L
    '1EG4-TE5-OK73', // nor O
    '1EG4-TE5-MI73', // nor I
    '1BG4-TE5-MK73', // nor B
    '1EG4-ZE5-MK73', // nor Z
    'AEG4-TE5-MK73', // starts with a digit 1-9
    '12G4-TE5-MK73', // then a letter
    '1EG4TE5MK7',
    '1EG4TE5MK734',
    '1EG4-TE5MK73', // one dash only
    '1Eg4-TE5-MK73', // mixed case
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));
});
