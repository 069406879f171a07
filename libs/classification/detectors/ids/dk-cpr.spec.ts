import { cprValid, detectDkCpr, DK_CPR_CONTEXT_SCORE, DK_CPR_SCORE } from './dk-cpr';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectDkCpr(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectDkCpr', () => {
  it.each([
    ['070761-4285', [['070761-4285', DK_CPR_SCORE]]], // no cue: reported, identifies no one
    ['CPR-nr.: 070761-4285', [['070761-4285', DK_CPR_CONTEXT_SCORE]]],
    ['cpr 0707614285', [['0707614285', DK_CPR_CONTEXT_SCORE]]],
    ['Mit personnummer er 290200-4123', [['290200-4123', DK_CPR_CONTEXT_SCORE]]], // 29 Feb 2000 (serial 4)
    ['{"cpr":"311299-1234"}', [['311299-1234', DK_CPR_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '0707614285', // bare ten digits without a cue
    'CPR 320761-4285', // day 32
    'CPR 071361-4285', // month 13
    'CPR 290200-1234', // 29 February 1900 (serial 1)
    'order 070761-4285',
    'size=070761-4285',
    'CPR 070761-42851',
    'CPR 1070761-4285',
    'CPR 000000-0000',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['0707614285', true],
    ['2902004123', true],
    ['2902001234', false],
    ['2902585123', false], // serial 5 with YY 58: 1858, not a leap year
  ])('cprValid(%p) is %p', (digits, ok) => expect(cprValid(digits)).toBe(ok));
});
