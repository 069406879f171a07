import { detectTrTckn, TCKN_CONTEXT_SCORE, TCKN_SCORE, tcknValid } from './tr-tckn';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectTrTckn(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectTrTckn', () => {
  it.each([
    ['10000000146', [['10000000146', TCKN_SCORE]]],
    ['T.C. Kimlik No: 10000000146', [['10000000146', TCKN_CONTEXT_SCORE]]],
    ['TCKN 12345678950', [['12345678950', TCKN_CONTEXT_SCORE]]],
    ['TC: 38123456732', [['38123456732', TCKN_CONTEXT_SCORE]]],
    ['kimlik numaram 38123456732', [['38123456732', TCKN_CONTEXT_SCORE]]],
    ['{"tckn":"10000000146"}', [['10000000146', TCKN_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '10000000147', // d11
    '10000000156', // d10
    '01000000146', // leading zero
    '05321234567', // a Turkish mobile number
    'order 10000000146',
    'ticket #12345678950',
    'id=12345678950',
    '12345678950 ms',
    '100000001460',
    '+9010000000146',
    'TC 11111111111',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['10000000146', true],
    ['12345678950', true],
    ['12345678951', false],
  ])('tcknValid(%p) is %p', (digits, ok) => expect(tcknValid(digits)).toBe(ok));
});
