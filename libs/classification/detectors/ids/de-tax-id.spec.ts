import { DE_TAX_ID_SCORE, deTaxIdValid, detectDeTaxIds } from './de-tax-id';
import type { Span } from '../types';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectDeTaxIds(text, out);
  expect(out.every((s) => s.score === DE_TAX_ID_SCORE)).toBe(true);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectDeTaxIds', () => {
  it.each([
    ['12345678903', ['12345678903']],
    ['98765432106', ['98765432106']],
    ['Meine Steuer-ID: 12345678903.', ['12345678903']],
    ['IdNr. 98765432106 liegt vor.', ['98765432106']],
    ['Steuer-IdNr 86 720 913 453', ['86 720 913 453']], // printed grouping
    ['12345678911', ['12345678911']], // one digit twice
    ['11213456783', ['11213456783']], // one digit three times
    ['{"steuerId":"47869012356"}', ['47869012356']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    '12345678901', // check digit
    '98765432100',
    '02345678901', // leading zero
    '02345678903',
    '1234567890',
    '123456789030',
    '11111111111',
    '11112345678', // a digit four times
    '12222234567',
    '86 720 913453', // mixed grouping
    'ticket 12345678903',
    'abcdefghijk',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));

  it.each([
    ['86720913453', true],
    ['86720913452', false],
    ['12122345678', false], // two digits repeated
  ])('deTaxIdValid(%p) is %p', (digits, ok) => expect(deTaxIdValid(digits)).toBe(ok));
});
