import { detectUsPassports, PASSPORT_NEXT_GEN_SCORE, PASSPORT_SCORE } from './us-passport';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectUsPassports(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectUsPassports', () => {
  it.each([
    ['my travel document is A12803456', [['A12803456', PASSPORT_NEXT_GEN_SCORE]]],
    ['my travel passport is A12803456', [['A12803456', PASSPORT_NEXT_GEN_SCORE]]],
    ['Passport No. 912803456', [['912803456', PASSPORT_SCORE]]],
    ['{"passport_number":"Z12803456"}', [['Z12803456', PASSPORT_NEXT_GEN_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '912803456', // no cue
    'A12803456',
    'passport 9128034567', // ten digits
    'passport AB2803456', // two letters
    'passport a12803456', // lower case
    'passport 000000000',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));
});
