import { detectEmails } from './email';
import type { Span } from './types';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectEmails(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectEmails', () => {
  it.each([
    ['info@presidio.site', ['info@presidio.site']],
    ['my email address is info@presidio.site', ['info@presidio.site']],
    ['try info@presidio.site or anotherinfo@presidio.site', ['info@presidio.site', 'anotherinfo@presidio.site']],
    ['user@xn--80ak6aa92e.com', ['user@xn--80ak6aa92e.com']],
    ['a@xn--d1acufc.xn--p1ai', ['a@xn--d1acufc.xn--p1ai']],
    ['Contact: "Jane" <jane.doe+tag@mail.example.co.uk>.', ['jane.doe+tag@mail.example.co.uk']],
    ['Write to jane_o-neil@example.com.', ['jane_o-neil@example.com']],
    ['(bob@EXAMPLE.ORG)', ['bob@EXAMPLE.ORG']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    'my email is info@presidio.',
    'this is not an email: hello-world here',
    '@mention the team',
    'user@localhost',
    'a@b.c',
    'foo@bar..com',
    'npm i react@18.2.0',
    'git clone git@github.com:org/repo.git',
    'price: 5 @ $3.50',
    '',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));

  it('reports UTF-16 offsets, end-exclusive', () => {
    const out: Span[] = [];
    detectEmails('é 😀 x@y.io', out);
    expect(out).toEqual([{ entityType: 'EMAIL_ADDRESS', start: 5, end: 11, score: 1 }]);
  });
});
