import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { JwksServer, newSigningKey, signToken, type SigningKey } from '../support/jwks-server';

/**
 * The browser console (issue 18) in the Debian chromium package, driven by playwright-core (no browser is
 * downloaded): each role sees only its pages; an officer verifies a clean and a tampered export in the
 * browser; a security admin creates and revokes a key; four eyes on policy versions; and no console
 * request or page ever carries prompt content. Screenshots of every page go to test-results/console/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(__dirname, '../../test-results/console');
const ISSUER = 'https://idp.console.test';
const AUDIENCE = 'gateway-console';
const ALL = ['overview', 'decisions', 'audit', 'tenants', 'policy', 'evaluation'];

jest.setTimeout(180_000);

/** Polls `read` (at most 10 s) until it returns something `ok` accepts; returns the last value read. */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  let v = await read();
  for (let n = 0; n < 100 && !ok(v); n++) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

describe('console in chromium', () => {
  let t: TestGateway;
  let browser: Browser;
  let signing: SigningKey;
  const jwks = new JwksServer();
  const keys: Record<string, string> = {};
  const canary = `CANARY${randomBytes(6).toString('hex').toUpperCase()}`;
  /** Every response body of the console's API calls, and every page's DOM, for the canary check. */
  const seen: { url: string; body: string }[] = [];
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];

  const admin = () => t.keys.admin;
  const post = async (path: string, key: string, body: unknown) => {
    const r = await t.post(path, key, body);
    if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return (await r.json()) as Record<string, unknown>;
  };
  const keyFor = async (tenant: string | null, roles: string[]) =>
    String((await post('/admin/keys', admin(), { tenant, roles, label: roles.join('+') })).key);
  const jwt = (sub: string, roles: string[]) =>
    signToken(signing, { sub, roles }, { issuer: ISSUER, audience: AUDIENCE, expiresIn: '30m' });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    signing = await newSigningKey('console-idp', 'EdDSA');
    const jwksUrl = await jwks.start([signing]);
    t = await startTestGateway({
      GATEWAY_POLICY_STORE: 'database',
      GATEWAY_POLICY_REFRESH_MS: '200',
      AUTH_JWT_JWKS_URL: jwksUrl,
      AUTH_JWT_ISSUER: ISSUER,
      AUTH_JWT_AUDIENCE: AUDIENCE,
      // Checkpoints every 300 ms, so the audit page has signed history by the time it is visited.
      LEDGER_CHECKPOINT_INTERVAL_MS: '300',
    });
    keys.securityAdmin = await keyFor(null, ['security-admin']);
    keys.officer = await keyFor('demo-us', ['compliance-officer']);
    keys.viewer = await keyFor('demo-us', ['viewer']);
    keys.author = await keyFor(null, ['policy-author']);
    keys.service = t.keys.tenants['demo-us'] as string;
    // Traffic that carries the canary: public text, PHI, a credential (denied), and the EU tenant.
    const user = (content: string) => ({ model: 'auto', messages: [{ role: 'user', content }] });
    for (const [key, content] of [
      [keys.service, `Hello ${canary}, what is a haiku?`],
      [keys.service, `Patient ${canary} Smith was diagnosed with asthma (J45.909).`],
      [keys.service, `my key is sk-proj-${canary}abcdefghijklmnopqrstuv`],
      [t.keys.tenants['demo-eu'] as string, `Bonjour ${canary}`],
    ] as const) {
      const r = await t.chat(key, user(content));
      await r.text();
    }
    // The audit page shows the admin's first log; wait (at most 10 s) until it has a signed checkpoint.
    const me = (await (await t.get('/admin/whoami', admin())).json()) as { tenants: string[] };
    const checkpoints = async () =>
      ((await (await t.get(`/admin/checkpoints?tenant=${me.tenants[0]}`, admin())).json()) as { data: unknown[] }).data;
    expect((await until(checkpoints, (d) => d.length > 0)).length).toBeGreaterThan(0);
    expect(existsSync(CHROMIUM)).toBe(true);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
    await jwks.close();
  });

  async function signIn(token: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    page.on('response', (r) => {
      const url = r.url();
      if (!url.startsWith(t.url) || new URL(url).pathname.startsWith('/console')) return;
      void r
        .text()
        .then((body) => seen.push({ url, body }))
        .catch(() => undefined);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 40[34]/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${t.url}/console`);
    await page.fill('#token', token);
    await page.click('form.signin button[type=submit]');
    await page.waitForSelector('#actor');
    return page;
  }

  const navPages = (page: Page) => page.$$eval('#nav a', (as) => as.map((a) => a.getAttribute('data-page')));

  async function visit(page: Page, name: string, ready: string): Promise<void> {
    await page.goto(`${t.url}/console#/${name}`);
    await page.waitForSelector(`#page-${name} ${ready}`);
    seen.push({ url: `dom:${name}`, body: await page.content() });
  }

  it('shows each role only its pages', async () => {
    const expected: [string, () => Promise<string> | string, string[]][] = [
      ['platform-admin', () => admin(), ALL],
      ['platform-auditor', () => t.keys.compliance, ['overview', 'decisions', 'audit', 'evaluation']],
      ['compliance-officer (demo-us)', () => keys.officer as string, ['overview', 'decisions', 'audit', 'evaluation']],
      ['security-admin', () => keys.securityAdmin as string, ['overview', 'decisions', 'audit', 'tenants', 'evaluation']],
      ['policy-approver', () => t.keys.approver, ['policy', 'evaluation']],
      ['policy-author (JWT)', () => jwt('carol', ['policy-author']), ['policy', 'evaluation']],
      ['viewer (demo-us)', () => keys.viewer as string, ['policy', 'evaluation']],
    ];
    for (const [role, token, pages] of expected) {
      const page = await signIn(await token());
      expect({ role, pages: await navPages(page) }).toEqual({ role, pages });
      await page.context().close();
    }
    // A tenant-scoped officer picks only its own tenant, and another tenant's decisions are 404 for it.
    const officer = await signIn(keys.officer as string);
    expect(await officer.$$eval('#tenant-pick option', (os) => os.map((o) => o.getAttribute('value')))).toEqual(['demo-us']);
    await visit(officer, 'decisions', '#decisions-table');
    const tenantsShown = await officer.$$eval('#decisions-table > tbody > tr:not(.details-row) > td:nth-child(2)', (tds) => [
      ...new Set(tds.map((td) => td.textContent)),
    ]);
    expect(tenantsShown).toEqual(['demo-us']);
    expect((await t.get('/admin/decisions?tenant=demo-eu', keys.officer)).status).toBe(404);
    // A service key opens no page.
    const service = await signIn(keys.service as string);
    expect(await navPages(service)).toEqual([]);
    await service.waitForSelector('#main .status.bad');
  });

  it('renders every page for a platform admin (screenshots in test-results/console)', async () => {
    const page = await signIn(admin());
    const ready: Record<string, string> = {
      overview: '#st-requests',
      decisions: '#decisions-table',
      audit: '#checkpoints table',
      tenants: '#keys table',
      policy: '#versions table',
      evaluation: '.status',
    };
    for (const name of ALL) {
      await visit(page, name, ready[name] as string);
      if (name === 'decisions') await page.click('#decisions-table details summary');
      if (name === 'overview') await page.waitForSelector('#chart-providers canvas');
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    }
    await visit(page, 'decisions', '#decisions-table');
    await page.selectOption('#f-status', 'denied');
    await page.click('form.filters button[type=submit]');
    const badges = () => page.$$eval('#decisions-table .badge', (bs) => [...new Set(bs.map((b) => b.textContent))]);
    expect(await until(badges, (b) => b.length === 1 && b[0] === 'denied')).toEqual(['denied']);
    expect(await page.textContent('#decisions-table')).toContain('rule no-secrets-out');
  });

  it('lets an officer verify a clean export (green) and a tampered one (the bad seq is named)', async () => {
    const vkey = (await (await t.get('/v1/audit/public-key', t.keys.compliance)).text()).trim();
    const page = await signIn(keys.officer as string);
    await visit(page, 'audit', '#verify');
    await page.fill('#vkey', vkey);
    await page.click('#pin-vkey');
    await page.click('#verify');
    await page.waitForSelector('#verify-result .status.ok', { timeout: 30_000 });
    expect(await page.textContent('#verify-result')).toMatch(/Verified\..*demo-us/);
    await page.screenshot({ path: join(SHOTS, 'audit-verified.png'), fullPage: true });

    const text = await (await t.get('/v1/audit/export?tenant=demo-us&format=jsonl', keys.officer)).text();
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.includes('"type":"entry"') && l.includes('"seq":2,'));
    const e = JSON.parse(lines[i] as string) as { leaf: string };
    lines[i] = JSON.stringify({ ...e, leaf: e.leaf.replace('"seq":2', '"seq":2,"edited":1') });
    const file = join(mkdtempSync(join(tmpdir(), 'console-export-')), 'tampered.jsonl');
    writeFileSync(file, lines.join('\n'));
    await page.setInputFiles('#verify-file', file);
    await page.waitForSelector('#verify-result .status.bad');
    expect(await page.textContent('#first-bad')).toBe('FIRST BAD SEQ: 2');
    await page.screenshot({ path: join(SHOTS, 'audit-tampered.png'), fullPage: true });
  });

  it('lets a security admin create a key (shown once) and revoke it', async () => {
    const page = await signIn(keys.securityAdmin as string);
    await visit(page, 'tenants', '#keys');
    await page.selectOption('#key-scope', 'demo-us');
    await page.waitForSelector('#keys table');
    await page.check('#role-invoke');
    await page.fill('#key-label', 'browser-test service');
    await page.click('#new-key-form button[type=submit]');
    const issued = await page.inputValue('#new-key');
    expect(issued).toMatch(/^gw_/);
    await page.screenshot({ path: join(SHOTS, 'tenants-new-key.png'), fullPage: true });
    expect((await t.get('/v1/models', issued)).status).toBe(200);
    const id = (issued.split('_')[1] as string).trim();
    await page.click(`#key-stored`);
    await page.click(`[data-revoke="${id}"]`);
    await page.click(`[data-revoke="${id}"]`);
    await page.waitForSelector('#tenants-msg .status.ok');
    expect(await page.textContent('#tenants-msg')).toContain(`${id} revoked`);
    let status = 200;
    for (let n = 0; n < 100 && status !== 401; n++) {
      status = (await t.get('/v1/models', issued)).status;
      if (status !== 401) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(401);
  });

  it('keeps four eyes: the author cannot approve their own version, a second person can', async () => {
    const alice = await signIn(await jwt('alice', ['policy-author', 'policy-approver']));
    await visit(alice, 'policy', '#versions table');
    await alice.click('#draft-from-active');
    await until(
      () => alice.inputValue('#draft-bundle'),
      (v) => v.length > 0,
    );
    const bundle = JSON.parse(await alice.inputValue('#draft-bundle')) as { providers: { models: { outputUsdPerMTok: number }[] }[] };
    const model = bundle.providers[0]?.models[0] as { outputUsdPerMTok: number };
    model.outputUsdPerMTok = Math.round((model.outputUsdPerMTok + 0.01) * 100) / 100;
    await alice.fill('#draft-bundle', JSON.stringify(bundle, null, 2));
    await alice.click('#draft-form button[type=submit]');
    const submit = await alice.waitForSelector('[id^="submit-v"]:not([disabled])');
    const version = ((await submit.getAttribute('id')) as string).replace('submit-', '');
    await submit.click();
    await alice.waitForSelector(`#approve-${version}[disabled]`);
    expect(await alice.textContent(`#approve-${version}-why`)).toContain('Four eyes');
    expect(await alice.textContent('#diff')).toContain('outputUsdPerMTok');
    await alice.screenshot({ path: join(SHOTS, 'policy-four-eyes.png'), fullPage: true });

    const bob = await signIn(t.keys.approver);
    await visit(bob, 'policy', '#versions table');
    await bob.click(`[data-version="${version}"]`);
    await bob.click(`#approve-${version}:not([disabled])`);
    await bob.waitForSelector(`#policy-msg .status.ok`);
    const v = (await (await t.get(`/admin/policy/versions/${version}`, t.keys.approver)).json()) as { state: string; approvedBy: string };
    expect(v.state).toBe('approved');
    expect(v.approvedBy).not.toBe('jwt:alice');
  });

  it('never carries or renders prompt content, and breaks no CSP rule', async () => {
    const page = await signIn(admin());
    for (const name of ALL) await visit(page, name, 'h2, table, .status, .stats');
    await page.click('#nav-decisions');
    await page.waitForSelector('#decisions-table details');
    await page.$$eval('#decisions-table details', (ds) => ds.forEach((d) => d.setAttribute('open', '')));
    seen.push({ url: 'dom:decisions-open', body: await page.content() });
    expect(seen.filter((s) => s.url.includes('/admin/decisions')).length).toBeGreaterThan(0);
    expect(seen.filter((s) => s.url.includes('/v1/audit/export')).length).toBeGreaterThan(0);
    const hits = seen.filter((s) => s.body.toLowerCase().includes(canary.toLowerCase())).map((s) => s.url);
    expect(hits).toEqual([]);
    expect(problems).toEqual([]);
    const res = await t.get('/console');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'; script-src 'self'; style-src 'self'/);
  });
});
