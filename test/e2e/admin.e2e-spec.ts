import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyExport } from '@libs/ledger';
import type { Role } from '@libs/auth';
import { fetchExport } from '../support/audit-export';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { JwksServer, newSigningKey, signToken, type SigningKey } from '../support/jwks-server';

const ISSUER = 'https://idp.test.local';
const SEED = readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8');
const AUDIENCE = 'llm-gateway';
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/**
 * The security team's gateway (SPEC §8): people sign in with OIDC access tokens checked against a JWKS,
 * automation with admin API keys; roles gate every /admin endpoint, tenant-scoped roles see their own
 * tenant only (another tenant's object is 404); every action is on the right ledger, before it happens.
 */
describe('admin plane', () => {
  const jwks = new JwksServer();
  let t: TestGateway;
  let key1: SigningKey;
  const run = randomBytes(3).toString('hex');
  const A = `adm-a-${run}`;
  const B = `adm-b-${run}`;

  const token = (
    claims: Record<string, unknown>,
    o: { expiresIn?: string | number; key?: SigningKey; audience?: string; issuer?: string } = {},
  ) =>
    signToken(
      o.key ?? key1,
      { sub: 'someone', ...claims },
      { issuer: o.issuer ?? ISSUER, audience: o.audience ?? AUDIENCE, expiresIn: o.expiresIn },
    );
  const call = (method: string, path: string, auth: string, body?: unknown) =>
    fetch(`${t.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${auth}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const admin = () => t.keys.admin;

  beforeAll(async () => {
    key1 = await newSigningKey('k1');
    const url = await jwks.start([key1]);
    t = await startTestGateway({
      AUTH_JWT_JWKS_URL: url,
      AUTH_JWT_ISSUER: ISSUER,
      AUTH_JWT_AUDIENCE: AUDIENCE,
      AUTH_JWT_JWKS_COOLDOWN_MS: '0',
    });
    for (const id of [A, B]) expect((await call('POST', '/admin/tenants', admin(), { id, region: 'us' })).status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await jwks.close();
  });

  describe('OIDC tokens', () => {
    it('accepts a valid token and takes roles and tenant from its claims', async () => {
      const res = await call('GET', '/admin/tenants', await token({ roles: ['security-admin'], tenant: A }));
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: { id: string }[] }).data.map((x) => x.id)).toEqual([A]);
    });

    it.each<[string, () => Promise<string>]>([
      ['expired', () => token({ roles: ['platform-admin'] }, { expiresIn: Math.floor(Date.now() / 1000) - 60 })],
      ['wrong audience', () => token({ roles: ['platform-admin'] }, { audience: 'someone-else' })],
      ['wrong issuer', () => token({ roles: ['platform-admin'] }, { issuer: 'https://evil.test' })],
      [
        'alg none',
        async () =>
          `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', roles: ['platform-admin'], iss: ISSUER, aud: AUDIENCE, exp: 4102444800 })}.`,
      ],
      [
        'HS256 signed with the public key',
        async () => {
          const head = `${b64({ alg: 'HS256', typ: 'JWT', kid: 'k1' })}.${b64({ sub: 'x', roles: ['platform-admin'], iss: ISSUER, aud: AUDIENCE, exp: 4102444800 })}`;
          return `${head}.${createHmac('sha256', key1.publicPem).update(head).digest('base64url')}`;
        },
      ],
      ['unknown kid', async () => token({ roles: ['platform-admin'] }, { key: await newSigningKey('not-published') })],
      ['garbage', async () => 'not.a.token'],
    ])('refuses a token that is %s with 401 in our error shape', async (_name, make) => {
      const res = await call('GET', '/admin/tenants', await make());
      expect(res.status).toBe(401);
      const body = (await res.json()) as { error: { type: string; code: string } };
      expect(body.error).toMatchObject({ type: 'authentication_error', code: 'unauthorized' });
    });

    it('picks up a rotated signing key from the JWKS', async () => {
      const key2 = await newSigningKey('k2', 'ES256');
      const before = await token({ roles: ['platform-admin'] }, { key: key2 });
      expect((await call('GET', '/admin/tenants', before)).status).toBe(401); // not published yet
      jwks.publish([key2]);
      expect((await call('GET', '/admin/tenants', await token({ roles: ['platform-admin'] }, { key: key2 }))).status).toBe(200);
      jwks.publish([key1, key2]);
    });

    it('drops a platform role from a token bound to a tenant', async () => {
      const res = await call('GET', '/admin/providers/health', await token({ roles: ['platform-admin'], tenant: A }));
      expect(res.status).toBe(403);
    });
  });

  describe('role × endpoint × own/other tenant', () => {
    const ROLES: [name: string, roles: Role[], tenant: string | null][] = [
      ['platform-admin', ['platform-admin'], null],
      ['platform-auditor', ['platform-auditor'], null],
      ['security-admin@A', ['security-admin'], 'A'],
      ['security-admin@platform', ['security-admin'], null],
      ['compliance-officer@A', ['compliance-officer'], 'A'],
      ['policy-author@A', ['policy-author'], 'A'],
      ['viewer@A', ['viewer'], 'A'],
      ['invoke@A', ['invoke'], 'A'],
    ];
    // Expected status per role, in the order above.
    type Cell = (auth: string) => Promise<Response>;
    const freshKey = async (tenant: string) =>
      ((await (await call('POST', '/admin/keys', admin(), { tenant, roles: ['invoke'] })).json()) as { id: string }).id;
    const ENDPOINTS: [string, Cell, number[]][] = [
      ['GET /admin/tenants', (a) => call('GET', '/admin/tenants', a), [200, 403, 200, 200, 403, 403, 403, 403]],
      ['GET /admin/tenants/own', (a) => call('GET', `/admin/tenants/${A}`, a), [200, 403, 200, 200, 403, 403, 403, 403]],
      ['GET /admin/tenants/other', (a) => call('GET', `/admin/tenants/${B}`, a), [200, 403, 404, 200, 403, 403, 403, 403]],
      [
        'POST /admin/tenants',
        (a) => call('POST', '/admin/tenants', a, { id: `adm-n-${randomBytes(4).toString('hex')}`, region: 'eu' }),
        [201, 403, 403, 201, 403, 403, 403, 403],
      ],
      [
        'PATCH /admin/tenants/own',
        (a) => call('PATCH', `/admin/tenants/${A}`, a, { monthlyBudgetUsd: 50 }),
        [200, 403, 403, 200, 403, 403, 403, 403],
      ],
      [
        'PATCH /admin/tenants/other',
        (a) => call('PATCH', `/admin/tenants/${B}`, a, { monthlyBudgetUsd: 50 }),
        [200, 403, 404, 200, 403, 403, 403, 403],
      ],
      [
        'POST /admin/keys own',
        (a) => call('POST', '/admin/keys', a, { tenant: A, roles: ['invoke'] }),
        [201, 403, 201, 201, 403, 403, 403, 403],
      ],
      [
        'POST /admin/keys other',
        (a) => call('POST', '/admin/keys', a, { tenant: B, roles: ['invoke'] }),
        [201, 403, 404, 201, 403, 403, 403, 403],
      ],
      ['GET /admin/keys own', (a) => call('GET', `/admin/keys?tenant=${A}`, a), [200, 403, 200, 200, 403, 403, 403, 403]],
      ['GET /admin/keys other', (a) => call('GET', `/admin/keys?tenant=${B}`, a), [200, 403, 404, 200, 403, 403, 403, 403]],
      [
        'POST /admin/keys/{own}/rotate',
        async (a) => call('POST', `/admin/keys/${await freshKey(A)}/rotate`, a),
        [200, 403, 200, 200, 403, 403, 403, 403],
      ],
      [
        'POST /admin/keys/{other}/rotate',
        async (a) => call('POST', `/admin/keys/${await freshKey(B)}/rotate`, a),
        [200, 403, 404, 200, 403, 403, 403, 403],
      ],
      [
        'DELETE /admin/keys/{own}',
        async (a) => call('DELETE', `/admin/keys/${await freshKey(A)}`, a),
        [200, 403, 200, 200, 403, 403, 403, 403],
      ],
      [
        'DELETE /admin/keys/{other}',
        async (a) => call('DELETE', `/admin/keys/${await freshKey(B)}`, a),
        [200, 403, 404, 200, 403, 403, 403, 403],
      ],
      ['GET /admin/providers/health', (a) => call('GET', '/admin/providers/health', a), [200, 200, 403, 403, 403, 403, 403, 403]],
      ['GET /admin/policy/versions', (a) => call('GET', '/admin/policy/versions', a), [200, 200, 200, 200, 200, 200, 403, 403]],
      [
        'POST /admin/policy/versions platform',
        (a) => call('POST', '/admin/policy/versions', a, { bundle: SEED }),
        [201, 403, 403, 403, 403, 403, 403, 403],
      ],
      [
        'POST /admin/policy/versions own overlay',
        (a) => call('POST', '/admin/policy/versions', a, { scope: `tenant:${A}`, bundle: { compliance: [] } }),
        [201, 403, 403, 403, 403, 201, 403, 403],
      ],
      ['GET /v1/audit/entries own', (a) => call('GET', `/v1/audit/entries?tenant=${A}`, a), [200, 200, 200, 200, 200, 403, 403, 403]],
      ['GET /v1/audit/entries other', (a) => call('GET', `/v1/audit/entries?tenant=${B}`, a), [200, 200, 404, 200, 404, 403, 403, 403]],
      [
        'GET /v1/audit/entries _platform',
        (a) => call('GET', `/v1/audit/entries?tenant=_platform`, a),
        [200, 200, 404, 200, 404, 403, 403, 403],
      ],
    ];

    it.each(ENDPOINTS.map(([name, cell, expected]) => [name, cell, expected] as const))('%s', async (_name, cell, expected) => {
      const got: number[] = [];
      for (const [, roles, scope] of ROLES) {
        const auth = await token({ roles, ...(scope ? { tenant: scope === 'A' ? A : B } : {}) });
        got.push((await cell(auth)).status);
      }
      expect(got).toEqual(expected);
    });
  });

  describe('admin API keys and narrow-only delegation', () => {
    it('a security-admin key creates, lists, rotates and revokes its tenant’s keys; the secret is shown once', async () => {
      const sec = (await (await call('POST', '/admin/keys', admin(), { tenant: A, roles: ['security-admin'], label: 'sec' })).json()) as {
        key: string;
        id: string;
      };
      const created = await call('POST', '/admin/keys', sec.key, {
        tenant: A,
        roles: ['invoke'],
        expiresAt: new Date(Date.now() + 3600e3).toISOString(),
      });
      expect(created.status).toBe(201);
      const k = (await created.json()) as { id: string; key: string; tenant: string; roles: string[] };
      expect(k).toMatchObject({ tenant: A, roles: ['invoke'] });
      expect(k.key).toMatch(/^gw_[a-z0-9]{12}_[A-Za-z0-9]{40}$/);
      const listed = JSON.stringify(await (await call('GET', `/admin/keys?tenant=${A}`, sec.key)).json());
      expect(listed).toContain(k.id);
      expect(listed).not.toContain(k.key.slice(16));
      const rotated = (await (await call('POST', `/admin/keys/${k.id}/rotate`, sec.key)).json()) as { key: string; replaces: string };
      expect(rotated.replaces).toBe(k.id);
      const hi = { model: 'auto', messages: [{ role: 'user', content: 'hello' }] };
      expect((await t.chat(k.key, hi)).status).toBe(401);
      expect((await t.chat(rotated.key, hi)).status).toBe(200);
    });

    it.each<[string, Record<string, unknown>, number]>([
      ['a platform-admin key', { tenant: null, roles: ['platform-admin'] }, 403],
      ['a platform role bound to a tenant', { tenant: 'A', roles: ['platform-auditor'] }, 403],
      ['a role it does not hold (policy-author)', { tenant: 'A', roles: ['policy-author'] }, 403],
      ['a key for another tenant', { tenant: 'B', roles: ['invoke'] }, 404],
      ['no roles', { tenant: 'A', roles: [] }, 400],
      ['an unknown role', { tenant: 'A', roles: ['root'] }, 400],
      ['an expiry in the past', { tenant: 'A', roles: ['invoke'], expiresAt: '2020-01-01T00:00:00Z' }, 400],
      ['an unknown field', { tenant: 'A', roles: ['invoke'], admin: true }, 400],
    ])('a tenant security-admin cannot mint %s', async (_name, body, status) => {
      const sec = await token({ roles: ['security-admin'], tenant: A });
      const tenant = body.tenant === 'A' ? A : body.tenant === 'B' ? B : body.tenant;
      const res = await call('POST', '/admin/keys', sec, { ...body, tenant });
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBeDefined();
    });

    it('an expired key is refused', async () => {
      const k = (await (
        await call('POST', '/admin/keys', admin(), { tenant: A, roles: ['invoke'], expiresAt: new Date(Date.now() + 1500).toISOString() })
      ).json()) as {
        key: string;
      };
      await new Promise((r) => setTimeout(r, 1700));
      expect((await t.chat(k.key, { model: 'auto', messages: [{ role: 'user', content: 'hi' }] })).status).toBe(401);
    });
  });

  describe('suspension and the ledger', () => {
    it('a suspended tenant is refused with 403 and the refusal is on its record; its keys keep their history', async () => {
      const S = `adm-s-${run}`;
      expect((await call('POST', '/admin/tenants', admin(), { id: S, region: 'us', floor: 'internal' })).status).toBe(201);
      const k = (await (await call('POST', '/admin/keys', admin(), { tenant: S, roles: ['invoke'] })).json()) as {
        key: string;
        id: string;
      };
      const hi = { model: 'auto', messages: [{ role: 'user', content: 'hello' }] };
      expect((await t.chat(k.key, hi)).status).toBe(200);
      const susp = await call('POST', `/admin/tenants/${S}/suspend`, admin());
      expect(susp.status).toBe(200);
      expect(await susp.json()).toMatchObject({ id: S, suspended: true });
      const refused = await t.chat(k.key, hi, { 'x-request-id': `susp-${run}` });
      expect(refused.status).toBe(403);
      const entries = await t.ledgerEntries(`susp-${run}`);
      expect(entries.map((e) => [e.tenant, e.kind, e.body.error_code])).toEqual([[S, 'policy_denied', 'tenant_suspended']]);
      const keys = (await (await call('GET', `/admin/keys?tenant=${S}`, admin())).json()) as {
        data: { id: string; revokedAt: string | null }[];
      };
      expect(keys.data).toEqual([expect.objectContaining({ id: k.id, revokedAt: null })]);
    });

    it('every admin action is in the right log, with who did it, and both exports verify offline', async () => {
      const vkey = await (
        await fetch(`${t.url}/v1/audit/public-key`, { headers: { authorization: `Bearer ${t.keys.compliance}` } })
      ).text();
      await new Promise((r) => setTimeout(r, 100));
      const platform = await fetchExport(t.url, t.keys.compliance, '_platform');
      const created = platform.leaves.filter((l) => l.kind === 'tenant_event') as unknown as {
        action: string;
        tenant_id: string;
        actor: string;
      }[];
      expect(created).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'create', tenant_id: A, actor: expect.stringMatching(/^key:/) })]),
      );
      const tenantLog = await fetchExport(t.url, t.keys.compliance, A);
      const kinds = new Set(tenantLog.leaves.map((l) => l.kind));
      expect([...kinds]).toEqual(expect.arrayContaining(['key_event', 'tenant_event', 'export_event']));
      const keyEvents = tenantLog.leaves.filter((l) => l.kind === 'key_event') as unknown as { action: string; actor: string }[];
      expect(new Set(keyEvents.map((e) => e.action))).toEqual(new Set(['create', 'rotate', 'revoke']));
      expect(keyEvents.some((e) => e.actor === 'jwt:someone')).toBe(true);
      // No secret ever reaches the ledger.
      expect(tenantLog.text).not.toMatch(/gw_[a-z0-9]{12}_[A-Za-z0-9]{40}/);
      expect(verifyExport(platform.text, vkey)).toMatchObject({ ok: true });
      expect(verifyExport(tenantLog.text, vkey)).toMatchObject({ ok: true });
    });
  });
});

/** A revocation made by one process is honoured by every other within one second (no restart, no shared cache). */
describe('revocation across processes', () => {
  let a: TestGateway;
  let b: TestGateway;
  beforeAll(async () => {
    a = await startTestGateway();
    b = await startTestGateway();
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('a key revoked through one gateway is refused by the other within one second', async () => {
    const k = (await await fetch(`${a.url}/admin/keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.keys.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'demo-us', roles: ['invoke'] }),
    }).then((r) => r.json())) as { id: string; key: string };
    const hi = { model: 'auto', messages: [{ role: 'user', content: 'hello' }] };
    expect((await b.chat(k.key, hi)).status).toBe(200); // now cached in b
    const revoked = await fetch(`${a.url}/admin/keys/${k.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${a.keys.admin}` } });
    expect(revoked.status).toBe(200);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await b.chat(k.key, hi)).status).toBe(401);
  });
});
