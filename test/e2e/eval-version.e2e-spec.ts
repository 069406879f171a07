import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestGateway, type TestGateway } from '../support/gateway';

const DEFAULT_BUNDLE = readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8');
/** The demo bundle whose default route has sim-eu alone: a choice no other version of the test run makes. */
const EU_ONLY = DEFAULT_BUNDLE.replace(
  'candidates: [sim-local/chat, sim-eu/chat, sim-us-cheap/chat, sim-us-strong/chat]',
  'candidates: [sim-eu/chat]',
);

/** EU_ONLY without the rule that keeps restricted data local: looser than any version in force. */
const LOOSE = EU_ONLY.replace(
  `  - id: restricted-stays-local        # PHI, PCI and credentials are \`restricted\`
    when: { level: restricted }
    require: { hosting: [local, dedicated] }
`,
  '',
);

/**
 * An eval target `version:<id>` (SPEC §10) routes as if that approved version were active, inside the
 * authenticated run only: the version in force does not change for anyone, and a version that is not
 * approved cannot be named.
 */
describe('eval targets that are policy versions', () => {
  let g: TestGateway;
  let approved: string;
  let loose: string;
  let submitted: string;
  /** A tenant of its own (no overlay of another spec applies): the test database is shared by the whole run. */
  let tenantKey: string;
  const hash = createHash('sha256').update('frozen set').digest('hex');

  const call = (method: string, path: string, key: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${g.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const draft = async (bundle = EU_ONLY): Promise<string> => {
    const r = await call('POST', '/admin/policy/versions', g.keys.admin, { scope: 'platform', bundle });
    const id = ((await r.json()) as { id: string }).id;
    expect((await call('POST', `/admin/policy/versions/${id}/submit`, g.keys.admin)).status).toBe(200);
    return id;
  };

  beforeAll(async () => {
    g = await startTestGateway({ GATEWAY_POLICY_STORE: 'database', GATEWAY_POLICY_REFRESH_MS: '200' });
    approved = await draft();
    expect((await call('POST', `/admin/policy/versions/${approved}/approve`, g.keys.approver)).status).toBe(200);
    submitted = await draft();
    loose = await draft(LOOSE);
    expect((await call('POST', `/admin/policy/versions/${loose}/approve`, g.keys.approver)).status).toBe(200);
    const tenant = `evv-${Date.now().toString(36)}`;
    expect((await call('POST', '/admin/tenants', g.keys.admin, { id: tenant, region: 'us' })).status).toBe(201);
    tenantKey = ((await (await call('POST', '/admin/keys', g.keys.admin, { tenant, roles: ['invoke'] })).json()) as { key: string }).key;
  });
  afterAll(async () => {
    await g?.close();
  });

  it('routes a run request under the approved version, while everyone else stays on the active one', async () => {
    const opened = await call('POST', '/v1/eval/runs', tenantKey, { taskSetHash: hash, targets: [`version:${approved}`] });
    expect(opened.status).toBe(201);
    const { runId } = (await opened.json()) as { runId: string };
    const body = { model: 'auto', messages: [{ role: 'user', content: 'What is a haiku?' }] };

    const rid = `evv-${Date.now()}`;
    const inRun = await call('POST', '/v1/chat/completions', tenantKey, body, {
      'x-gateway-eval-run': runId,
      'x-gateway-eval-version': approved,
      'x-request-id': rid,
    });
    expect(inRun.status).toBe(200);
    expect(inRun.headers.get('x-gateway-provider')).toBe('sim-eu');
    expect(inRun.headers.get('x-gateway-policy-version')).toBe(approved);
    const [decision] = await g.ledgerEntries(rid, 'routing_decision');
    expect(decision?.body).toMatchObject({ policy_version: approved, traffic: 'eval' });

    // Outside the run nothing changed: the version in force is another one, and it does not pick sim-eu for public text.
    const plain = await call('POST', '/v1/chat/completions', tenantKey, body);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('x-gateway-provider')).not.toBe('sim-eu');
    expect(plain.headers.get('x-gateway-policy-version')?.split('+')[0]).not.toBe(approved);
  });

  it('refuses a version that is only submitted, and a version header outside a run', async () => {
    const opened = await call('POST', '/v1/eval/runs', tenantKey, { taskSetHash: hash, targets: [`version:${submitted}`] });
    expect(opened.status).toBe(404);
    const bare = await call(
      'POST',
      '/v1/chat/completions',
      tenantKey,
      { model: 'auto', messages: [{ role: 'user', content: 'hi' }] },
      { 'x-gateway-eval-version': approved },
    );
    expect(bare.status).toBe(400);
    expect(((await bare.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');
  });

  it('stays inside what the version in force permits: a looser version cannot send PHI where the one in force does not', async () => {
    expect(LOOSE).not.toBe(EU_ONLY);
    const opened = await call('POST', '/v1/eval/runs', tenantKey, { taskSetHash: hash, targets: [`version:${loose}`] });
    const { runId } = (await opened.json()) as { runId: string };
    const rid = `evl-${Date.now()}`;
    const phi = {
      model: 'auto',
      messages: [{ role: 'user', content: 'Patient Maria Gonzalez, DOB 1970-03-14, diagnosed with type 2 diabetes (E11.9).' }],
    };
    const res = await call('POST', '/v1/chat/completions', tenantKey, phi, {
      'x-gateway-eval-run': runId,
      'x-gateway-eval-version': loose,
      'x-request-id': rid,
    });
    expect(res.status).toBe(403); // sim-eu, the loose version's only candidate, is excluded by the version in force
    const [denied] = await g.ledgerEntries(rid, 'policy_denied');
    expect(denied?.body).toMatchObject({ policy_version: loose, traffic: 'eval' });
    expect(denied?.body.excluded).toContainEqual(
      expect.objectContaining({ provider: 'sim-eu', rule: expect.stringMatching(/^in-force:/) }),
    );
  });

  it('is held to the budget cap of the tenant overlay in force', async () => {
    const tenant = ((await (await call('GET', '/admin/whoami', tenantKey)).json()) as { tenant: string }).tenant;
    const overlay = { budget: { monthlyUsd: 0 } }; // nothing may be spent this month
    const v = (await (
      await call('POST', '/admin/policy/versions', g.keys.admin, { scope: `tenant:${tenant}`, bundle: overlay })
    ).json()) as {
      id: string;
    };
    expect((await call('POST', `/admin/policy/versions/${v.id}/submit`, g.keys.admin)).status).toBe(200);
    expect((await call('POST', `/admin/policy/versions/${v.id}/approve`, g.keys.approver)).status).toBe(200);
    expect((await call('POST', `/admin/policy/versions/${v.id}/activate`, g.keys.approver)).status).toBe(200);
    const body = { model: 'auto', messages: [{ role: 'user', content: 'What is a haiku?' }] };
    const deadline = Date.now() + 2000;
    let plain = await call('POST', '/v1/chat/completions', tenantKey, body);
    while (plain.status !== 429 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      plain = await call('POST', '/v1/chat/completions', tenantKey, body);
    }
    expect(plain.status).toBe(429); // the overlay in force allows no spend

    const opened = await call('POST', '/v1/eval/runs', tenantKey, { taskSetHash: hash, targets: [`version:${approved}`] });
    const { runId } = (await opened.json()) as { runId: string };
    const inRun = await call('POST', '/v1/chat/completions', tenantKey, body, {
      'x-gateway-eval-run': runId,
      'x-gateway-eval-version': approved,
    });
    expect(inRun.status).toBe(429);
    expect(((await inRun.json()) as { error: { code: string } }).error.code).toBe('budget_exceeded');
  });
});
