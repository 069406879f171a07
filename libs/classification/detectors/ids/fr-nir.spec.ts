import { classifyTexts } from '../../classify';
import type { Span } from '../types';
import { detectFrNir, NIR_CONTEXT_SCORE, NIR_SCORE, nirValid } from './fr-nir';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectFrNir(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectFrNir', () => {
  it.each([
    ['nir=262117514013092', [['262117514013092', NIR_CONTEXT_SCORE]]],
    ['Numéro de sécurité sociale : 2 62 11 75 140 130 92', [['2 62 11 75 140 130 92', NIR_CONTEXT_SCORE]]],
    ['assuré 1 85 05 78 006 084 91, né à Versailles', [['1 85 05 78 006 084 91', NIR_SCORE]]],
    ['N° SS 1900 22A 004 123 54', []], // grouped unevenly: not a written form
    ['N° SS 190022A00412354', [['190022A00412354', NIR_CONTEXT_SCORE]]], // Corsica: 2A reads as 19
  ] as [string, [string, number][]][])('%p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '262117514013093', // wrong key
    '462117514013092', // no sex digit 4
    '261317514013092', // month 13 is none
    'order 1262117514013092', // inside a longer number
    'v2.62.11.75.140.130.92',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it('an uncued number that passes the key identifies no one; a record number under both cues stays a medical identifier', () => {
    expect(classifyTexts(['IMEI: 352786809674771']).level).toBe('public');
    expect(classifyTexts(['NIR/MRN 185057800608491']).categories).toContain('PHI');
    expect(classifyTexts(['{"numero_securite_sociale": "185057800608491"}']).level).toBe('confidential');
  });

  it('checks the key', () => {
    expect(nirValid('2621175140130', '92')).toBe(true);
    expect(nirValid('2621175140130', '91')).toBe(false);
  });
});
