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
