import { detectSecretTokens } from './secrets';
import type { Span } from './types';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectSecretTokens(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

// Assembled at run time so secret scanners do not flag this file.
const j = (...parts: string[]): string => parts.join('');
const OPENAI = j('sk-', 'abc123DEF456ghi789JKL012mno345');
const OPENAI_PROJ = j('sk-proj-', 'Xy12_ab-34CDefGH56ijKL78mnOP');
const ANTHROPIC = j('sk-ant-api03-', 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z');
const AWS = j('AKIA', '4QZ7M2XR5TBN3KWP');
const GITHUB = j('ghp_', '1a2b3c4d5e6f7g8h9i0jAbCdEfGhIjKlMnOpQr');
const GITHUB_PAT = j('github_pat_', '11ABCDEFG0123456789_abcdefghijklmnop');
const SLACK = j('xoxb-', '123456789012-1234567890123-AbCdEfGhIjKl');
const GOOGLE = j('AIza', 'SyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW');
const STRIPE = j('sk_live_', '51Habcdefghijklmnop1234');
const STRIPE_RK = j('rk_live_', '51Habcdefghijklmnop1234');
const JWT = j('eyJhbGciOiJIUzI1NiJ9', '.eyJzdWIiOiIxMjM0NTY3ODkwIn0', '.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U');
const PEM = j(
  '-----BEGIN ',
  'RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----',
);
const PEM_OPENSSH = j('-----BEGIN ', 'OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----');

describe('detectSecretTokens', () => {
  it.each([
    ['OpenAI', `key: ${OPENAI}`, [OPENAI]],
    ['OpenAI project', `export OPENAI_API_KEY=${OPENAI_PROJ}`, [OPENAI_PROJ]],
    ['Anthropic', `x-api-key: ${ANTHROPIC}`, [ANTHROPIC]],
    ['AWS access key id', `aws ${AWS} done`, [AWS]],
    ['GitHub', GITHUB, [GITHUB]],
    ['GitHub fine-grained', GITHUB_PAT, [GITHUB_PAT]],
    ['Slack', SLACK, [SLACK]],
    ['Google', `?key=${GOOGLE}`, [GOOGLE]],
    ['Stripe secret', STRIPE, [STRIPE]],
    ['Stripe restricted', STRIPE_RK, [STRIPE_RK]],
    ['JWT', `token ${JWT}.`, [JWT]],
    ['PEM private key block', `here:\n${PEM}\nthanks`, [PEM]],
    ['OpenSSH private key block', PEM_OPENSSH, [PEM_OPENSSH]],
    ['PEM header without end', '-----BEGIN EC PRIVATE KEY-----\nMHcCAQ', ['-----BEGIN EC PRIVATE KEY-----']],
    ['Bearer header', 'Authorization: Bearer abcDEF123456ghiJKL789', ['abcDEF123456ghiJKL789']],
    // Partly masked: the random part left is still a key (only one repeated character is a stand-in).
    ['partly masked Stripe key', j('sk_live_', 'XXXXXXXXXXXXXXXX4f2Ka9'), [j('sk_live_', 'XXXXXXXXXXXXXXXX4f2Ka9')]],
  ])('finds a %s', (_name, text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    'sk-learn is a library',
    'the sk-this-is-a-long-readable-slug-name',
    'task-' + 'a'.repeat(40),
    'AKIA123', // too short
    'xAKIAIOSFODNN7EXAMPLE1', // inside a longer token
    'AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX', // a stand-in after the prefix
    'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', // AWS's documentation examples
    'AKIAI44QH8DHBEXAMPLE',
    'token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX', // a two-part prefix, then the stand-in
    'OPENAI_API_KEY=sk-proj-xxxxXXXXxxxxXXXXxxxxXXXX', // x and X mixed
    'x-api-key: sk-ant-api03-00000000000000000000000000',
    '-----BEGIN PUBLIC KEY-----\nMFkwEwYH\n-----END PUBLIC KEY-----',
    '-----BEGIN CERTIFICATE-----',
    'eyJhbGciOiJIUzI1NiJ9 alone',
    'a basic understanding of the Bearer authentication-scheme',
    '550e8400-e29b-41d4-a716-446655440000',
    'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));
});
