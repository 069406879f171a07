import { entropy, isPlaceholder, isReference, looksGenerated, looksLikePassword, looksRandom } from './values';

describe('secret value rules', () => {
  it('measures Shannon entropy in bits per character', () => {
    expect(entropy('')).toBe(0);
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('abab')).toBeCloseTo(1);
    expect(entropy('0123456789abcdef')).toBeCloseTo(4);
  });

  it.each([
    '<your-key>',
    'YOUR_API_KEY',
    'your-api-key-here',
    'changeme',
    'change_me',
    'xxxx',
    'XXXXXXXXXXXX',
    '****',
    '...',
    'password',
    'Password123',
    'secret',
    'example',
    'dummy',
    'test',
    'REDACTED',
    '',
    '000000',
    '12345678',
    'abcdef',
    'sk_test_your_key_here',
    'myPassword',
    'tiger',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', // AWS's documentation examples
    'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
    'AKIAIOSFODNN7EXAMPLE',
  ])('%p is a placeholder', (v) => expect(isPlaceholder(v)).toBe(true));

  it.each([
    'hunter22',
    'Xk9mq2Lp',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCY7Zq2Lk9Tw4',
    'q8ZkR2vW7xYp3LmN4bT6cD1e',
    // "EXAMPLE" appended to another token does not hide it
    'ghp_R7x2Kq9LmP4vT8nW3zY6bC1dF5gH0jAsEXAMPLE',
    'q8Zr3LmP4vT8nW3zY6bC1dF5gH0jAsK2xEXAMPLEKEY',
  ])('%p is not a placeholder', (v) => expect(isPlaceholder(v)).toBe(false));

  it.each([
    ['var.db_password', 0, false],
    ['${DB_PASSWORD}', 0, false],
    ['$DB_PASSWORD', 0, false],
    ['process.env.X', 0, false],
    ['os.environ', 91, false],
    ['ENV', 91, false],
    ['getenv', 40, false],
    ['!Ref', 0, false],
    ['vault:secret/db', 0, false],
    ['{{ .Values.password }}', 0, true],
    ['DB_PASSWORD', 0, false],
    ['db_password', 0, false],
    ['hashedPassword', 0, false],
    ['arn:aws:secretsmanager:us-east-1:123456789012:secret:db', 0, false],
    ['dbPasswordForProduction2024', 0, false],
    ['getAWSSecretKeyFromVault2', 0, false],
  ])('%p is a reference', (v, next, quoted) => expect(isReference(v, next, quoted)).toBe(true));

  it.each([
    ['hunter22', 0, false],
    ['Xk9#mq2L', 0, true],
    ['db_password', 0, true],
    // vendor prefixes that are words, before a random body
    ['secret_1XrcMF9RTlo2WS8R15UCxLlp8akr8GR6sVkZETQp290', 0, false],
    ['test_4eC39HqLyjWDarjtT1zdp7dc', 0, false],
    ['a8Fkey3Lp9QzWx7TbYn2', 0, false],
  ])('%p is not a reference', (v, next, quoted) => expect(isReference(v, next, quoted)).toBe(false));

  it('tells human passwords from types, words and prompts', () => {
    expect(looksLikePassword('letmein', true)).toBe(true);
    expect(looksLikePassword('hunter2', false)).toBe(true);
    expect(looksLikePassword('Enter', false)).toBe(false);
    expect(looksLikePassword('string', true)).toBe(false);
    expect(looksLikePassword('This is my plan', true)).toBe(false);
    expect(looksLikePassword('abc', true)).toBe(false);
  });

  it('tells random tokens from identifiers', () => {
    expect(looksRandom('secret_1XrcMF9RTlo2WS8R15UCxLlp8akr8GR6sVkZETQp290')).toBe(true);
    expect(looksRandom('myApiKeyForProduction2024')).toBe(false);
    expect(looksRandom('hashedPassword')).toBe(false);
    expect(isPlaceholder('secret_1XrcMF9RTlo2WS8R15UCxLlp8akr8GR6sVkZETQp290')).toBe(false);
    expect(isPlaceholder('test_4eC39HqLyjWDarjtT1zdp7dc')).toBe(false);
  });

  it('tells generated keys from words', () => {
    expect(looksGenerated('4f9c2b7e1d8a6f3c0b5e9d2a7c4f1e8b')).toBe(true);
    expect(looksGenerated('QzWxEcRvTbYnUmIkOlPaSd')).toBe(true);
    expect(looksGenerated('abcdefghijklmnop')).toBe(false);
    expect(looksGenerated('AbCdEfGhIjKlMnOpQrStUv')).toBe(false); // the alphabet in order
    expect(looksGenerated('aaaaaaaaaaaa1')).toBe(false);
    expect(looksGenerated('a1b2')).toBe(false);
  });
});
