import { cnpValid, CNP_CONTEXT_SCORE, CNP_SCORE, detectRoCnp } from './ro-cnp';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectRoCnp(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectRoCnp', () => {
  it.each([
    ['1960529461217', [['1960529461217', CNP_SCORE]]],
    ['CNP: 1960529461217', [['1960529461217', CNP_CONTEXT_SCORE]]],
    ['codul numeric personal 2800101400018', [['2800101400018', CNP_CONTEXT_SCORE]]],
    ['CNP 5001230123455', [['5001230123455', CNP_CONTEXT_SCORE]]], // born 2000
    ['CNP 7000229123457', [['7000229123457', CNP_CONTEXT_SCORE]]], // resident, 29 Feb 2000
    ['{"cnp":"1960529461217"}', [['1960529461217', CNP_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '1960529461218', // check digit
    '9960529461217', // S 9
    '1961329461217', // month 13
    '1960529531217', // county 53
    '1960529001217', // county 00
    '4006141003719', // an EAN-13 barcode
    'order 1960529461217',
    'sku=1960529461217',
    '19605294612170',
    '1960529461217.5',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['1960529461217', true],
    ['2800101400018', true],
    ['1000229123456', false], // 29 February 1900
  ])('cnpValid(%p) is %p', (digits, ok) => expect(cnpValid(digits)).toBe(ok));
});
