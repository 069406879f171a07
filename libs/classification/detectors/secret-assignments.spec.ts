import { detectSecretAssignments } from './secret-assignments';
import type { Span } from './types';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectSecretAssignments(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectSecretAssignments', () => {
  it.each([
    ['postgres://user:pass@host/db', ['pass']],
    ['DATABASE_URL=postgresql://app:S3cr3t!x@db.internal:5432/app', ['S3cr3t!x']],
    ['redis://:hunter22@cache:6379', ['hunter22']],
    ['password=s3cr3t', ['s3cr3t']],
    ['password=letmein', ['letmein']],
    ['DB_PASSWORD: "correct horse"', ['correct']],
    ['{"password": "hunter2!"}', ['hunter2!']],
    ["api_key: 'a1b2c3d4e5f6g7h8'", ['a1b2c3d4e5f6g7h8']],
    ['client_secret = 9f8e7d6c5b4a3210ffee', ['9f8e7d6c5b4a3210ffee']],
    ['aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']],
    ['login?user=bob&password=Tr0ub4dor&next=/', ['Tr0ub4dor']],
    ['My password: hunter2.', ['hunter2']],
  ])('finds the secret in %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    'interface User { password: string; }',
    'password: str',
    'api_key = os.environ["API_KEY"]',
    'apiKey: process.env.OPENAI_API_KEY',
    'password: ${DB_PASSWORD}',
    'password=********',
    'secret: This is my plan',
    'token: true',
    'max_tokens: 4096',
    'api_key: YOUR_API_KEY',
    'if (a == b) password => x',
    'https://example.com:8080/path',
    'https://user@example.com/',
    'postgres://user:${DB_PASS}@host/db',
    'mypassword=abc123', // key must start at a word boundary
    'The capital of France is Paris.',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));
});
