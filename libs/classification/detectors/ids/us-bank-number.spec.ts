import { BANK_NUMBER_SCORE, detectUsBankNumbers } from './us-bank-number';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectUsBankNumbers(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectUsBankNumbers', () => {
  it.each([
    ['my bank account number is 945456787654', [['945456787654', BANK_NUMBER_SCORE]]],
    ['Checking acct: 000123456789', [['000123456789', BANK_NUMBER_SCORE]]],
    ['{"accountNumber":"12345678"}', [['12345678', BANK_NUMBER_SCORE]]],
    ['savings 12345678901234567', [['12345678901234567', BANK_NUMBER_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '945456787654', // no cue: any digit run has this shape
    'account 1234567', // seven digits
    'account 123456789012345678', // eighteen digits
    'account 00000000',
    'account v1.12345678',
    'Order 945456787654 for the bank', // the cue follows the number
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));
});
