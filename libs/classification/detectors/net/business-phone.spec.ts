import type { Span } from '../types';
import { PHONE_BUSINESS_SCORE } from './business-phone';
import { detectPhones } from './phone';

function scores(text: string): number[] {
  const out: Span[] = [];
  detectPhones(text, out);
  return out.map((s) => s.score);
}

describe('fictional 555-01xx numbers', () => {
  it.each([
    'Write a function that normalises US phone numbers to E.164. Test cases: "(212) 555-0147", "212.555.0183", "+1 212 555 0100"',
    'Why does my regex reject 415-555-0132?',
    "expect(format('2125550199')).toBe('(212) 555-0199')",
  ])('are test data in text about formatting or validating numbers (%p)', (text) => {
    const found = scores(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s).toBe(PHONE_BUSINESS_SCORE);
  });

  it.each([
    'Call Maria Keller on 415-555-0132 tomorrow.', // no test context: people write real-looking numbers with it
    'Test cases: (212) 555-0247', // outside the fictional block
  ])('stay phone numbers in %p', (text) => {
    expect(scores(text).every((s) => s > PHONE_BUSINESS_SCORE)).toBe(true);
    expect(scores(text).length).toBe(1);
  });
});

describe('North American toll-free numbers', () => {
  it.each([
    'Call Poison Control at 1-800-222-1222 (US).',
    'Support: +1 888 555 0123, weekdays.',
    'Ring (877) 555-1234 to book.',
    'Hotline 866-555-0199',
  ])('are no person’s line in %p', (text) => expect(scores(text)).toEqual([PHONE_BUSINESS_SCORE]));

  it.each([
    'My cell is 415-555-0132',
    'Call me on 8866123456', // ten bare digits starting 8YY are also Indian mobiles
    'Mobile: 88661 23456',
    '+1 415 800 2222', // 800 as an exchange, not an area code
  ])('stay personal in %p', (text) => expect(scores(text).every((s) => s > PHONE_BUSINESS_SCORE)).toBe(true));
});
