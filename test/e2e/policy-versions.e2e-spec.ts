import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyExport } from '@libs/ledger';
import { runAsync } from '../../src/cli/gatewayctl';
import { fetchExport } from '../support/audit-export';
import { startTestGateway, type TestGateway } from '../support/gateway';

const DEFAULT_BUNDLE = readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8');
/** The demo bundle without sim-us-cheap in the default route: public text then goes to sim-local. */
const WITHOUT_CHEAP = DEFAULT_BUNDLE.replace(
  'candidates: [sim-local/chat, sim-eu/chat, sim-us-cheap/chat, sim-us-strong/chat]',
  'candidates: [sim-local/chat, sim-eu/chat, sim-us-strong/chat]',
);

/**
 * Policy versions in the database (SPEC §8): an author writes and submits, the same person cannot approve,
 * a second person approves and activates; every gateway routes under the new version within one second, no
 * restart; every transition is on the platform's ledger; rollback is approved like any activation.
 */
describe('policy versions', () => {
  let a: TestGateway;
  let b: TestGateway;
  const db = { GATEWAY_POLICY_STORE: 'database', GATEWAY_POLICY_REFRESH_MS: '200' };

  beforeAll(async () => {
    a = await startTestGateway(db);
    b = await startTestGateway(db);
    expect(WITHOUT_CHEAP).not.toBe(DEFAULT_BUNDLE);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const call = (g: TestGateway, method: string, path: string, key: string, body?: unknown) =>
    fetch(`${g.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const json = async (r: Response) => (await r.json()) as Record<string, unknown>;
  const publicText = async (g: TestGateway) => {
    const res = await g.chat(g.keys.tenants['demo-us'] as string, {
      model: 'auto',
      messages: [{ role: 'user', content: 'What is a haiku?' }],
    });
    expect(res.status).toBe(200);
    return { provider: res.headers.get('x-gateway-provider'), version: res.headers.get('x-gateway-policy-version') };
  };
  /** Polls both gateways (at most 1 s after the change) until each routes as expected. */
  async function bothWithinOneSecond(expected: { provider: string; version: string }): Promise<void> {
    const deadline = Date.now() + 1000;
    for (const g of [a, b]) {
      let seen = await publicText(g);
      while ((seen.provider !== expected.provider || seen.version !== expected.version) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        seen = await publicText(g);
      }
      expect(seen).toEqual(expected);
    }
  }

  it('the seed bundle is version 1, active, and decisions name it', async () => {
    const list = await json(await call(a, 'GET', '/admin/policy/versions', a.keys.admin));
    const versions = list.data as { id: string; state: string; author: string }[];
    expect(versions[0]).toMatchObject({ id: expect.stringMatching(/^v\d+$/), state: 'active', author: 'seed' });
    const seen = await publicText(a);
    expect(seen).toEqual({ provider: 'sim-us-cheap', version: versions[0]?.id });
  });

  it('four eyes from draft to active, in force on both gateways within one second; then rolled back', async () => {
    const seed = ((await json(await call(a, 'GET', '/admin/policy/versions', a.keys.admin))).data as { id: string }[])[0]?.id as string;
    const created = await call(a, 'POST', '/admin/policy/versions', a.keys.admin, { scope: 'platform', bundle: WITHOUT_CHEAP });
    expect(created.status).toBe(201);
    const v = await json(created);
    expect(v).toMatchObject({ id: expect.stringMatching(/^v\d+$/), state: 'draft', scope: 'platform' });
    const id = v.id as string;
    // Drafts and unapproved versions change nothing.
    expect((await call(a, 'POST', `/admin/policy/versions/${id}/activate`, a.keys.approver)).status).toBe(400);
    expect(await json(await call(a, 'POST', `/admin/policy/versions/${id}/submit`, a.keys.admin))).toMatchObject({ state: 'submitted' });
    const selfApproval = await call(a, 'POST', `/admin/policy/versions/${id}/approve`, a.keys.admin);
    expect(selfApproval.status).toBe(403);
    expect(((await json(selfApproval)).error as { message: string }).message).toMatch(/Four eyes/);
    expect(await json(await call(b, 'POST', `/admin/policy/versions/${id}/approve`, b.keys.approver))).toMatchObject({ state: 'approved' });
    expect((await publicText(a)).provider).toBe('sim-us-cheap');
    expect(await json(await call(b, 'POST', `/admin/policy/versions/${id}/activate`, b.keys.approver))).toMatchObject({ state: 'active' });
    await bothWithinOneSecond({ provider: 'sim-local', version: id });

    const rid = `pv-${id}-${Date.now()}`;
    await b.chat(
      b.keys.tenants['demo-us'] as string,
      { model: 'auto', messages: [{ role: 'user', content: 'hi' }] },
      { 'x-request-id': rid },
    );
    const [decision] = await b.ledgerEntries(rid, 'routing_decision');
    expect(decision?.body.policy_version).toBe(id);

    expect(await json(await call(a, 'POST', '/admin/policy/rollback', a.keys.approver, { to: seed }))).toMatchObject({
      id: seed,
      state: 'active',
    });
    await bothWithinOneSecond({ provider: 'sim-us-cheap', version: seed });
    const history = (await json(await call(a, 'GET', '/admin/policy/versions', a.keys.compliance))).data as { id: string; state: string }[];
    expect(history.find((x) => x.id === id)?.state).toBe('superseded');

    // Every transition, with who did it, in the platform's log; the export verifies offline.
    const vkey = await (await call(a, 'GET', '/v1/audit/public-key', a.keys.compliance)).text();
    const exported = await fetchExport(a.url, a.keys.compliance, '_platform');
    const changes = (exported.leaves as unknown as { kind: string; version: string; action: string; actor: string }[])
      .filter((l) => l.kind === 'config_change' && (l.version === id || l.version === seed))
      .map((l) => [l.version, l.action]);
    expect(changes).toEqual([
      [id, 'create'],
      [id, 'submitted'],
      [id, 'approved'],
      [id, 'active'],
      [seed, 'rollback'],
    ]);
    expect(verifyExport(exported.text, vkey)).toMatchObject({ ok: true });
  });

  it.each<[string, () => Promise<Response>, number, RegExp]>([
    [
      'an invalid bundle, naming the field',
      () => call(a, 'POST', '/admin/policy/versions', a.keys.admin, { bundle: DEFAULT_BUNDLE.replace('baa: false', 'baa: maybe') }),
      400,
      /baa/,
    ],
    ['a bundle that is not YAML', () => call(a, 'POST', '/admin/policy/versions', a.keys.admin, { bundle: 'a: [' }), 400, /YAML/],
    [
      'an unknown scope',
      () => call(a, 'POST', '/admin/policy/versions', a.keys.admin, { scope: 'galaxy', bundle: DEFAULT_BUNDLE }),
      400,
      /scope/,
    ],
    [
      'a version from a key without policy:write',
      () => call(a, 'POST', '/admin/policy/versions', a.keys.approver, { bundle: DEFAULT_BUNDLE }),
      403,
      /policy:write/,
    ],
    ['an unknown version', () => call(a, 'POST', '/admin/policy/versions/v999999/approve', a.keys.approver), 404, /No such/],
    [
      'a rollback to a version never in force',
      () => call(a, 'POST', '/admin/policy/rollback', a.keys.approver, { to: 'v999999' }),
      404,
      /No such/,
    ],
    ['a tenant key', () => call(a, 'GET', '/admin/policy/versions', a.keys.tenants['demo-us'] as string), 403, /policy/],
  ])('refuses %s', async (_name, make, status, message) => {
    const res = await make();
    expect(res.status).toBe(status);
    expect(((await json(res)).error as { message: string }).message).toMatch(message);
  });

  describe('gatewayctl policy … over HTTP', () => {
    const ctl = async (args: string[], token: string) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runAsync(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { GATEWAY_URL: a.url, GATEWAY_TOKEN: token });
      return { code, out, err };
    };

    it('submits a file, refuses self-approval (exit 1), approves, activates as another person, lists the history', async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'pv-')), 'bundle.yaml');
      writeFileSync(file, WITHOUT_CHEAP.replace('attemptTimeoutMs: 5000', 'attemptTimeoutMs: 4000'));
      const submitted = await ctl(['policy', 'submit', file], a.keys.admin);
      expect(submitted.code).toBe(0);
      const [id, state] = (submitted.out[0] as string).split(' ');
      expect(state).toBe('submitted');
      const self = await ctl(['policy', 'approve', id as string], a.keys.admin);
      expect(self.code).toBe(1);
      expect(self.err.join('\n')).toMatch(/Four eyes/);
      expect((await ctl(['policy', 'approve', id as string], a.keys.approver)).out).toEqual([`${id} approved`]);
      expect((await ctl(['policy', 'activate', id as string], a.keys.approver)).out).toEqual([`${id} active`]);
      const history = await ctl(['policy', 'history'], a.keys.compliance);
      expect(history.out.find((l) => l.startsWith(`${id} `))).toMatch(
        /platform {2}active .* by key:\S+, approved by key:\S+, activated by key:/,
      );

      // `policy explain` dry-runs the database's active version, as the gateway does.
      const req = join(mkdtempSync(join(tmpdir(), 'pv-')), 'req.json');
      writeFileSync(req, JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: 'What is a haiku?' }] }));
      const out: string[] = [];
      const code = await runAsync(
        ['policy', 'explain', req, '--tenant', 'demo-us', '--json'],
        { out: (l) => out.push(l), err: () => undefined },
        {
          DATABASE_URL: process.env.DATABASE_URL,
          GATEWAY_DATA_DIR: a.dataDir,
        },
      );
      expect(code).toBe(0);
      expect(JSON.parse(out.join('')) as { provider: string }).toMatchObject({ provider: 'sim-local' });
    });

    it.each<[string[], Record<string, string>, number]>([
      [['policy', 'approve'], {}, 2],
      [['policy', 'rollback'], {}, 2],
      [['policy', 'submit', '/nonexistent/bundle.yaml'], {}, 2],
    ])('%j exits %i', async (args, _env, code) => {
      expect((await ctl(args, a.keys.admin)).code).toBe(code);
    });

    it('needs GATEWAY_URL and GATEWAY_TOKEN', async () => {
      expect(await runAsync(['policy', 'history'], { out: () => undefined, err: () => undefined }, {})).toBe(2);
    });
  });
});
