import { BE_CONTEXT_SCORE, BE_SCORE, beNationalNumberValid, detectBeNationalNumber } from './be-national-number';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectBeNationalNumber(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectBeNationalNumber', () => {
  it.each([
    ['85.07.30-033.28', [['85.07.30-033.28', BE_SCORE]]],
    ['85073003328', [['85073003328', BE_SCORE]]],
    ['Rijksregisternummer: 93.05.18-223.61', [['93.05.18-223.61', BE_CONTEXT_SCORE]]],
    ['numéro national 850730 033 28', [['850730 033 28', BE_CONTEXT_SCORE]]],
    ['INSZ 01.02.03-123.45', [['01.02.03-123.45', BE_CONTEXT_SCORE]]], // born 2001: the 2 prefix
    ['NISS: 85473003317', [['85473003317', BE_CONTEXT_SCORE]]], // BIS number: month + 40
    ['{"nn":"85073003328"}', [['85073003328', BE_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '85.07.30-033.29', // check
    '85.13.30-033.', // month 13, cut short
    '85.07.32-033.28', // day 32
    '85.07-30-033.28', // mixed date separators
    '01.02.03-123.46',
    'order 85073003328',
    'ticket #85.07.30-033.28',
    'len == 85073003328',
    '850730033280',
    '185073003328',
    'NN 00000000000',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['85073003328', true],
    ['01020312345', true],
    ['85133003328', false],
  ])('beNationalNumberValid(%p) is %p', (digits, ok) => expect(beNationalNumberValid(digits)).toBe(ok));
});
