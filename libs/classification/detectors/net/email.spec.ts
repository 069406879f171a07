import type { Span } from '../types';
import { EMAIL_ROLE_SCORE, EMAIL_SCORE, detectEmails, isImpersonalEmailSpan } from './email';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectEmails(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};
const values = (text: string): string[] => found(text).map(([v]) => v);

const MB = 1 << 20;

describe('detectEmails: role mailboxes (RFC 2142, no-reply, lists) are reported below the personal score', () => {
  it.each([
    [
      'from: noreply@azienda-esempio.it, to: newsletter@azienda-esempio.it',
      [
        ['noreply@azienda-esempio.it', EMAIL_ROLE_SCORE],
        ['newsletter@azienda-esempio.it', EMAIL_ROLE_SCORE],
      ],
    ],
    [
      'Write to Support+billing@acme.io or POSTMASTER@acme.io',
      [
        ['Support+billing@acme.io', EMAIL_ROLE_SCORE],
        ['POSTMASTER@acme.io', EMAIL_ROLE_SCORE],
      ],
    ],
    [
      'supporto@ferroluce.it, soporte@energia.es, vertrieb@firma.de',
      [
        ['supporto@ferroluce.it', EMAIL_ROLE_SCORE],
        ['soporte@energia.es', EMAIL_ROLE_SCORE],
        ['vertrieb@firma.de', EMAIL_ROLE_SCORE],
      ],
    ],
    // hard negatives: a person's mailbox, and words that only start like a role
    [
      'jane.info@acme.io, infosec-team@acme.io, supporter@acme.io, info.jane@acme.io',
      [
        ['jane.info@acme.io', EMAIL_SCORE],
        ['infosec-team@acme.io', EMAIL_SCORE],
        ['supporter@acme.io', EMAIL_SCORE],
        ['info.jane@acme.io', EMAIL_SCORE],
      ],
    ],
  ] as [string, [string, number][]][])('%p', (text, expected) => {
    expect(found(text)).toEqual(expected);
    for (const [, score] of expected)
      expect(isImpersonalEmailSpan({ entityType: 'EMAIL_ADDRESS', score })).toBe(score === EMAIL_ROLE_SCORE);
  });
});

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
    ['{"email":"bob@example.org","name":"Bob"}', ['bob@example.org']],
    ['https://example.com/unsubscribe?email=jane%40example.com&x=1', ['jane%40example.com']],
    ['?to=a.b%40mail.example.de', ['a.b%40mail.example.de']],
    // a look-alike of a service-account domain, and a GitHub user's no-reply address (one person's account)
    ['jane@gserviceaccount.com.evil.io', ['jane@gserviceaccount.com.evil.io']],
    ['jane@mygserviceaccount.com', ['jane@mygserviceaccount.com']],
    ['12345+octocat@users.noreply.github.com', ['12345+octocat@users.noreply.github.com']],
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
    'build@host.invalidtld',
    'docker pull image@sha256:abc',
    '100%40 of them',
    '',
    // machine identities: Google Cloud service accounts
    'svc@acme.iam.gserviceaccount.com',
    'X-Goog-Credential=svc%40acme.iam.gserviceaccount.com%2F20181026%2Fus-central1',
    '123456789012-compute@developer.gserviceaccount.com',
    'my-project@appspot.gserviceaccount.com',
    'service-42@gcp-sa-pubsub.IAM.GServiceAccount.com',
    'bot@gserviceaccount.com',
    '41898282+github-actions[bot]@users.noreply.github.com',
    // a URL's userinfo: a user name or a token, judged by the URL and token detectors
    'origin  https://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@github.com/acme/infra.git (fetch)',
    'curl https://deploy:s3cr3tPass@registry.acme.com/v2/',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));

  it.each([
    ['https://acme.com/contact?email=jane.doe@acme.com', ['jane.doe@acme.com']],
    ['see https://acme.com/team jane.doe@acme.com', ['jane.doe@acme.com']],
    ['mailto:jane.doe@acme.com', ['jane.doe@acme.com']],
    ['http://maria.keller@gmail.com', ['maria.keller@gmail.com']], // a mailbox after a scheme
    ['mailto://maria.keller@web.de', ['maria.keller@web.de']],
  ])('still finds the mailbox in %p (a query string, another word, mailto:)', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    ['jane@example.com', 1],
    ['jane.doe@corp.local', 0.5],
    ['ops@build.internal', 0.5],
  ])('scores %p at %p (a private-network suffix is still a mailbox)', (text, score) => {
    expect(found(text)).toEqual([[text, score]]);
  });

  it.each([
    'Write a regex that matches alice@example.com and bob.smith@example.org',
    "expect(isValidEmail('alice@example.com')).toBe(true);",
    'Why does my regular expression reject first.last+tag@sub.example.net?',
  ])('an address at a documentation domain in text about matching addresses is test data (%p)', (text) => {
    for (const [, score] of found(text)) expect(score).toBe(EMAIL_ROLE_SCORE);
    expect(found(text).length).toBeGreaterThan(0);
  });

  it.each([
    ['Please email jane@example.com the invoice', 1],
    ['Write a regex that matches alice@acme-corp.com', 1], // a real domain stays a mailbox
    ['Validate jane@examples.com', 1],
  ])('%p stays a mailbox', (text, score) => {
    expect(found(text).map(([, s]) => s)).toEqual([score]);
  });

  it('reports UTF-16 offsets, end-exclusive', () => {
    const out: Span[] = [];
    detectEmails('é 😀 x@y.io', out);
    expect(out).toEqual([{ entityType: 'EMAIL_ADDRESS', start: 5, end: 11, score: 1 }]);
  });

  it.each([
    ['at signs', 'a@'.repeat(MB / 2)],
    ['bare at signs', '@'.repeat(MB)],
    ['percent-encoded at signs', 'a%40'.repeat(MB / 4)],
    ['one huge local part', 'a'.repeat(MB) + '@example.com'],
    ['one huge domain', 'a@' + 'b'.repeat(MB)],
    ['dotted labels', 'a@' + 'b.'.repeat(MB / 2)],
    ['many addresses', 'a@b.com '.repeat(MB / 8)],
  ])('scans 1 MB of %s', (_name, input) => {
    const out: Span[] = [];
    detectEmails(input, out);
    expect(out.length).toBeGreaterThanOrEqual(0);
  });
});
