import { detectPlPesel, PESEL_CONTEXT_SCORE, PESEL_SCORE, peselValid } from './pl-pesel';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectPlPesel(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectPlPesel', () => {
  it.each([
    ['44051401458', [['44051401458', PESEL_SCORE]]],
    ['My pesel is 44051401458.', [['44051401458', PESEL_CONTEXT_SCORE]]],
    ['02070803628', [['02070803628', PESEL_SCORE]]],
    ['11111111116', [['11111111116', PESEL_SCORE]]],
    ['02210101238', [['02210101238', PESEL_SCORE]]], // born 2002: month + 20
    ['{"pesel":"44051401458"}', [['44051401458', PESEL_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '44051401459', // check digit
    '85040812345',
    '1111321111',
    '11110021111', // day 00
    '11-11-11-11114',
    '4405140145',
    '4405140145A',
    '44-051401458',
    '09491234567', // month 49: born after 2099, not issued
    'order 44051401458',
    '440514014580',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['44051401458', true],
    ['99022901234', false], // 29 February 1999
  ])('peselValid(%p) is %p', (digits, ok) => expect(peselValid(digits)).toBe(ok));
});
