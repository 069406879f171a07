import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { newSigningKey } from '../support/jwks-server';
import { TestOidcProvider } from '../support/oidc-provider';

/**
 * "Sign in with SSO" (issue 18): the console runs the authorization code flow with PKCE against a real
 * OpenID provider on loopback (test/support/oidc-provider.ts, another origin than the gateway), and the
 * gateway verifies the token it gets like any OIDC JWT. A wrong PKCE verifier and a tampered state are
 * refused with no token stored; the CSP lets the console connect to the issuer's origin and nowhere else.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(__dirname, '../../test-results/console');
const AUDIENCE = 'llm-gateway';
const CLIENT = 'gateway-console';
const TOKEN = 'gateway-console.token';
const PENDING = 'gateway-console.oidc-pending';

jest.setTimeout(120_000);

/** The browser globals the page functions use (this tsconfig has no DOM library). */
interface Win {
  sessionStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void };
  document: { addEventListener(type: 'securitypolicyviolation', f: (e: { violatedDirective: string }) => void): void };
  fetch(url: string, init: { credentials: 'omit' }): Promise<unknown>;
}

describe('console SSO (OIDC code flow with PKCE) in chromium', () => {
  let t: TestGateway;
  let idp: TestOidcProvider;
  let issuer: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    idp = new TestOidcProvider({
      key: await newSigningKey('sso-idp', 'ES256'),
      clientId: CLIENT,
      audience: AUDIENCE,
      user: { sub: 'ann', roles: ['security-admin'] },
    });
    issuer = await idp.start();
    t = await startTestGateway({
      AUTH_JWT_JWKS_URL: `${issuer}/jwks.json`,
      AUTH_JWT_ISSUER: issuer,
      AUTH_JWT_AUDIENCE: AUDIENCE,
      AUTH_OIDC_CLIENT_ID: CLIENT,
    });
    idp.registerConsole(t.url);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
    await idp?.close();
  });

  async function open(path = '/console'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${t.url}${path}`);
    await page.waitForSelector('#sso');
    return page;
  }

  const stored = (page: Page, key: string) => page.evaluate((k) => (globalThis as unknown as Win).sessionStorage.getItem(k), key);
  const navPages = (page: Page) => page.$$eval('#nav a', (as) => as.map((a) => a.getAttribute('data-page')));

  it('tells the console about SSO and allows only the issuer origin beyond self', async () => {
    const cfg = (await (await t.get('/console/config.json')).json()) as Record<string, unknown>;
    expect(cfg).toEqual({ oidc: { issuer, clientId: CLIENT, scopes: 'openid profile', audience: AUDIENCE } });
    const csp = (await t.get('/console/')).headers.get('content-security-policy') as string;
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0] as string, d.split(' ').slice(1)]));
    expect(directives['connect-src']).toEqual(["'self'", new URL(issuer).origin]);
    // No other directive names any origin: scripts, styles, forms and frames stay on the gateway.
    const others = Object.entries(directives).filter(([k]) => k !== 'connect-src');
    expect(others.flatMap(([, v]) => v).filter((v) => /^https?:/.test(v))).toEqual([]);
  });

  it('signs in with SSO: back on the console as the provider’s user with its role’s pages, the URL clean', async () => {
    const page = await open('/console#/audit');
    const before = idp.tokenRequests;
    await page.click('#sso');
    await page.waitForSelector('#actor');
    expect(await page.textContent('#actor')).toBe('jwt:ann · security-admin');
    expect(await navPages(page)).toEqual(['overview', 'decisions', 'audit', 'tenants', 'evaluation']);
    // Back on the page it left from, with neither code nor state in the address bar or history entry.
    await page.waitForSelector('#page-audit');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/console/');
    expect(url.search).toBe('');
    expect(url.hash).toBe('#/audit');
    expect(idp.tokenRequests).toBe(before + 1);
    // The access token (a JWT for the gateway's audience) is what the console keeps; the pending sign-in is gone.
    const token = (await stored(page, TOKEN)) as string;
    const claims = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as { aud: string; nonce?: string };
    expect(claims.aud).toBe(AUDIENCE);
    expect(claims.nonce).toBeUndefined();
    expect(await stored(page, PENDING)).toBeNull();
    await page.screenshot({ path: join(SHOTS, 'sso-signed-in.png'), fullPage: true });

    // The CSP in force: the issuer's origin is reachable from the page, another origin (even the same
    // server under another name) is blocked by the browser before any request is made.
    const probe = (target: string) =>
      page.evaluate(async (u) => {
        const w = globalThis as unknown as Win;
        let violated = '';
        w.document.addEventListener('securitypolicyviolation', (e) => (violated = e.violatedDirective));
        try {
          await w.fetch(u, { credentials: 'omit' });
          return 'fetched';
        } catch {
          await new Promise((r) => setTimeout(r, 100));
          return violated ? `blocked by ${violated}` : 'failed';
        }
      }, target);
    expect(await probe(`${issuer}/.well-known/openid-configuration`)).toBe('fetched');
    expect(await probe(`${issuer.replace('127.0.0.1', 'localhost')}/.well-known/openid-configuration`)).toBe('blocked by connect-src');

    // Sign-out forgets the token and ends the provider's session (RP-initiated logout), back on the sign-in page.
    await page.click('#sign-out');
    for (let n = 0; n < 100 && !idp.events.some((e) => e.endpoint === 'logout'); n++) await new Promise((r) => setTimeout(r, 100));
    await page.waitForURL((u) => u.origin === new URL(t.url).origin && u.pathname === '/console/');
    await page.waitForSelector('#sso');
    expect(await stored(page, TOKEN)).toBeNull();
    expect(idp.events.some((e) => e.endpoint === 'logout' && e.status === 302)).toBe(true);
  });

  it('refuses a wrong PKCE verifier: the provider will not exchange the code, no token is stored', async () => {
    const page = await open();
    idp.holdNext = true;
    await page.click('#sso');
    await page.waitForURL((u) => u.pathname === '/authorize');
    const back = idp.held as string;
    // Back in the console's tab (same sessionStorage), someone else's verifier replaces this tab's.
    await page.goto(`${t.url}/console`);
    await page.waitForSelector('#sso');
    await page.evaluate((k) => {
      const store = (globalThis as unknown as Win).sessionStorage;
      const p = JSON.parse(store.getItem(k) as string) as { verifier: string };
      store.setItem(k, JSON.stringify({ ...p, verifier: 'x'.repeat(43) }));
    }, PENDING);
    const before = idp.tokenRequests;
    await page.goto(back);
    await page.waitForSelector('form.signin .status.bad');
    expect(await page.textContent('form.signin .status.bad')).toBe(
      'The identity provider refused to exchange the code: invalid_grant. Start again.',
    );
    expect(idp.tokenRequests).toBe(before + 1);
    expect(idp.events.at(-1)).toEqual({ endpoint: 'token', status: 400, error: 'invalid_grant' });
    expect(await stored(page, TOKEN)).toBeNull();
    expect(await stored(page, PENDING)).toBeNull();
    expect(new URL(page.url()).search).toBe('');
    await page.screenshot({ path: join(SHOTS, 'sso-refused.png'), fullPage: true });
  });

  it('refuses a tampered state before the code is used, no token is stored', async () => {
    const page = await open();
    idp.holdNext = true;
    await page.click('#sso');
    await page.waitForURL((u) => u.pathname === '/authorize');
    const back = new URL(idp.held as string);
    back.searchParams.set('state', `${back.searchParams.get('state') as string}x`);
    const before = idp.tokenRequests;
    await page.goto(back.href);
    await page.waitForSelector('form.signin .status.bad');
    expect(await page.textContent('form.signin .status.bad')).toMatch(/state mismatch/);
    expect(idp.tokenRequests).toBe(before);
    expect(await stored(page, TOKEN)).toBeNull();
    // The pending sign-in was used up: replaying the genuine redirect now is refused too.
    back.searchParams.set('state', (back.searchParams.get('state') as string).slice(0, -1));
    await page.goto(back.href);
    await page.waitForSelector('form.signin .status.bad');
    expect(await page.textContent('form.signin .status.bad')).toMatch(/did not start a sign-in/);
    expect(idp.tokenRequests).toBe(before);
    expect(await stored(page, TOKEN)).toBeNull();
  });

  it('keeps the paste-a-token form and the demo note beside SSO, and throws no page error', async () => {
    const page = await open();
    expect(await page.textContent('#paste-title')).toBe('Or paste a token or key');
    expect(await page.textContent('label[for=token]')).toBe('Access token or API key');
    expect(await page.isVisible('#demo-note')).toBe(true);
    await page.fill('#token', t.keys.admin);
    await page.click('form.signin button[type=submit]');
    await page.waitForSelector('#actor');
    expect(await navPages(page)).toEqual(['overview', 'decisions', 'audit', 'tenants', 'policy', 'evaluation']);
    expect(problems).toEqual([]);
  });
});
