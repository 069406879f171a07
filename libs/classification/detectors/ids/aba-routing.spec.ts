import { ABA_CONTEXT_SCORE, ABA_FORMATTED_SCORE, ABA_SCORE, abaValid, detectAbaRoutingNumbers } from './aba-routing';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectAbaRoutingNumbers(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectAbaRoutingNumbers', () => {
  it.each([
    ['121000358', [['121000358', ABA_SCORE]]],
    ['3222-7162-7', [['3222-7162-7', ABA_FORMATTED_SCORE]]],
    ['0711-0130-7', [['0711-0130-7', ABA_FORMATTED_SCORE]]],
    ['ABA routing number: 121042882', [['121042882', ABA_CONTEXT_SCORE]]],
    ['{"routing_number":"021000021"}', [['021000021', ABA_CONTEXT_SCORE]]],
    ['RTN 111000614, acct 12345678', [['111000614', ABA_CONTEXT_SCORE]]],
    ['routing no. 121000358', [['121000358', ABA_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '421042111', // routing symbol 42 is not issued
    '444444442', // checksum passes, symbol 44 does not
    '1234-0000-0', // checksum fails
    '121000359',
    '000000000',
    'Order #121000358 shipped', // an order number
    'ticket 121000358',
    'dev tools 121000358 bytes',
    'limit=121000358',
    '1210003580', // ten digits
    '3222-71627', // partly grouped
    'v1.121000358',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['121000358', true],
    ['021000021', true],
    ['121000359', false],
    ['12100035', false],
  ])('abaValid(%p) is %p', (digits, ok) => expect(abaValid(digits)).toBe(ok));
});
