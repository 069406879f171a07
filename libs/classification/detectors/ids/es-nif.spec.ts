import { detectEsNif, NIF_SCORE, nifLetter } from './es-nif';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectEsNif(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectEsNif', () => {
  it.each([
    ['55555555K', [['55555555K', NIF_SCORE]]],
    ['55555555-K', [['55555555-K', NIF_SCORE]]],
    ['1111111-G', [['1111111-G', NIF_SCORE]]],
    ['01111111G', [['01111111G', NIF_SCORE]]],
    ['12345678z', [['12345678z', NIF_SCORE]]],
    ['DNI 12.345.678-Z', [['12.345.678-Z', NIF_SCORE]]],
    ['mi NIF es 12345678 Z.', [['12345678 Z', NIF_SCORE]]],
    ['{"nif":"12345678Z"}', [['12345678Z', NIF_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '401-023-2138',
    '12345678a', // wrong control letter
    '123456789Z', // nine digits
    '12345678ZA', // glued to more letters
    '1.2345678Z',
    'x12345678Z',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['12345678', 'Z'],
    ['00000000', 'T'],
  ])('nifLetter(%p) is %p', (digits, letter) => expect(nifLetter(digits)).toBe(letter));
});
