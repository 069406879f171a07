import {
  detectItFiscalCodes,
  FISCAL_CODE_CONTEXT_SCORE,
  FISCAL_CODE_SCORE,
  FISCAL_CODE_WEAK_SCORE,
  fiscalCodeControl,
} from './it-fiscal-code';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectItFiscalCodes(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectItFiscalCodes', () => {
  it.each([
    ['AAAAAA00B11C333Y', [['AAAAAA00B11C333Y', FISCAL_CODE_SCORE]]],
    ['AAAAAA00B11C333N', [['AAAAAA00B11C333N', FISCAL_CODE_WEAK_SCORE]]], // wrong control letter: kept weak
    [
      'AAAAAA00B11C333Y and AAAAAA00B11C333N',
      [
        ['AAAAAA00B11C333Y', FISCAL_CODE_SCORE],
        ['AAAAAA00B11C333N', FISCAL_CODE_WEAK_SCORE],
      ],
    ],
    ['codice fiscale: RSSMRA85T10A562S', [['RSSMRA85T10A562S', FISCAL_CODE_SCORE]]],
    ['rssmra85t10a562s', [['rssmra85t10a562s', FISCAL_CODE_SCORE]]],
    ['RSSMRA85T10A56NH', [['RSSMRA85T10A56NH', FISCAL_CODE_SCORE]]], // omocodia: N stands for 2
    ['BNCLRA90A41H501F', [['BNCLRA90A41H501F', FISCAL_CODE_SCORE]]], // a woman: day + 40
    ['CF RSSMRA85T10A562X', [['RSSMRA85T10A562X', FISCAL_CODE_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'AAAAAA - 00B11C333N',
    'A55AAA00B11C333N', // digits in the name part
    'RSSMRA85X10A562S', // X is no month letter
    'RSSMRA85T35A562S', // day 35
    'RASMRA85T10A562S', // a consonant after a vowel in the surname block
    'RssMRA85T10A562S', // mixed case
    'XRSSMRA85T10A562S',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it('computes the control letter', () => expect(fiscalCodeControl('RSSMRA85T10A562S')).toBe('S'));
});
