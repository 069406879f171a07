/**
 * The pure parts of the console's OIDC sign-in (authorization code flow with PKCE S256, public client):
 * PKCE, the authorization URL, the callback and state check, the token request and which token the
 * gateway gets. No DOM, no storage, no network here (see sso.ts), so jest runs it with Node's WebCrypto.
 * No token is ever verified here: the gateway's JwtVerifier is the judge of what it accepts.
 */

/** What `GET /console/config.json` says about SSO (public values: a public client has no secret). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  scopes: string;
  /** AUTH_JWT_AUDIENCE: the access token is sent when it is a JWT for this audience, else the id_token. */
  audience: string;
}

/** The fields of the issuer's `/.well-known/openid-configuration` the console uses. */
export interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint: string | null;
}

/** What the tab remembers between the redirect to the identity provider and the return (sessionStorage). */
export interface PendingSignIn {
  issuer: string;
  state: string;
  nonce: string;
  verifier: string;
  redirectUri: string;
  /** The console page (hash) to return to. */
  hash: string;
  /** ms since the epoch: a pending sign-in older than 10 minutes is refused. */
  created: number;
}

export const PENDING_MAX_AGE_MS = 10 * 60_000;

/** A sign-in that must stop: the message is shown to the person and never holds a code or token. */
export class OidcError extends Error {}

export function base64url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 random bytes as base64url (43 characters): a PKCE verifier (RFC 7636 §4.1: 43-128 characters), state or nonce. */
export function randomToken(fill: (a: Uint8Array) => Uint8Array, bytes = 32): string {
  return base64url(fill(new Uint8Array(bytes)));
}

/** RFC 7636 §4.2, S256: BASE64URL(SHA256(ASCII(code_verifier))). */
export async function pkceChallenge(verifier: string, sha256: (d: Uint8Array) => Promise<Uint8Array>): Promise<string> {
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) throw new OidcError('A PKCE verifier is 43 to 128 unreserved characters.');
  return base64url(await sha256(new TextEncoder().encode(verifier)));
}

const trimSlash = (s: string): string => s.replace(/\/+$/, '');

/** `<issuer>/.well-known/openid-configuration` (OIDC Discovery §4). */
export function discoveryUrl(issuer: string): string {
  return `${trimSlash(issuer)}/.well-known/openid-configuration`;
}

function httpUrl(v: unknown, name: string): URL {
  let u: URL;
  try {
    u = new URL(String(v));
  } catch {
    throw new OidcError(`The identity provider's discovery document has no valid ${name}.`);
  }
  if (typeof v !== 'string' || (u.protocol !== 'https:' && u.protocol !== 'http:'))
    throw new OidcError(`The identity provider's ${name} is not an http(s) URL.`);
  return u;
}

/**
 * The discovery document, checked: its issuer is the configured one (OIDC Discovery §4.3), and the token
 * endpoint is on the issuer's origin, the only one the console's CSP lets it connect to.
 */
export function checkDiscovery(doc: unknown, s: OidcSettings): Discovery {
  const d = (doc ?? {}) as Record<string, unknown>;
  if (typeof d.issuer !== 'string' || trimSlash(d.issuer) !== trimSlash(s.issuer))
    throw new OidcError('The identity provider’s discovery document names another issuer than the gateway trusts.');
  const origin = new URL(s.issuer).origin;
  const authorize = httpUrl(d.authorization_endpoint, 'authorization_endpoint');
  const token = httpUrl(d.token_endpoint, 'token_endpoint');
  if (token.origin !== origin)
    throw new OidcError('The identity provider’s token endpoint is not on the issuer’s origin, which is all the console may connect to.');
  const methods = d.code_challenge_methods_supported;
  if (Array.isArray(methods) && !methods.includes('S256')) throw new OidcError('The identity provider does not support PKCE with S256.');
  const end = typeof d.end_session_endpoint === 'string' ? httpUrl(d.end_session_endpoint, 'end_session_endpoint').href : null;
  return { issuer: d.issuer, authorization_endpoint: authorize.href, token_endpoint: token.href, end_session_endpoint: end };
}

/** The authorization request (RFC 6749 §4.1.1 with RFC 7636 §4.3 and OIDC Core §3.1.2.1). */
export function authorizeUrl(
  d: Discovery,
  s: OidcSettings,
  p: Pick<PendingSignIn, 'state' | 'nonce' | 'redirectUri'>,
  challenge: string,
): string {
  const u = new URL(d.authorization_endpoint);
  u.searchParams.set('response_type', 'code');
  u.searchParams.set('client_id', s.clientId);
  u.searchParams.set('redirect_uri', p.redirectUri);
  u.searchParams.set('scope', s.scopes);
  u.searchParams.set('state', p.state);
  u.searchParams.set('nonce', p.nonce);
  u.searchParams.set('code_challenge', challenge);
  u.searchParams.set('code_challenge_method', 'S256');
  return u.href;
}

export type Callback = { code: string; state: string | null } | { error: string; description: string | null; state: string | null };

/** The identity provider's answer in the redirect's query string, or null when this load is not one. */
export function callbackOf(search: string): Callback | null {
  const q = new URLSearchParams(search);
  const state = q.get('state');
  const error = q.get('error');
  if (error !== null) return { error, description: q.get('error_description'), state };
  const code = q.get('code');
  if (code !== null) return { code, state };
  return null;
}

/** Equal strings without an early exit on the first difference. */
function same(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

const clip = (s: string): string => s.replace(/[^\x20-\x7e]/g, '').slice(0, 200);

/**
 * The pending sign-in this callback answers (RFC 6749 §10.12): there is one, it is fresh, and the state
 * came back unchanged. Anything else is refused before the code is used.
 */
export function checkCallback(cb: Callback, pending: PendingSignIn | null, now: number): string {
  if (!pending) throw new OidcError('This tab did not start a sign-in (or already finished it). Start again.');
  if (cb.state === null || !same(cb.state, pending.state))
    throw new OidcError('The sign-in response does not belong to the sign-in this tab started (state mismatch). Start again.');
  if (now - pending.created > PENDING_MAX_AGE_MS) throw new OidcError('The sign-in took too long. Start again.');
  if ('error' in cb)
    throw new OidcError(
      `The identity provider refused the sign-in: ${clip(cb.error)}${cb.description ? ` (${clip(cb.description)})` : ''}.`,
    );
  if (cb.code === '') throw new OidcError('The identity provider returned an empty code.');
  return cb.code;
}

/** The token request's form body (RFC 6749 §4.1.3 with RFC 7636 §4.5); a public client sends its id, no secret. */
export function tokenRequestBody(s: OidcSettings, p: Pick<PendingSignIn, 'verifier' | 'redirectUri'>, code: string): string {
  return new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: p.redirectUri,
    client_id: s.clientId,
    code_verifier: p.verifier,
  }).toString();
}

/** A JWT's payload, decoded without any check (for choosing a token and the nonce only), or null if it is not a JWT. */
export function jwtClaims(token: string): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const b64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const v = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)))) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const audiences = (c: Record<string, unknown>): unknown[] => (Array.isArray(c.aud) ? c.aud : [c.aud]);

export interface ChosenToken {
  token: string;
  kind: 'access_token' | 'id_token';
}

/**
 * The token the gateway gets from a token response: the access token when it is a JWT for the gateway's
 * audience (AUTH_JWT_AUDIENCE), else the id_token (its audience is the client id, so that works when
 * AUTH_JWT_AUDIENCE is the client id), else the access token as it is. The gateway decides whether it
 * accepts it. An id_token whose nonce is not this sign-in's is refused (OIDC Core §3.1.3.7, 11).
 */
export function chooseToken(response: unknown, s: OidcSettings, nonce: string): ChosenToken {
  const r = (response ?? {}) as Record<string, unknown>;
  const access = typeof r.access_token === 'string' && r.access_token !== '' ? r.access_token : null;
  const id = typeof r.id_token === 'string' && r.id_token !== '' ? r.id_token : null;
  if (typeof r.token_type === 'string' && r.token_type.toLowerCase() !== 'bearer')
    throw new OidcError('The identity provider returned a token that is not a bearer token.');
  if (id !== null) {
    const claims = jwtClaims(id);
    if (!claims || typeof claims.nonce !== 'string' || !same(claims.nonce, nonce))
      throw new OidcError('The identity provider’s id_token is not for this sign-in (nonce mismatch). Start again.');
  }
  const accessClaims = access === null ? null : jwtClaims(access);
  if (access !== null && accessClaims && audiences(accessClaims).includes(s.audience)) return { token: access, kind: 'access_token' };
  if (id !== null) return { token: id, kind: 'id_token' };
  if (access !== null) return { token: access, kind: 'access_token' };
  throw new OidcError('The identity provider returned no token.');
}

/** RP-initiated logout (OIDC RP-Initiated Logout §2), or null when the provider has no end_session_endpoint. */
export function logoutUrl(d: Pick<Discovery, 'end_session_endpoint'>, s: OidcSettings, postLogoutRedirectUri: string): string | null {
  if (!d.end_session_endpoint) return null;
  const u = new URL(d.end_session_endpoint);
  u.searchParams.set('client_id', s.clientId);
  u.searchParams.set('post_logout_redirect_uri', postLogoutRedirectUri);
  return u.href;
}
