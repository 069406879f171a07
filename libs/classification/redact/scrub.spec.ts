import { scrubDeep, scrubText } from './scrub';

describe('scrub (the redaction choke point)', () => {
  it.each([
    ['mail jane.doe@example.org now', 'mail <EMAIL_ADDRESS> now'],
    ['card 4111 1111 1111 1111 declined', 'card <CREDIT_CARD> declined'],
    ['key AKIA4QZ7M2XR5TBN3KWP leaked', 'key <API_KEY_SECRET> leaked'],
    ['nothing to see', 'nothing to see'],
    ['', ''],
  ])('scrubs %p', (input, expected) => {
    expect(scrubText(input)).toBe(expected);
  });

  it('scrubs every string of a nested value, keys included, and leaves numbers alone', () => {
    const out = scrubDeep({ msg: 'to jane.doe@example.org', n: 3, list: ['4111111111111111', true], 'jane.doe@example.org': 1 });
    expect(JSON.stringify(out)).not.toContain('jane.doe');
    expect(JSON.stringify(out)).not.toContain('4111111111111111');
    expect(out.n).toBe(3);
  });
});
