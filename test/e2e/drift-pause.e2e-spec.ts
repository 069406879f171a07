import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoBundleWith, vendorProvider } from '../support/bundle-yaml';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { startScriptedUpstream, type ScriptedUpstream } from '../support/scripted-upstream';

/** The demo bundle plus a scripted upstream and a route that tries it first, then sim-local. */
function bundle(scripted: string): string {
  const routes = `  - id: pausable
    strategy: ordered
    candidates: [scripted-p/m, sim-local/chat]
  - id: racing
    strategy: ordered
    candidates: [sim-local/chat]`;
  return demoBundleWith(vendorProvider('scripted-p', scripted), routes);
}

/**
 * Drift watch with `pauseOnDrift` (issue 17): a model whose quality drops is paused for routing in every
 * process until a platform policy approver resumes it; both the pause and the resumption are on the record.
 */
describe('a drifting model paused until an admin resumes it', () => {
  let g: TestGateway;
  let scripted: ScriptedUpstream;
  const dir = mkdtempSync(join(tmpdir(), 'gw-drift-pause-'));

  beforeAll(async () => {
    scripted = await startScriptedUpstream({ quality: 0.9, model: 'm-1' }, 7);
    writeFileSync(join(dir, 'policy.yaml'), bundle(scripted.url));
    const tasks = Array.from({ length: 40 }, (_, i) => ({
      id: `g${i}`,
      messages: [{ role: 'user', content: `Reply with OK (${i}).` }],
      grader: { type: 'exact', value: 'OK' },
    }));
    writeFileSync(
      join(dir, 'golden.json'),
      JSON.stringify({
        tenant: 'demo-us',
        pauseOnDrift: true,
        routes: [
          { route: 'pausable', tasks },
          { route: 'racing', tasks: tasks.slice(0, 3) },
        ],
      }),
    );
    g = await startTestGateway({ GATEWAY_POLICY: join(dir, 'policy.yaml'), GATEWAY_DRIFT_GOLDEN: join(dir, 'golden.json') });
  });
  afterAll(async () => {
    await g?.close();
    await scripted?.close();
  });

  const tenantKey = () => g.keys.tenants['demo-us'] as string;
  /** A drift run now: by the tenant's own key (measures and alerts) or the platform admin's (may also pause). */
  const driftRun = async (key = tenantKey()) =>
    (await (await g.post('/admin/drift/run', key, { route: 'pausable' })).json()) as { drift: boolean };
  const alertsOfRoute = async () =>
    (
      await g.db
        .forTenant('demo-us')
        .many<{ leaf: Buffer }>(`SELECT leaf FROM ledger_entry WHERE tenant_id = 'demo-us' AND kind = 'drift_alert' ORDER BY seq`)
    )
      .map((a) => JSON.parse(a.leaf.toString('utf8')) as Record<string, unknown>)
      .filter((l) => l.route === 'pausable');
  const paused = async () => ((await (await g.get('/admin/providers/health', g.keys.admin)).json()) as { paused: unknown[] }).paused;
  const ask = async () => {
    const before = scripted.received;
    const res = await g.chat(tenantKey(), { model: 'pausable', messages: [{ role: 'user', content: 'What is a haiku?' }] });
    expect(res.status).toBe(200);
    return { provider: res.headers.get('x-gateway-provider'), reachedScripted: scripted.received > before };
  };

  it('pauses on drift, routes around the paused model, and resumes it on an approver’s word', async () => {
    expect(await driftRun()).toMatchObject({ drift: false }); // the baseline
    expect(await ask()).toEqual({ provider: 'scripted-p', reachedScripted: true });

    scripted.script.quality = 0.1;
    // A tenant's own key measures and alerts, but a pause acts for every tenant: it does not pause.
    expect(await driftRun()).toMatchObject({ drift: true });
    expect(await paused()).not.toContainEqual({ provider: 'scripted-p', model: 'm' });
    expect(await driftRun(g.keys.admin)).toMatchObject({ drift: true });
    expect(await alertsOfRoute()).toEqual([
      expect.not.objectContaining({ paused: expect.anything() }),
      expect.objectContaining({ model: 'scripted-p/m', paused: true }),
    ]);
    const health = (await (await g.get('/admin/providers/health', g.keys.admin)).json()) as Record<string, unknown>;
    expect(health.paused).toEqual([{ provider: 'scripted-p', model: 'm' }]);
    expect(health.shared).toContainEqual({ provider: 'scripted-p', model: 'm', reason: 'drift_paused', remainingMs: null });

    // Paused: the route's next candidate answers; the scripted upstream receives nothing.
    expect(await ask()).toEqual({ provider: 'sim-local', reachedScripted: false });
    // The next run is answered by that fallback: it differs from the baseline (drift, by name) but it is not
    // the model that drifted, so it is not paused in turn.
    expect(await driftRun(g.keys.admin)).toMatchObject({ drift: true });
    expect(await paused()).toEqual([{ provider: 'scripted-p', model: 'm' }]);

    // Only a platform policy approver resumes it; bad input is a 4xx.
    expect((await g.post('/admin/providers/resume', tenantKey(), { provider: 'scripted-p', model: 'm' })).status).toBe(403);
    expect((await g.post('/admin/providers/resume', g.keys.approver, { provider: 'scripted-p' })).status).toBe(400);
    const resumed = await g.post('/admin/providers/resume', g.keys.approver, { provider: 'scripted-p', model: 'm' });
    expect(resumed.status).toBe(200);
    expect((await g.post('/admin/providers/resume', g.keys.approver, { provider: 'scripted-p', model: 'm' })).status).toBe(404);
    expect(await ask()).toEqual({ provider: 'scripted-p', reachedScripted: true });

    const changes = await g.db
      .platform('test')
      .many<{ leaf: Buffer }>(`SELECT leaf FROM ledger_entry WHERE tenant_id = '_platform' AND kind = 'config_change'`);
    const leaves = changes.map((c) => JSON.parse(c.leaf.toString('utf8')) as Record<string, unknown>);
    expect(leaves).toContainEqual(
      expect.objectContaining({ action: 'model_paused', provider: 'scripted-p', model: 'm', route: 'pausable' }),
    );
    expect(leaves).toContainEqual(expect.objectContaining({ action: 'model_resumed', provider: 'scripted-p', model: 'm' }));
  });

  it('two first runs of a route at once: one is the baseline, the other is compared with it (no 500)', async () => {
    const [a, b] = await Promise.all([0, 1].map(() => g.post('/admin/drift/run', tenantKey(), { route: 'racing' })));
    expect([a?.status, b?.status]).toEqual([200, 200]);
    const runs = await Promise.all([a, b].map(async (r) => ((await r?.json()) as { runs: { baseline: boolean }[] }).runs[0]));
    expect(runs.map((r) => r?.baseline).sort()).toEqual([false, true]);
  });
});
