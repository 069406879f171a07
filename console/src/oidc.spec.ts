import { webcrypto } from 'node:crypto';
import {
  authorizeUrl,
  base64url,
  callbackOf,
  checkCallback,
  checkDiscovery,
  chooseToken,
  discoveryUrl,
  jwtClaims,
  logoutUrl,
  OidcError,
  PENDING_MAX_AGE_MS,
  pkceChallenge,
  randomToken,
  tokenRequestBody,
  type PendingSignIn,
} from './oidc';

/** The console's pure OIDC parts with Node's WebCrypto: the same calls the console makes in Chromium. */
const sha256 = async (d: Uint8Array) => new Uint8Array(await webcrypto.subtle.digest('SHA-256', d));
const fill = (a: Uint8Array) => webcrypto.getRandomValues(a);
const settings = {
  issuer: 'https://idp.example.com/realms/acme',
  clientId: 'gw-console',
  scopes: 'openid profile',
  audience: 'llm-gateway',
};
const discovery = {
  issuer: settings.issuer,
  authorization_endpoint: 'https://idp.example.com/realms/acme/protocol/openid-connect/auth',
  token_endpoint: 'https://idp.example.com/realms/acme/protocol/openid-connect/token',
  end_session_endpoint: 'https://idp.example.com/realms/acme/protocol/openid-connect/logout',
  code_challenge_methods_supported: ['plain', 'S256'],
};
const pending: PendingSignIn = {
  issuer: settings.issuer,
  state: 'state-abc',
  nonce: 'nonce-xyz',
  verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  redirectUri: 'https://gw.example.com/console/',
  hash: '#/audit',
  created: 1_000_000,
};
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const jwt = (claims: Record<string, unknown>) => `${b64({ alg: 'RS256' })}.${b64(claims)}.sig`;

describe('console OIDC (pure parts)', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await pkceChallenge(pending.verifier, sha256)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('refuses a verifier outside RFC 7636 §4.1 (too short or reserved characters)', async () => {
    await expect(pkceChallenge('short', sha256)).rejects.toBeInstanceOf(OidcError);
    await expect(pkceChallenge(`${'a'.repeat(43)}+`, sha256)).rejects.toBeInstanceOf(OidcError);
  });

  it('makes 43-character base64url random tokens that differ', () => {
    const a = randomToken(fill);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken(fill)).not.toBe(a);
    expect(base64url(new Uint8Array([251, 255]))).toBe('-_8');
  });

  it('builds the discovery and authorization URLs', () => {
    expect(discoveryUrl(`${settings.issuer}/`)).toBe(`${settings.issuer}/.well-known/openid-configuration`);
    const d = checkDiscovery(discovery, settings);
    const u = new URL(authorizeUrl(d, settings, pending, 'CHALLENGE'));
    expect(`${u.origin}${u.pathname}`).toBe(discovery.authorization_endpoint);
    expect(Object.fromEntries(u.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'gw-console',
      redirect_uri: 'https://gw.example.com/console/',
      scope: 'openid profile',
      state: 'state-abc',
      nonce: 'nonce-xyz',
      code_challenge: 'CHALLENGE',
      code_challenge_method: 'S256',
    });
    // An authorization endpoint with its own query keeps it.
    const withQuery = checkDiscovery(
      { ...discovery, authorization_endpoint: `${discovery.authorization_endpoint}?p=B2C_1_signin` },
      settings,
    );
    expect(new URL(authorizeUrl(withQuery, settings, pending, 'C')).searchParams.get('p')).toBe('B2C_1_signin');
  });

  it('checks the discovery document: same issuer, token endpoint on its origin, S256', () => {
    expect(() => checkDiscovery({ ...discovery, issuer: 'https://evil.example.com' }, settings)).toThrow(/another issuer/);
    expect(() => checkDiscovery({ ...discovery, token_endpoint: 'https://other.example.com/token' }, settings)).toThrow(/origin/);
    expect(() => checkDiscovery({ ...discovery, authorization_endpoint: 'javascript:alert(1)' }, settings)).toThrow(OidcError);
    expect(() => checkDiscovery({ ...discovery, code_challenge_methods_supported: ['plain'] }, settings)).toThrow(/S256/);
    expect(() => checkDiscovery(null, settings)).toThrow(OidcError);
    expect(checkDiscovery({ ...discovery, end_session_endpoint: undefined }, settings).end_session_endpoint).toBeNull();
  });

  it('reads the callback and accepts only the state this tab sent, fresh, once', () => {
    const ok = callbackOf('?code=c0de&state=state-abc');
    expect(ok).toEqual({ code: 'c0de', state: 'state-abc' });
    expect(callbackOf('')).toBeNull();
    expect(callbackOf('?foo=1')).toBeNull();
    expect(checkCallback(ok!, pending, pending.created + 1000)).toBe('c0de');
    expect(() => checkCallback({ code: 'c0de', state: 'state-abd' }, pending, pending.created)).toThrow(/state mismatch/);
    expect(() => checkCallback({ code: 'c0de', state: null }, pending, pending.created)).toThrow(/state mismatch/);
    expect(() => checkCallback(ok!, null, pending.created)).toThrow(/did not start/);
    expect(() => checkCallback(ok!, pending, pending.created + PENDING_MAX_AGE_MS + 1)).toThrow(/too long/);
    // The provider's error is shown (printable, clipped) only for this tab's own request.
    const err = callbackOf('?error=access_denied&error_description=User%20cancelled&state=state-abc');
    expect(() => checkCallback(err!, pending, pending.created)).toThrow(
      'The identity provider refused the sign-in: access_denied (User cancelled).',
    );
    expect(() => checkCallback({ ...err!, state: 'x' }, pending, pending.created)).toThrow(/state mismatch/);
  });

  it('sends code, verifier, redirect URI and client id to the token endpoint, no secret', () => {
    const body = new URLSearchParams(tokenRequestBody(settings, pending, 'c0de'));
    expect(Object.fromEntries(body)).toEqual({
      grant_type: 'authorization_code',
      code: 'c0de',
      redirect_uri: pending.redirectUri,
      client_id: 'gw-console',
      code_verifier: pending.verifier,
    });
  });

  it('gives the gateway the access token when it is a JWT for its audience, else the id_token', () => {
    const id = jwt({ sub: 'ann', aud: 'gw-console', nonce: 'nonce-xyz' });
    const forGateway = jwt({ sub: 'ann', aud: ['account', 'llm-gateway'] });
    expect(chooseToken({ access_token: forGateway, id_token: id, token_type: 'Bearer' }, settings, 'nonce-xyz')).toEqual({
      token: forGateway,
      kind: 'access_token',
    });
    // Opaque or other-audience access tokens: the id_token (the gateway's audience must then be the client id).
    expect(chooseToken({ access_token: 'opaque-123', id_token: id }, settings, 'nonce-xyz').kind).toBe('id_token');
    expect(chooseToken({ access_token: jwt({ aud: 'account' }), id_token: id }, settings, 'nonce-xyz').kind).toBe('id_token');
    expect(chooseToken({ access_token: 'opaque-123' }, settings, 'nonce-xyz')).toEqual({ token: 'opaque-123', kind: 'access_token' });
    expect(() => chooseToken({ access_token: forGateway, id_token: jwt({ nonce: 'other' }) }, settings, 'nonce-xyz')).toThrow(/nonce/);
    expect(() => chooseToken({ access_token: forGateway, token_type: 'DPoP' }, settings, 'nonce-xyz')).toThrow(/bearer/);
    expect(() => chooseToken({}, settings, 'nonce-xyz')).toThrow(/no token/);
  });

  it('decodes a JWT payload without trusting it, and rejects what is not one', () => {
    expect(jwtClaims(jwt({ sub: 'ann', name: 'Ann Ö' }))).toEqual({ sub: 'ann', name: 'Ann Ö' });
    expect(jwtClaims('a.b')).toBeNull();
    expect(jwtClaims('a.!!!.c')).toBeNull();
    expect(jwtClaims(`x.${b64([1, 2])}.y`)).toBeNull();
  });

  it('builds the RP-initiated logout URL when the provider has one', () => {
    const d = checkDiscovery(discovery, settings);
    const u = new URL(logoutUrl(d, settings, 'https://gw.example.com/console/') as string);
    expect(u.searchParams.get('client_id')).toBe('gw-console');
    expect(u.searchParams.get('post_logout_redirect_uri')).toBe('https://gw.example.com/console/');
    expect(logoutUrl({ end_session_endpoint: null }, settings, 'x')).toBeNull();
  });
});
