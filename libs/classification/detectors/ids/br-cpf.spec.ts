import { cpfValid, CPF_BARE_SCORE, CPF_CONTEXT_SCORE, CPF_SCORE, detectBrCpf } from './br-cpf';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectBrCpf(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectBrCpf', () => {
  it.each([
    ['529.982.247-25', [['529.982.247-25', CPF_SCORE]]],
    ['52998224725', [['52998224725', CPF_BARE_SCORE]]],
    ['CPF: 123.456.789-09', [['123.456.789-09', CPF_CONTEXT_SCORE]]],
    ['meu cpf é 11144477735', [['11144477735', CPF_CONTEXT_SCORE]]],
    ['{"cpf":"529.982.247-25"}', [['529.982.247-25', CPF_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '529.982.247-26', // second check digit
    '529.982.247-35', // first check digit
    'CPF 111.111.111-11', // one repeated digit passes the checks
    'CPF 00000000000',
    '529.982.247.25',
    '529.982.24725',
    'order 529.982.247-25',
    'pedido #52998224725',
    'n=52998224725',
    '1.529.982.247-25',
    '529.982.247-251',
    '529982247250',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['12345678909', true],
    ['11111111111', false],
    ['12345678900', false],
  ])('cpfValid(%p) is %p', (digits, ok) => expect(cpfValid(digits)).toBe(ok));
});
