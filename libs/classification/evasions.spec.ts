import { analyzeText, classifyTexts } from './classify';

/** Issue 3 acceptance, end to end through the whole analyzer: evasions are caught, hard negatives stay clean. */
describe('evasions are caught', () => {
  it.each([
    [
      'zero-width characters inside a card',
      'card 4111\u200b1111\u200c1111\u200d1111 thanks',
      'CREDIT_CARD',
      '4111\u200b1111\u200c1111\u200d1111',
    ],
    ['fullwidth digits', 'SSN ０７８-０５-１１２３ on file', 'US_SSN', '０７８-０５-１１２３'],
    ['spaced digit groups', 'card 4111 1111 1111 1111 please', 'CREDIT_CARD', '4111 1111 1111 1111'],
    ['dashed digit groups', 'card 4111-1111-1111-1111 please', 'CREDIT_CARD', '4111-1111-1111-1111'],
    ['a card split across a line break', 'card 4111 1111\n1111 1111 please', 'CREDIT_CARD', '4111 1111\n1111 1111'],
    ['an IBAN split across a line break', 'IBAN DE89 3704 0044\n0532 0130 00 ok', 'IBAN_CODE', 'DE89 3704 0044\n0532 0130 00'],
    ['an email inside a JSON string', '{"user":{"email":"jane.doe@example.org"}}', 'EMAIL_ADDRESS', 'jane.doe@example.org'],
    ['a card inside a JSON string', '{"pan":"4111111111111111","cvv":"123"}', 'CREDIT_CARD', '4111111111111111'],
    [
      'an IBAN in a URL query string',
      'https://pay.example.com/x?iban=DE89370400440532013000&amount=5',
      'IBAN_CODE',
      'DE89370400440532013000',
    ],
    [
      'a percent-encoded email in a query string',
      'GET /reset?email=jane.doe%40example.org HTTP/1.1',
      'EMAIL_ADDRESS',
      'jane.doe%40example.org',
    ],
    ['an AWS key', 'aws_access_key_id = AKIA4QZ7M2XR5TBN3KWP', 'API_KEY_SECRET', 'AKIA4QZ7M2XR5TBN3KWP'],
  ])('%s', (_name, text, type, value) => {
    const hit = analyzeText(text).find((r) => r.entity_type === type);
    expect(hit && text.slice(hit.start, hit.end)).toBe(value);
  });
});

describe('hard negatives stay clean (no identifier, level public)', () => {
  it.each([
    ['an order number', 'Order #123456789 shipped on time.'],
    ['a UUID', 'request 3f2b8c1e-9d4a-4b7e-8f1a-2c3d4e5f6a7b failed'],
    ['a git SHA', 'fixed in commit 9fceb02d0ae598e95dc970b74767f19372d61af8'],
    ['version strings', 'upgrade from v2.3.11 to version 4.2.1 and 1.10.0-rc.1'],
    ['a timestamp', 'at 2024-05-01T12:03:44Z the job restarted'],
    ['SKUs', 'SKU AB-1234-XY and SKU 88-1200-7 are back in stock'],
    ['a Luhn-invalid 16-digit number', 'ticket 4111 1111 1111 1112 closed'],
    ['a bad-checksum IBAN', 'IBAN DE89 3704 0044 0532 0130 01 rejected'],
    ['infrastructure tokens', 'Move the S3 bucket to EKS on C4 nodes; GPT-4 and K8s are fine.'],
    ['plain prose', 'Summarise the plot of Hamlet in one line.'],
  ])('%s', (_name, text) => {
    const c = classifyTexts([text]);
    expect(c.categories).toEqual([]);
    expect(c.level).toBe('public');
    const identifiers = c.findings.filter((f) => !['DATE_TIME', 'URL', 'LOCATION', 'ORGANIZATION'].includes(f.entityType));
    expect(identifiers).toEqual([]);
  });
});
