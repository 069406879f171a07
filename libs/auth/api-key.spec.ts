import { generateApiKey, hashSecret, parseApiKey, secretMatches } from './api-key';

describe('api keys', () => {
  it('generates keys in the SPEC format that parse back and match only their own hash', () => {
    const k = generateApiKey();
    expect(k.token).toMatch(/^gw_[a-z0-9]{12}_[A-Za-z0-9]{40}$/);
    expect(parseApiKey(k.token)).toEqual({ keyId: k.keyId, secret: k.secret });
    expect(secretMatches(k.secret, k.secretHash)).toBe(true);
    expect(secretMatches(k.secret + 'x', k.secretHash)).toBe(false);
    expect(k.secretHash.equals(hashSecret(k.secret))).toBe(true);
  });

  it.each([
    '',
    'gw_',
    'sk-abc',
    'gw_ABCDEFGHIJKL_' + 'a'.repeat(40),
    'gw_abcdefghijkl_' + 'a'.repeat(39),
    'gw_abcdefghijkl_' + 'a'.repeat(40) + ' ',
  ])('rejects the malformed key %p', (token) => expect(parseApiKey(token)).toBeNull());
});
