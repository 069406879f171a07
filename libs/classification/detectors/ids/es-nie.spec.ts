import { detectEsNie, NIE_SCORE } from './es-nie';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectEsNie(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectEsNie', () => {
  it.each([
    ['Z8078221M', [['Z8078221M', NIE_SCORE]]],
    ['X9613851N', [['X9613851N', NIE_SCORE]]],
    ['Y8063915-Z', [['Y8063915-Z', NIE_SCORE]]],
    ['Mi NIE es X9613851N', [['X9613851N', NIE_SCORE]]],
    ['x9613851n', [['x9613851n', NIE_SCORE]]],
    ['?nie=X1234567L&x=1', [['X1234567L', NIE_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'Y8063915Q', // wrong control letter
    'Y806391Q', // six digits
    '58063915Q', // not an X/Y/Z prefix
    'W8063915Q',
    'x9613851q',
    'X9613851n', // mixed case
    'AX9613851N', // glued to a word
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));
});
