import { createHash } from 'node:crypto';
import { bearerMatches } from './metrics.controller';

describe('bearerMatches', () => {
  const token = 'a-metrics-token-0123456789';
  const expected = createHash('sha256').update(token).digest();

  it.each([
    [`Bearer ${token}`, true],
    [`bearer ${token}`, true],
    [`Bearer  ${token} `, true],
    [undefined, false],
    ['', false],
    ['Bearer', false],
    ['Bearer ', false],
    [token, false],
    [`Basic ${token}`, false],
    [`Bearer ${token}x`, false],
    [`Bearer ${token.slice(0, -1)}`, false],
    [`Bearer ${token} extra`, false],
  ])('%p -> %p', (header, ok) => {
    expect(bearerMatches(header, expected)).toBe(ok);
  });

  it('never matches an empty token, even against the digest of an empty string', () => {
    expect(bearerMatches('Bearer ', createHash('sha256').update('').digest())).toBe(false);
  });
});
