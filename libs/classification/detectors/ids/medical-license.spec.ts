import { DEA_SCORE, deaValid, detectMedicalLicenses } from './medical-license';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectMedicalLicenses(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectMedicalLicenses (DEA numbers)', () => {
  it.each([
    [
      'GL0285191 EU4488929',
      [
        ['GL0285191', DEA_SCORE],
        ['EU4488929', DEA_SCORE],
      ],
    ],
    ['K92993548', [['K92993548', DEA_SCORE]]], // business registrant: 9 instead of an initial
    ['my certificate number is: BB1388568', [['BB1388568', DEA_SCORE]]],
    ['DEA no. AB1234563', [['AB1234563', DEA_SCORE]]],
    ['{"dea":"AB1234563"}', [['AB1234563', DEA_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'The DEA number is  BG8207031', // check digit fails
    'AB1234567',
    'IB1234563', // I is no registrant type
    'ab1234563', // issued in upper case
    'AB12345630', // too long
    'xAB1234563',
    'SKU AB1234563', // a product code
    'Order #AB1234563',
    '123 456\n789',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['AB1234563', true],
    ['AB1234564', false],
  ])('deaValid(%p) is %p', (id, ok) => expect(deaValid(id)).toBe(ok));
});
