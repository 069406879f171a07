import {
  authorizeUrl,
  callbackOf,
  checkCallback,
  checkDiscovery,
  chooseToken,
  discoveryUrl,
  logoutUrl,
  OidcError,
  pkceChallenge,
  randomToken,
  tokenRequestBody,
  type ChosenToken,
  type Discovery,
  type OidcSettings,
  type PendingSignIn,
} from './oidc.js';
import { webCrypto } from './webcrypto.js';

/**
 * "Sign in with SSO" in the browser: the authorization code flow with PKCE (S256) as a public client. The
 * verifier, state and nonce live in this tab's sessionStorage from the redirect to the return and are used
 * once; the code is exchanged straight from the browser at the issuer's token endpoint (the only origin
 * beyond the gateway the console's CSP allows). See oidc.ts for the checks.
 */
const PENDING = 'gateway-console.oidc-pending';

/** The console's own URL as the identity provider must have it registered. */
export const redirectUri = (): string => `${location.origin}/console/`;

export interface ConsoleConfig {
  oidc: OidcSettings | null;
}

/** The gateway's SSO settings; none (paste a token) when they cannot be read. */
export async function consoleConfig(): Promise<ConsoleConfig> {
  try {
    const res = await fetch('/console/config.json', { credentials: 'omit', cache: 'no-store' });
    if (!res.ok) return { oidc: null };
    return (await res.json()) as ConsoleConfig;
  } catch {
    return { oidc: null };
  }
}

async function discover(s: OidcSettings): Promise<Discovery> {
  let res: Response;
  try {
    res = await fetch(discoveryUrl(s.issuer), { credentials: 'omit', cache: 'no-store' });
  } catch {
    throw new OidcError('The identity provider cannot be reached from this browser.');
  }
  if (!res.ok) throw new OidcError(`The identity provider’s discovery document answered ${res.status}.`);
  return checkDiscovery(await res.json().catch(() => null), s);
}

const sha256 = (d: Uint8Array): Promise<Uint8Array> => webCrypto.sha256(d);
const fillRandom = (a: Uint8Array): Uint8Array => crypto.getRandomValues(a);

/** Starts a sign-in: remembers verifier, state and nonce in this tab, then leaves for the identity provider. */
export async function beginSignIn(s: OidcSettings): Promise<void> {
  const d = await discover(s);
  const pending: PendingSignIn = {
    issuer: s.issuer,
    state: randomToken(fillRandom),
    nonce: randomToken(fillRandom),
    verifier: randomToken(fillRandom),
    redirectUri: redirectUri(),
    hash: location.hash,
    created: Date.now(),
  };
  const challenge = await pkceChallenge(pending.verifier, sha256);
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  location.assign(authorizeUrl(d, s, pending, challenge));
}

/** Whether this page load is the identity provider's redirect back (a `code` or an `error` in the query). */
export const isCallback = (): boolean => callbackOf(location.search) !== null;

function takePending(): PendingSignIn | null {
  const text = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  if (!text) return null;
  try {
    return JSON.parse(text) as PendingSignIn;
  } catch {
    return null;
  }
}

/**
 * Finishes a sign-in on the redirect back: checks state, exchanges the code with the verifier and picks
 * the token for the gateway. The code and state leave the address bar first, whatever happens; the pending
 * sign-in is used once. Throws OidcError with a message to show.
 */
export async function finishSignIn(s: OidcSettings | null): Promise<ChosenToken> {
  const cb = callbackOf(location.search);
  const pending = takePending();
  history.replaceState(null, '', `${location.pathname}${pending?.hash ?? ''}`);
  if (!cb) throw new OidcError('Nothing to finish.');
  if (!s) throw new OidcError('This gateway has no SSO configured.');
  const code = checkCallback(cb, pending && pending.issuer === s.issuer ? pending : null, Date.now());
  const p = pending as PendingSignIn;
  const d = await discover(s);
  let res: Response;
  try {
    res = await fetch(d.token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: tokenRequestBody(s, p, code),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new OidcError('The identity provider’s token endpoint cannot be reached from this browser.');
  }
  const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (!res.ok) {
    const err = typeof body?.error === 'string' ? body.error.replace(/[^\x20-\x7e]/g, '').slice(0, 100) : `HTTP ${res.status}`;
    throw new OidcError(`The identity provider refused to exchange the code: ${err}. Start again.`);
  }
  return chooseToken(body, s, p.nonce);
}

/** After a local sign-out of an SSO session: the identity provider's logout, or null when it has none. */
export async function providerLogout(s: OidcSettings): Promise<string | null> {
  try {
    return logoutUrl(await discover(s), s, redirectUri());
  } catch {
    return null;
  }
}
