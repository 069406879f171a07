import { detectCzRodneCislo, RC_CONTEXT_SCORE, RC_SCORE, RC_UNCHECKED_SCORE, rodneCisloValid } from './cz-rodne-cislo';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectCzRodneCislo(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectCzRodneCislo', () => {
  it.each([
    ['785123/3544', [['785123/3544', RC_SCORE]]], // a woman: month 01 + 50
    ['Rodné číslo: 785123/3544', [['785123/3544', RC_CONTEXT_SCORE]]],
    ['RČ 9001010007', [['9001010007', RC_CONTEXT_SCORE]]],
    ['rodne cislo 780123/3540', [['780123/3540', RC_CONTEXT_SCORE]]], // remainder 10, check 0 (before 1985)
    ['r. č. 040521/1235', [['040521/1235', RC_CONTEXT_SCORE]]], // born 2004
    ['rodné číslo 451212/123', [['451212/123', RC_UNCHECKED_SCORE]]], // nine digits, before 1954
    ['{"rodne_cislo":"855301/0015"}', [['855301/0015', RC_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '785123/3545', // not divisible by 11
    '9001010007', // bare ten digits without a cue
    '1712345678', // a Unix timestamp
    '451212/123', // nine digits without a cue
    'RČ 551212/123', // nine digits after 1953
    'RČ 852101/0004', // month + 20 before 2004
    'RČ 781323/3544', // month 13
    'order 785123/3544',
    'src/785123/3544',
    '785123/3544/1',
    'RČ 000000/0000',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['7851233544', true],
    ['7801233540', true],
    ['9001111230', false], // the remainder-10 exception ended in 1985
    ['451212123', true],
  ])('rodneCisloValid(%p) is %p', (digits, ok) => expect(rodneCisloValid(digits)).toBe(ok));
});
