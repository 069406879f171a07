import { startTestGateway, type TestGateway } from '../support/gateway';

/** The console's read endpoints over HTTP: scope, bad input as 4xx, and its files under a strict CSP. */
describe('console API', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
    const r = await t.chat(t.keys.tenants['demo-us'] as string, { model: 'auto', messages: [{ role: 'user', content: 'Hello' }] });
    expect(r.status).toBe(200);
  });
  afterAll(() => t.close());

  const json = async (path: string, key: string | null) => {
    const r = await t.get(path, key);
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };

  it('says who the caller is and which pages its roles open', async () => {
    expect((await json('/admin/whoami', t.keys.compliance)).body).toMatchObject({
      roles: ['platform-auditor'],
      tenant: null,
      pages: ['overview', 'decisions', 'audit', 'evaluation'],
      tenants: expect.arrayContaining(['demo-us', 'demo-eu', '_platform']),
    });
    expect((await json('/admin/whoami', t.keys.tenants['demo-us'] as string)).body).toMatchObject({ pages: [], tenants: ['demo-us'] });
    expect((await json('/admin/whoami', null)).status).toBe(401);
    // A platform-scoped service key opens no page and learns no tenant ids.
    const made = await t.post('/admin/keys', t.keys.admin, { tenant: null, roles: ['invoke'] });
    const platformService = ((await made.json()) as { key: string }).key;
    expect((await json('/admin/whoami', platformService)).body).toMatchObject({ pages: [], tenants: [] });
  });

  it('lists decisions and the overview for auditors only, a tenant key never seeing another tenant', async () => {
    const d = await json('/admin/decisions?tenant=demo-us&status=ok', t.keys.compliance);
    expect(d.status).toBe(200);
    expect((d.body.data as { tenant: string; provider: string }[])[0]).toMatchObject({ tenant: 'demo-us', provider: 'sim-us-cheap' });
    expect((await json('/admin/overview?tenant=demo-us', t.keys.compliance)).body).toMatchObject({ ok: expect.any(Number) });
    expect((await json('/admin/decisions', t.keys.tenants['demo-us'] as string)).status).toBe(403);
    expect((await json('/admin/checkpoints?tenant=_platform', t.keys.compliance)).status).toBe(200);
  });

  it.each([
    ['/admin/decisions?limit=abc', 400],
    ['/admin/decisions?limit=100000', 400],
    ['/admin/decisions?tenant=../etc', 400],
    ['/admin/decisions?from=yesterday', 400],
    ['/admin/decisions?from=-200000-01-01T00:00:00Z', 400],
    ['/admin/decisions?to=%2B275760-09-13T00:00:00Z', 400],
    ['/admin/decisions?level=%3Cscript%3E', 400],
    ['/admin/decisions?tenant=nope', 404],
    ['/admin/overview?days=0', 400],
    ['/admin/checkpoints?limit=-1', 400],
  ])('%s -> %i in the OpenAI error shape', async (path, status) => {
    const r = await json(path, t.keys.compliance);
    expect(r.status).toBe(status);
    expect(r.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it('serves the console under a strict CSP, and nothing outside its file list', async () => {
    const page = await t.get('/console');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(await page.text()).not.toMatch(/<script>|style=/);
    expect((await t.get('/console/vendor/uplot.js')).status).toBe(200);
    // No AUTH_OIDC_CLIENT_ID: no SSO offered, and connect-src above stays 'self' only.
    expect(await (await t.get('/console/config.json')).json()).toEqual({ oidc: null });
    for (const p of ['/console/vendor/..%2F..%2Fpackage.json', '/console/app/nope.js', '/console/app/..%2Findex.html'])
      expect((await t.get(p)).status).toBe(404);
  });
});
