import { BSN_SCORE, bsnValid, detectNlBsn } from './nl-bsn';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectNlBsn(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectNlBsn', () => {
  it.each([
    ['mevrouw X (geb. 12-06-1988, BSN 768724016) naar uw polikliniek', '768724016'],
    ['Burgerservicenummer: 111222333', '111222333'],
    ['burger service nummer 123456782', '123456782'],
    ['sofinummer 123.456.782', '123.456.782'],
    ['BSN: 1234.56.782', '1234.56.782'],
    ['bsn 123 456 782.', '123 456 782'],
    ['{"bsn":"010000008"}', '010000008'],
    ['BSN 10000008', '10000008'], // eight digits: the leading zero left out
    ['BSN-nummer 768724016', '768724016'],
  ])('finds %p', (text, value) => expect(found(text)).toEqual([[value, BSN_SCORE]]));

  it.each([
    '768724016', // no cue: one nine-digit number in eleven passes the check
    'order 768724016',
    'BSN 768724017', // fails the elfproef
    'BSN 000000000',
    'BSN 111111111',
    'BSN 7687240161', // ten digits
    'BSN 12.345.678,90',
    'bsnl 768724016', // another word
    'BSN 768724016x',
    'Het BSN staat op je paspoort. Later in de brief, heel veel woorden verder, staat 768724016 als ordernummer.',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['768724016', true],
    ['111222333', true],
    ['123456782', true],
    ['123456789', false],
    ['000000000', false],
  ])('bsnValid(%p) is %p', (digits, ok) => expect(bsnValid(digits)).toBe(ok));
});
