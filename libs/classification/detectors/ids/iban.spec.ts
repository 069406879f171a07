import { detectIbans, IBAN_SCORE } from './iban';
import { BBAN_FORMATS } from './iban-countries';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectIbans(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};
const values = (text: string): string[] => found(text).map(([v]) => v);

describe('detectIbans', () => {
  it.each([
    ['DE89370400440532013000', ['DE89370400440532013000']],
    ['DE89 3704 0044 0532 0130 00', ['DE89 3704 0044 0532 0130 00']],
    ['GB29 NWBK 6016 1331 9268 19', ['GB29 NWBK 6016 1331 9268 19']],
    ['Dash as iban separator: AL47-2121-1009-0000-0002-3569-8741', ['AL47-2121-1009-0000-0002-3569-8741']],
    ['NO9386011117947', ['NO9386011117947']], // shortest (15)
    ['LC55 HEMM 0001 0001 0012 0012 0002 3015', ['LC55 HEMM 0001 0001 0012 0012 0002 3015']], // longest (32)
    ['MU17BOMM0101101030300200000MUR', ['MU17BOMM0101101030300200000MUR']], // trailing currency letters
    ['this is an iban VG96 VPVG 0000 0123 4567 8901 X in a sentence', ['VG96 VPVG 0000 0123 4567 8901']],
    [
      'list of ibans: AL47212110090000000235698741, AL47212110090000000235698741',
      ['AL47212110090000000235698741', 'AL47212110090000000235698741'],
    ],
    ['iban de89370400440532013000', ['de89370400440532013000']], // all lower case
    ['DE89 370400440532013000', ['DE89 370400440532013000']], // a space after the check digits only
    ['/transfer?iban=DE89370400440532013000&amount=10', ['DE89370400440532013000']],
    ['{"iban":"DE89 3704 0044 0532 0130 00"}', ['DE89 3704 0044 0532 0130 00']],
    ['IBAN DE89 3704 0044\n0532 0130 00', ['DE89 3704 0044\n0532 0130 00']], // split across a line break
    ['IBAN DE89 3704 0044\r\n0532 0130 00.', ['DE89 3704 0044\r\n0532 0130 00']],
  ] as [string, string[]][])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it('scores a validated IBAN 1.0', () => expect(found('DE89370400440532013000')).toEqual([['DE89370400440532013000', IBAN_SCORE]]));

  it.each([
    'DE89 3704 0044 0532 0130 01', // bad checksum
    'CY17 0020 0128 0000 0012 0052 7601 failed',
    'AL47 2121 1009 0000 0002 3569 874', // one character short
    'IL15 0120 6900 0000 3111 0120 6900 0000 3111 141', // too long
    'DE893704004405320130000', // too long, compact
    'AB150120690000003111141', // not a registry country
    'LV80 bANK 0000 4351 9500 1', // mixed case (valid once upper-cased)
    'NL91 1BNA 0417 1643 00', // a digit where the bank code needs a letter
    'CR05 0152 0200 1026 2840 6A', // a letter where a digit is required
    'Slash as iban separator: AL47/2121/1009/0000/0002/3569/8741',
    'EE38 2200 2210  014 5686', // doubled separator
    'HR12 001 0051 8630 0016 A', // separator inside a group of four
    'DE89-3704 0044-0532 0130 00', // mixed separators
    'G T82 TRAJ 0102 0000 0012 1002 9690',
    'xDE89370400440532013000', // glued to a word
    "Dalla's Pizza | 3843 Peartree Road, Bamblee, SD 20241 440-600-5124",
    'sha DE89ab12cd34ef56ab78cd90ef12ab34cd56ef78',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['DE', 18],
    ['GB', 18],
    ['FR', 23],
    ['NO', 11],
    ['LC', 28],
    ['RU', 29],
  ])('knows the BBAN length of %s', (cc, len) => expect(BBAN_FORMATS.get(cc)?.length).toBe(len));
});
