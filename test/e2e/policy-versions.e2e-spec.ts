import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyExport } from '@libs/ledger';
import { inCanarySlice } from '@libs/policy';
import { runAsync } from '../../src/cli/gatewayctl';
import { fetchExport } from '../support/audit-export';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { spawnGateway, waitReady } from '../support/child-gateway';
import { freePort } from '../support/free-port';

const DEFAULT_BUNDLE = readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8');
/** The demo bundle without sim-us-cheap in the default route: public text then goes to sim-local. */
const WITHOUT_CHEAP = DEFAULT_BUNDLE.replace(
  'candidates: [sim-local/chat, sim-eu/chat, sim-us-cheap/chat, sim-us-strong/chat]',
  'candidates: [sim-local/chat, sim-eu/chat, sim-us-strong/chat]',
);

/** A provider that always fails, cheapest of all, as the default route's only candidate: a canary that errors. */
const FLAKY = DEFAULT_BUNDLE.replace(
  'candidates: [sim-local/chat, sim-eu/chat, sim-us-cheap/chat, sim-us-strong/chat]',
  'candidates: [sim-flaky/chat]',
).replace(
  '  - id: sim-us-strong\n',
  `  - id: sim-flaky
    kind: simulator
    hosting: vendor
    regions: [us-east-1]
    baa: false
    attestationsValidUntil: 2027-12-31
    simulator: { port: 0, failureRate: 1 }
    models:
      - { id: chat, inputUsdPerMTok: 0.01, outputUsdPerMTok: 0.02, contextWindow: 128000, capabilities: [chat, json_schema, tools, vision] }

  - id: sim-us-strong\n`,
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

    it('starts and stops a shadow and a canary', async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'pv-')), 'bundle.yaml');
      writeFileSync(file, WITHOUT_CHEAP.replace('attemptTimeoutMs: 5000', 'attemptTimeoutMs: 4100'));
      const id = ((await ctl(['policy', 'submit', file], a.keys.admin)).out[0] as string).split(' ')[0] as string;
      await ctl(['policy', 'approve', id], a.keys.approver);
      expect((await ctl(['policy', 'shadow', id], a.keys.approver)).out).toEqual([`${id} approved (shadow)`]);
      expect((await ctl(['policy', 'shadow', id, '--off'], a.keys.approver)).out).toEqual([`${id} approved`]);
      expect((await ctl(['policy', 'canary', id, '--percent', '5'], a.keys.approver)).out).toEqual([`${id} approved (canary 5 %)`]);
      expect((await ctl(['policy', 'canary', id, '--percent', '0'], a.keys.approver)).out).toEqual([`${id} approved`]);
      // Keyed by tenant: every request of demo-us is on the canary's side (100 %), and its decisions say so.
      expect((await ctl(['policy', 'canary', id, '--percent', '100', '--by', 'tenant'], a.keys.approver)).code).toBe(0);
      // A gateway may still be on the earlier 5 % canary (keyed by request) for a moment: wait, at most 1 s, for
      // a decision made under the new one, then check what it records.
      const decided = async (i: number) => {
        const rid = `by-tenant-${id}-${i}`;
        await a.chat(
          a.keys.tenants['demo-us'] as string,
          { model: 'auto', messages: [{ role: 'user', content: 'hi' }] },
          { 'x-request-id': rid },
        );
        return (await a.ledgerEntries(rid, 'routing_decision'))[0]?.body;
      };
      const deadline = Date.now() + 1000;
      let entry = await decided(0);
      for (let i = 1; entry?.canary_by !== 'tenant' && Date.now() < deadline; i++) entry = await decided(i);
      expect(entry).toMatchObject({ slice: 'canary', canary_version: id, canary_by: 'tenant', policy_version: id });
      expect((await ctl(['policy', 'canary', id, '--percent', '0'], a.keys.approver)).code).toBe(0);
      expect((await ctl(['policy', 'canary', id], a.keys.approver)).code).toBe(2);
    });

    it.each<[string[], number]>([
      [['policy', 'approve'], 2],
      [['policy', 'rollback'], 2],
      [['policy', 'submit', '/nonexistent/bundle.yaml'], 2],
    ])('%j exits %i', async (args, code) => {
      expect((await ctl(args, a.keys.admin)).code).toBe(code);
    });

    it('needs GATEWAY_URL and GATEWAY_TOKEN', async () => {
      expect(await runAsync(['policy', 'history'], { out: () => undefined, err: () => undefined }, {})).toBe(2);
    });
  });

  describe('shadow and canary', () => {
    let seed: string;
    /** Writes, submits (admin), approves (approver): an approved version id. */
    async function approved(bundle: string): Promise<string> {
      const v = await json(await call(a, 'POST', '/admin/policy/versions', a.keys.admin, { bundle }));
      await call(a, 'POST', `/admin/policy/versions/${String(v.id)}/submit`, a.keys.admin);
      expect(await json(await call(a, 'POST', `/admin/policy/versions/${String(v.id)}/approve`, a.keys.approver))).toMatchObject({
        state: 'approved',
      });
      return v.id as string;
    }
    const decisionOf = async (g: TestGateway, rid: string) => (await g.ledgerEntries(rid)).find((e) => e.kind === 'routing_decision')?.body;
    const ask = (g: TestGateway, rid: string) =>
      g.chat(
        g.keys.tenants['demo-us'] as string,
        { model: 'auto', messages: [{ role: 'user', content: 'What is a haiku?' }] },
        { 'x-request-id': rid },
      );
    /** Polls (at most 1 s) until a fresh decision of `g` satisfies `ok`. */
    async function untilDecision(g: TestGateway, ok: (body: Record<string, unknown>) => boolean): Promise<void> {
      const deadline = Date.now() + 1000;
      for (let i = 0; ; i++) {
        const rid = `poll-${Date.now()}-${i}`;
        await ask(g, rid);
        if (ok((await decisionOf(g, rid)) ?? {})) return;
        if (Date.now() > deadline) throw new Error('not in force within one second');
        await new Promise((r) => setTimeout(r, 50));
      }
    }

    beforeAll(async () => {
      const versions = (await json(await call(a, 'GET', '/admin/policy/versions', a.keys.admin))).data as { id: string; author: string }[];
      seed = versions.find((v) => v.author === 'seed')?.id as string;
      await call(a, 'POST', '/admin/policy/rollback', a.keys.approver, { to: seed });
      await bothWithinOneSecond({ provider: 'sim-us-cheap', version: seed });
    });

    it('a shadow version is evaluated and recorded beside the active one, never enforced', async () => {
      const id = await approved(WITHOUT_CHEAP.replace('attemptTimeoutMs: 5000', 'attemptTimeoutMs: 4500'));
      expect(await json(await call(a, 'POST', `/admin/policy/versions/${id}/shadow`, a.keys.approver, {}))).toMatchObject({
        state: 'approved',
        mode: 'shadow',
      });
      for (const g of [a, b]) await untilDecision(g, (d) => (d.shadow as { version?: string } | undefined)?.version === id);
      const rid = `shadow-${Date.now()}`;
      const res = await ask(b, rid);
      expect(res.headers.get('x-gateway-provider')).toBe('sim-us-cheap');
      expect(res.headers.get('x-gateway-policy-version')).toBe(seed);
      expect(await decisionOf(b, rid)).toMatchObject({
        policy_version: seed,
        shadow: { version: id, verdict: 'route', provider: 'sim-local' },
      });
      expect(await json(await call(a, 'POST', `/admin/policy/versions/${id}/shadow`, a.keys.approver, { enabled: false }))).toMatchObject({
        mode: null,
      });
      await untilDecision(a, (d) => d.shadow === undefined);
    });

    it('a canary serves its share of requests, chosen by a hash of the request id, and every decision records its slice', async () => {
      const id = await approved(WITHOUT_CHEAP.replace('attemptTimeoutMs: 5000', 'attemptTimeoutMs: 3500'));
      expect((await call(a, 'POST', `/admin/policy/versions/${id}/canary`, a.keys.admin, { percent: 30 })).status).toBe(403); // four eyes
      expect(await json(await call(a, 'POST', `/admin/policy/versions/${id}/canary`, a.keys.approver, { percent: 30 }))).toMatchObject({
        mode: 'canary',
        canaryPercent: 30,
      });
      await untilDecision(a, (d) => d.canary_version === id);
      const n = 2000;
      const ids = Array.from({ length: n }, (_, i) => `canary-${id}-${i}`);
      const served: (string | null)[] = [];
      for (let i = 0; i < n; i += 16) {
        const batch = await Promise.all(ids.slice(i, i + 16).map((rid) => ask(i % 32 === 0 ? a : b, rid)));
        served.push(...batch.map((r) => r.headers.get('x-gateway-policy-version')));
      }
      const inCanary = served.filter((v) => v === id).length;
      expect(inCanary / n).toBeGreaterThan(0.26);
      expect(inCanary / n).toBeLessThan(0.34);
      ids.forEach((rid, i) => expect(served[i] === id).toBe(inCanarySlice(rid, 30, id)));
      const sample = await decisionOf(b, ids[1] as string);
      expect(sample).toMatchObject({
        canary_version: id,
        canary_percent: 30,
        slice: inCanarySlice(ids[1] as string, 30, id) ? 'canary' : 'active',
      });
      expect(await json(await call(a, 'POST', `/admin/policy/versions/${id}/canary`, a.keys.approver, { percent: 0 }))).toMatchObject({
        mode: null,
      });
    });

    it('an error spike in the canary slice reverts it, on the record, for every gateway', async () => {
      const id = await approved(FLAKY);
      await call(a, 'POST', `/admin/policy/versions/${id}/canary`, a.keys.approver, { percent: 50 });
      await untilDecision(a, (d) => d.canary_version === id);
      const failures: number[] = [];
      for (let i = 0; i < 120; i++) {
        const res = await ask(a, `flaky-${id}-${i}`);
        if (res.status >= 500) failures.push(i);
        if (failures.length >= 25) break;
      }
      expect(failures.length).toBeGreaterThanOrEqual(10); // the guard trips after 20 canary outcomes, most of them errors
      const deadline = Date.now() + 3000;
      let version = (await json(await call(a, 'GET', `/admin/policy/versions/${id}`, a.keys.admin))) as { mode: string | null };
      while (version.mode !== null && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        version = (await json(await call(a, 'GET', `/admin/policy/versions/${id}`, a.keys.admin))) as { mode: string | null };
      }
      expect(version.mode).toBeNull();
      for (const g of [a, b]) await untilDecision(g, (d) => d.canary_version === undefined);
      const exported = await fetchExport(a.url, a.keys.compliance, '_platform');
      const reverted = (exported.leaves as unknown as { kind: string; version: string; action: string; actor: string }[]).filter(
        (l) => l.kind === 'config_change' && l.version === id && l.action === 'canary_reverted',
      );
      expect(reverted).toEqual([expect.objectContaining({ actor: 'gateway:canary-guard' })]);
    });
  });

  describe('diff, simulate and tenant overlays', () => {
    it('diffs a version against the one in force, in sentences, and simulates it over recorded decisions', async () => {
      const v = await json(
        await call(a, 'POST', '/admin/policy/versions', a.keys.admin, {
          bundle: WITHOUT_CHEAP.replace('attemptTimeoutMs: 5000', 'attemptTimeoutMs: 2500'),
        }),
      );
      const id = v.id as string;
      const diff = await json(await call(a, 'GET', `/admin/policy/versions/${id}/diff`, a.keys.admin));
      expect(diff.summary).toEqual(expect.arrayContaining([expect.stringMatching(/route default no longer uses sim-us-cheap\/chat/)]));
      const out: string[] = [];
      expect(
        await runAsync(
          ['policy', 'diff', id],
          { out: (l) => out.push(l), err: () => undefined },
          { GATEWAY_URL: a.url, GATEWAY_TOKEN: a.keys.admin },
        ),
      ).toBe(0);
      expect(out.join('\n')).toMatch(/no longer uses sim-us-cheap/);
      // Public text from demo-us went to sim-us-cheap in this run; under the draft it would go elsewhere, and cost more.
      const sim = await json(await call(a, 'POST', `/admin/policy/versions/${id}/simulate?since=1h`, a.keys.admin));
      expect(sim).toMatchObject({ version: id });
      expect(sim.decisions).toBeGreaterThan(0);
      expect(sim.changedProvider).toBeGreaterThan(0);
      expect(sim.costDeltaUsd).toBeGreaterThan(0);
      expect((await call(a, 'POST', `/admin/policy/versions/${id}/simulate?since=yesterday-ish`, a.keys.admin)).status).toBe(400);
    });

    it('a tenant author narrows its own tenant with an overlay; a second person activates it; other tenants are untouched', async () => {
      const author = (
        (await json(await call(a, 'POST', '/admin/keys', a.keys.admin, { tenant: 'demo-us', roles: ['policy-author'] }))) as { key: string }
      ).key;
      const overlay = { compliance: [{ id: 'demo-us-on-prem-only', when: {}, require: { hosting: ['local'] } }] };
      expect((await call(a, 'POST', '/admin/policy/versions', author, { scope: 'platform', bundle: DEFAULT_BUNDLE })).status).toBe(403);
      expect((await call(a, 'POST', '/admin/policy/versions', author, { scope: 'tenant:demo-eu', bundle: overlay })).status).toBe(403);
      const v = await json(await call(a, 'POST', '/admin/policy/versions', author, { scope: 'tenant:demo-us', bundle: overlay }));
      const id = v.id as string;
      expect(v).toMatchObject({ scope: 'tenant:demo-us', state: 'draft' });
      await call(a, 'POST', `/admin/policy/versions/${id}/submit`, author);
      expect((await call(a, 'POST', `/admin/policy/versions/${id}/approve`, author)).status).toBe(403);
      await call(a, 'POST', `/admin/policy/versions/${id}/approve`, a.keys.approver);
      expect(await json(await call(b, 'POST', `/admin/policy/versions/${id}/activate`, b.keys.approver))).toMatchObject({
        state: 'active',
      });
      const platformVersion = (await publicText(b)).version as string;
      const deadline = Date.now() + 1000;
      let seen = await publicText(b);
      while (seen.provider !== 'sim-local' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        seen = await publicText(b);
      }
      expect(seen).toEqual({ provider: 'sim-local', version: `${platformVersion.split('+')[0]}+tenant:${id}` });
      const eu = await b.chat(b.keys.tenants['demo-eu'] as string, {
        model: 'auto',
        messages: [{ role: 'user', content: 'What is a haiku?' }],
      });
      expect(eu.headers.get('x-gateway-policy-version')).not.toContain('tenant:');
      const log = await fetchExport(a.url, a.keys.compliance, 'demo-us');
      const changes = (log.leaves as unknown as { kind: string; version: string; action: string }[]).filter(
        (l) => l.kind === 'config_change' && l.version === id,
      );
      expect(changes.map((c) => c.action)).toEqual(['create', 'submitted', 'approved', 'active']);
    });

    it.each<[string, unknown, RegExp]>([
      [
        'redefines a platform rule',
        { compliance: [{ id: 'phi-needs-baa', when: { categories: ['PHI'] } }] },
        /phi-needs-baa is a platform rule/,
      ],
      [
        'adds a provider to a platform route',
        { routes: [{ id: 'embeddings', strategy: 'cheapest', candidates: ['sim-local/embed', 'sim-local/chat'] }] },
        /route embeddings adds candidate sim-local\/chat/,
      ],
      ['holds providers of its own', { providers: [] }, /providers/],
    ])('an overlay that %s is refused at submit, naming it', async (_name, overlay, message) => {
      const res = await call(a, 'POST', '/admin/policy/versions', a.keys.admin, { scope: 'tenant:demo-us', bundle: overlay });
      expect(res.status).toBe(400);
      expect(((await json(res)).error as { message: string }).message).toMatch(message);
    });
  });

  describe('a second OS process', () => {
    let child: ChildProcess;
    let url: string;
    let key: string;
    beforeAll(async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'pv-child-'));
      const port = await freePort();
      url = `http://127.0.0.1:${port}`;
      child = spawnGateway({ PORT: String(port), GATEWAY_DATA_DIR: dataDir, DATABASE_URL: process.env.DATABASE_URL, ...db });
      await waitReady(child, url);
      key = (JSON.parse(readFileSync(join(dataDir, 'demo-keys.json'), 'utf8')) as { tenants: Record<string, string> }).tenants[
        'demo-us'
      ] as string;
    }, 120_000);
    afterAll(() => {
      child?.kill('SIGTERM');
    });

    const versionAt = async () =>
      (
        await fetch(`${url}/v1/chat/completions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: 'What is a haiku?' }] }),
        })
      ).headers.get('x-gateway-policy-version');

    it('routes under a version activated through another process within one second', async () => {
      const v = await json(
        await call(a, 'POST', '/admin/policy/versions', a.keys.admin, {
          bundle: WITHOUT_CHEAP.replace('attemptTimeoutMs: 5000', 'attemptTimeoutMs: 2000'),
        }),
      );
      const id = v.id as string;
      await call(a, 'POST', `/admin/policy/versions/${id}/submit`, a.keys.admin);
      await call(a, 'POST', `/admin/policy/versions/${id}/approve`, a.keys.approver);
      expect(await json(await call(a, 'POST', `/admin/policy/versions/${id}/activate`, a.keys.approver))).toMatchObject({
        state: 'active',
      });
      const deadline = Date.now() + 1000;
      let seen = await versionAt();
      while (!seen?.startsWith(`${id}+`) && seen !== id && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        seen = await versionAt();
      }
      expect(seen?.split('+')[0]).toBe(id);
    });
  });
});
