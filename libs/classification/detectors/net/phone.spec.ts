import type { Span } from '../types';
import { PHONE_CONTEXT_SCORE, PHONE_SCORE, detectPhones } from './phone';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectPhones(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};
const values = (text: string): string[] => found(text).map(([v]) => v);

const MB = 1 << 20;

describe('detectPhones', () => {
  it.each([
    ['+1 (415) 555-0132', ['+1 (415) 555-0132']],
    ['US: 415-555-0132', ['415-555-0132']],
    ['(415)555-0132 or 415.555.0132', ['(415)555-0132', '415.555.0132']],
    ['call 1-800-555-0199 now', ['1-800-555-0199']],
    ['+44 20 7946 0958', ['+44 20 7946 0958']],
    ['+44 (0)20 7946 0958', ['+44 (0)20 7946 0958']],
    ['+44 (20) 7123 4567', ['+44 (20) 7123 4567']],
    ['+14155550132', ['+14155550132']],
    ['My mobile number is +639171234567.', ['+639171234567']],
    ['+55 11 98456 5666', ['+55 11 98456 5666']],
    ['+33 1 42 68 53 00', ['+33 1 42 68 53 00']],
    ['+91 4155550132', ['+91 4155550132']],
    ['My Japanese number is 090-1234-5678', ['090-1234-5678']],
    ['My Israeli number is 09-7625400', ['09-7625400']],
    ['020 7946 0958', ['020 7946 0958']],
    ['0 (917) 123 4567', ['0 (917) 123 4567']],
    ['09171234567', ['09171234567']], // a bare mobile number (PH)
    ['532 123 45 67', ['532 123 45 67']], // TR mobile without its trunk 0
    ['91-415-555-0132', ['91-415-555-0132']], // IN, country code without '+'
    ['Phone: 5321234567', ['5321234567']],
    ['Phone: 083 564 9312', ['083 564 9312']], // a phone word vouches for any region
    ['My CN number is 13812345678', ['13812345678']],
    ['(reach me at 415-555-0132)', ['415-555-0132']],
    ['Desk: (415)555-0132x0135', ['(415)555-0132x0135']],
    ['415-555-0132 ext. 45', ['415-555-0132 ext. 45']],
    ['Can someone call me on 01.84.17.61.18?', ['01.84.17.61.18']],
    ['my international one is415-555-0132', ['415-555-0132']],
    ['Call me at 415-555-\n0132 tomorrow', ['415-555-\n0132']], // split across a line break
    ['+44 20\r\n7946 0958', ['+44 20\r\n7946 0958']],
    ['reach me: 4 1 5 5 5 5 0 1 3 2', ['4 1 5 5 5 5 0 1 3 2']], // spaced out digit by digit
    ['Phones: 415-555-0132 415-555-0199', ['415-555-0132', '415-555-0199']], // cut between numbers
    ['Call 415-555-0132\n020 7946 0958', ['415-555-0132', '020 7946 0958']],
    ['{"phone":"+44 20 7946 0958"}', ['+44 20 7946 0958']],
    ['?phone=%2B14155550132&tel=4155550132', ['4155550132']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    '12345678901234567890', // a long digit run
    'Order #123456789',
    'order number 4155550132', // plain digits after an order cue
    'Order #0917 123 4567',
    'My Aadhaar number is 400123456787',
    'my credit card number is 36168002586008',
    '2024-01-15T10:30:00Z',
    '12/05/2023 and 2023-12-05',
    'v2.3.11 and 1.2.3.4 and 192.168.100.1000',
    '256.256.256.256 and 192.168.1.256',
    '550e8400-e29b-41d4-a716-446655440000',
    'GPT-4 and 123-456-7890', // area code cannot start with 1
    '+1 23', // too short
    '1-1-1-1-1-1-1-1-1-1',
    'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
    '+1 415 555 01', // +1 needs 11 digits
    '01.02.2023', // a dotted date
    'build 0.12.3.4567',
    '4111 1111 1111 1111', // a card number is never cut into a phone
    '4111 1111 1111 1112',
    'IBAN NL91 ABNA 0417 1643 01',
    '3998 7654 3211', // IN Aadhaar
    '078-05-1120', // US SSN shape
    '078 05 1120',
    '046 454 286', // CA SIN shape
    '123/456/78901', // DE tax number
    '2123 45670 1', // AU Medicare
    '021234568', // a bare fixed-line-shaped run is as likely an id
    'reach me: 4 1 5',
    'ID-4155550132',
    'x_415-555-0132',
    'https://wa.me/14155550132',
    '',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));

  it('raises the score after a phone context word, as Presidio does', () => {
    expect(found('415-555-0132')).toEqual([['415-555-0132', PHONE_SCORE]]);
    expect(found('Tel: 415-555-0132')).toEqual([['415-555-0132', PHONE_CONTEXT_SCORE]]);
  });

  it.each([
    ['a long digit run', '1'.repeat(MB)],
    ['repeated dash separators', '1-'.repeat(MB / 2)],
    ['repeated dot separators', '1.'.repeat(MB / 2)],
    ['repeated space separators', '1 '.repeat(MB / 2)],
    ['line breaks', '1\n'.repeat(MB / 2)],
    ['parentheses', '(1) '.repeat(MB / 4)],
    ['plus signs', '+1 '.repeat(MB / 3)],
    ['valid numbers', '415-555-0132 '.repeat(MB / 13)],
    ['cued numbers', 'phone 0917 123 4567, '.repeat(MB / 21)],
    ['trunk numbers', '0917 123 4567\n'.repeat(MB / 14)],
    ['card-like groups', '4111 '.repeat(MB / 5)],
    ['spaced digits', 'call 4 1 5 5 5 5 0 1 3 2 '.repeat(MB / 25)],
  ])('scans 1 MB of %s', (_name, input) => {
    const out: Span[] = [];
    detectPhones(input, out);
    expect(out.length).toBeGreaterThanOrEqual(0);
  });
});
