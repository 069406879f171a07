import { detectCreditCards, luhnValid } from './credit-card';
import type { Span } from './types';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectCreditCards(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectCreditCards', () => {
  it.each([
    ['4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881', ['4012888888881881', '4012-8888-8888-1881', '4012 8888 8888 1881']],
    ['my credit card: 122000000000003', ['122000000000003']],
    ['371449635398431', ['371449635398431']], // Amex, 15 digits
    ['3782 822463 10005', ['3782 822463 10005']], // Amex grouping 4-6-5
    ['5555555555554444', ['5555555555554444']],
    ['30569309025904', ['30569309025904']], // Diners, 14 digits
    ['6011000400000000', ['6011000400000000']],
    ['card 4111 1111 1111 1111 exp 12/25', ['4111 1111 1111 1111']],
    ['card 4111 1111 1111 1111 12/25', ['4111 1111 1111 1111']],
    ['4111111111111111, thanks', ['4111111111111111']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    '4012-8888-8888-1882', // Luhn invalid
    'my credit card number is 36168002586008',
    '4111 1111 1111 1112',
    '1748503543012', // 13-digit millisecond timestamp
    '0000 0000 0000 0000',
    '4111-1111-1111-1111-2222', // longer dash-grouped number
    '4111 1111-1111 1111', // mixed separators
    'order 41111111111111111111111', // too long
    'id abc4111111111111111', // glued to a word
    'Order #123456789',
    '550e8400-e29b-41d4-a716-446655440000',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));

  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['79927398713', true],
  ])('luhnValid(%p) is %p', (digits, ok) => expect(luhnValid(digits)).toBe(ok));
});
