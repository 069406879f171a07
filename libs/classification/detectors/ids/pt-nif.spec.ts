import { detectPtNif, nifChecksumValid, personalNifValid, PT_NIF_SCORE } from './pt-nif';
import type { Span } from '../types';

const found = (text: string): string[] => {
  const out: Span[] = [];
  detectPtNif(text, out);
  expect(out.every((s) => s.score === PT_NIF_SCORE)).toBe(true);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectPtNif', () => {
  it.each([
    ['NIF: 314159266', '314159266'],
    ['número de contribuinte 234567899', '234567899'],
    ['Contribuinte n.º 314 159 266', '314 159 266'],
    ['NIF 451234561', '451234561'], // non-resident person
    ['{"nif":"234567899"}', '234567899'],
  ])('finds %p', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    '314159266', // no cue: one nine-digit number in eleven passes
    'NIF 314159267', // check digit
    'NIF 123456789', // valid, but a placeholder (an ascending run)
    'NIF 501000003', // a company (NIPC)
    'NIPC/NIF 987654322', // a company
    'NIF 423456780', // first digit 4 without 45
    'NIF 1234567890',
    'NIF 111111111',
    'nifty 314159266',
    'O NIF está no cartão. Muito mais texto a seguir, bem longe do número, 314159266 é uma encomenda.',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['234567899', true, true],
    ['501000003', true, false],
    ['234567898', false, false],
  ])('%p: checksum %p, person %p', (digits, sum, person) => {
    expect(nifChecksumValid(digits)).toBe(sum);
    expect(personalNifValid(digits)).toBe(person);
  });
});
