import { detectSePersonnummer, personnummerValid, SE_CONTEXT_SCORE, SE_SCORE } from './se-personnummer';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectSePersonnummer(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectSePersonnummer', () => {
  it.each([
    ['811228-9874', [['811228-9874', SE_SCORE]]],
    ['Kund 850709-9805 ringde igen.', [['850709-9805', SE_SCORE]]],
    ['121212+1212', [['121212+1212', SE_SCORE]]], // over 100: 1912
    ['Mitt personnummer är 811228-9874.', [['811228-9874', SE_CONTEXT_SCORE]]],
    ['personnummer: 19811228-9874', [['19811228-9874', SE_CONTEXT_SCORE]]],
    ['Personnr 198112289874', [['198112289874', SE_CONTEXT_SCORE]]],
    ['pnr 8112289874', [['8112289874', SE_CONTEXT_SCORE]]],
    ['samordningsnummer 850769-9802', [['850769-9802', SE_CONTEXT_SCORE]]], // day 09 + 60
    ['{"personnummer":"811228-9874"}', [['811228-9874', SE_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '811228-9875', // Luhn
    '811328-9874', // month 13
    '8112289874', // bare ten digits (a phone number, an id) without a cue
    '0701234567', // a Swedish mobile number
    '198112289874', // bare twelve digits without a cue
    '202401151234', // a timestamp YYYYMMDDHHMM (passes Luhn)
    '20240115-1234', // a build id, same
    'personnummer 20240115+1234', // '+' with a four-digit year
    'order 811228-9874',
    'ticket #811228-9874',
    '811228-98745',
    '1811228-9874',
    '811228-9874-1',
    'pnr 000000-0000',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['8112289874', true],
    ['8507699802', true],
    ['8502309802', false], // 30 February
  ])('personnummerValid(%p) is %p', (digits, ok) => expect(personnummerValid(digits)).toBe(ok));
});
