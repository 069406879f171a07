import { CleanTextMemo, scrubDeep, scrubText } from './scrub';

describe('scrub (the redaction choke point)', () => {
  it.each([
    ['mail jane.doe@example.org now', 'mail <EMAIL_ADDRESS> now'],
    ['card 4111 1111 1111 1111 declined', 'card <CREDIT_CARD> declined'],
    ['key AKIAIOSFODNN7EXAMPLE leaked', 'key <API_KEY_SECRET> leaked'],
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

  describe('CleanTextMemo', () => {
    const clean = 'internal + tenant region us: permitted sim-us-cheap, sim-local. The cheapest permitted model.';
    const dirty = 'Policy denied for jane.doe@example.org (card 4111 1111 1111 1111).';

    it('gives what scrubText gives, for clean and for dirty text, again and again', () => {
      const memo = new CleanTextMemo();
      for (let i = 0; i < 3; i++) {
        expect(memo.scrub(clean)).toBe(scrubText(clean));
        expect(memo.scrub(dirty)).toBe(scrubText(dirty));
      }
      expect(memo.scrub(dirty)).not.toContain('jane.doe');
    });

    it('remembers only text in which nothing was found, and only up to its bound', () => {
      const memo = new CleanTextMemo(3, 200);
      memo.scrub(dirty);
      expect(memo.size).toBe(0);
      memo.scrub(clean);
      memo.scrub(clean);
      expect(memo.size).toBe(1);
      memo.scrub('x'.repeat(201));
      expect(memo.size).toBe(1);
      for (const s of ['one', 'two', 'three', 'four']) memo.scrub(`sentence ${s}`);
      expect(memo.size).toBeLessThanOrEqual(3);
    });
  });
});
