import { detectNoFodselsnummer, fodselsnummerValid, NO_CONTEXT_SCORE, NO_SCORE } from './no-fodselsnummer';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectNoFodselsnummer(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectNoFodselsnummer', () => {
  it.each([
    ['15076500565', [['15076500565', NO_SCORE]]],
    ['Fødselsnummer: 15076500565', [['15076500565', NO_CONTEXT_SCORE]]],
    ['fnr 150765 00565', [['150765 00565', NO_CONTEXT_SCORE]]],
    ['D-nummer 41019012393', [['41019012393', NO_CONTEXT_SCORE]]], // day 01 + 40
    ['født 2005: 01010550129', [['01010550129', NO_SCORE]]], // individual 501, YY 05: 2005
    ['{"fodselsnummer":"31129949980"}', [['31129949980', NO_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '15076500566', // second check digit
    '15076500575', // first check digit
    '32076500565', // day 32
    '150765005650',
    'order 15076500565',
    'x = 15076500565',
    '15076500565 bytes',
    '+4715076500565',
    'fnr 11111111111',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['15076500565', true],
    ['41019012393', true],
    ['15079091232', true], // individual 909, YY 90: 1990
    ['01014550100', false], // individual 501 with YY 45: no century issues it
  ])('fodselsnummerValid(%p) is %p', (digits, ok) => expect(fodselsnummerValid(digits)).toBe(ok));
});
