import { detectPhones } from './phone';
import type { Span } from './types';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectPhones(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

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
    ['020 7946 0958', ['020 7946 0958']],
    ['Phone: 5321234567', ['5321234567']],
    ['(reach me at 415-555-0132)', ['415-555-0132']],
    ['Desk: (898)666-3621x0135', ['(898)666-3621x0135']],
    ['415-555-0132 ext. 45', ['415-555-0132 ext. 45']],
    ['Can someone call me on 01.84.17.61.18?', ['01.84.17.61.18']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    '12345678901234567890', // a long digit run
    'Order #123456789',
    'order number 4155550132', // plain digits without a phone cue
    '2024-01-15T10:30:00Z',
    '12/05/2023 and 2023-12-05',
    'v2.3.11 and 1.2.3.4 and 192.168.100.1000',
    '550e8400-e29b-41d4-a716-446655440000',
    'GPT-4 and 123-456-7890', // area code cannot start with 1
    '+1 23', // too short
    '1-1-1-1-1-1-1-1-1-1',
    'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
    '+1 415 555 01', // +1 needs 11 digits
    '01.02.2023', // a dotted date
    'build 0.12.3.4567',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));
});
