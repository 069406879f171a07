import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAsync } from '../../src/cli/gatewayctl';
import { demoBundleWith, vendorProvider } from '../support/bundle-yaml';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { startScriptedUpstream, type ScriptedUpstream } from '../support/scripted-upstream';

/** The demo bundle plus: a simulator that breaks 20 % of JSON answers, a recording upstream without a BAA, and a scripted one. */
function bundle(recording: string, scripted: string): string {
  const providers = `  - id: sim-json20
    kind: simulator
    hosting: vendor
    regions: [us-east-1]
    baa: false
    attestationsValidUntil: 2027-12-31
    simulator: { port: 0, brokenJsonRate: 0.2, seed: 17 }
    models:
      - { id: chat, inputUsdPerMTok: 1.00, outputUsdPerMTok: 2.00, contextWindow: 128000, capabilities: [chat, json_schema, tools] }

${vendorProvider('rec-nobaa', recording)}

${vendorProvider('scripted', scripted)}`;
  const routes = `  - id: json20
    strategy: ordered
    candidates: [sim-json20/chat]
  - id: recorded
    strategy: ordered
    candidates: [rec-nobaa/m]
  - id: drifty
    strategy: ordered
    candidates: [scripted/m]`;
  return demoBundleWith(providers, routes);
}

const line = (o: object) => JSON.stringify(o);
const jsonTask = (i: number) =>
  line({
    id: `json-${i}`,
    workload: 'extraction',
    messages: [{ role: 'user', content: `Return the order number ${i} as JSON.` }],
    settings: { response_format: { type: 'json_object' }, temperature: 0 },
    grader: { type: 'json_schema', schema: { type: 'object' }, required: ['reply'] },
  });

async function ctl(args: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAsync(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, out, err };
}

interface Target {
  target: string;
  requests: number;
  costPerRequestUsd: number | null;
  brokenJson: number | null;
  passRate: number | null;
  quality: number | null;
  denied: number;
}

describe('gatewayctl eval and the drift watch (issue 17)', () => {
  let g: TestGateway;
  let recording: ScriptedUpstream;
  let scripted: ScriptedUpstream;
  const dir = mkdtempSync(join(tmpdir(), 'gw-eval-'));
  const golden = join(dir, 'golden.json');
  let env: Record<string, string>;

  beforeAll(async () => {
    recording = await startScriptedUpstream({ quality: 1, model: 'rec' });
    scripted = await startScriptedUpstream({ quality: 0.8, model: 'm-2025-01' }, 42);
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, bundle(recording.url, scripted.url));
    const tasks = Array.from({ length: 40 }, (_, i) => ({
      id: `g${i}`,
      messages: [{ role: 'user', content: `Reply with OK (${i}).` }],
      grader: { type: 'exact', value: 'OK' },
    }));
    writeFileSync(golden, JSON.stringify({ tenant: 'demo-us', alpha: 0.01, routes: [{ route: 'drifty', tasks }] }));
    g = await startTestGateway({ GATEWAY_POLICY: policy, GATEWAY_DRIFT_GOLDEN: golden });
    env = { GATEWAY_URL: g.url, GATEWAY_TOKEN: g.keys.tenants['demo-us'] as string };
  });
  afterAll(async () => {
    await g?.close();
    await recording?.close();
    await scripted?.close();
  });

  it('a 20 % broken-JSON simulator shows as 20 % (within tolerance); cost is usage times price; every entry is eval traffic', async () => {
    const file = join(dir, 'json.jsonl');
    writeFileSync(file, Array.from({ length: 100 }, (_, i) => jsonTask(i)).join('\n') + '\n');
    const r = await ctl(['eval', file, '--targets', 'json20', '--json', '--concurrency', '8'], env);
    expect(r.err.filter((l) => !l.startsWith('['))).toEqual([]);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.out.at(-1) as string) as { taskSetHash: string; targets: Target[] };
    expect(rep.taskSetHash).toMatch(/^[0-9a-f]{64}$/);
    const [t] = rep.targets;
    expect(Object.keys(t ?? {}).sort()).toEqual(
      [
        'brokenJson',
        'costPerRequestUsd',
        'denied',
        'medianMs',
        'p95Ms',
        'passRate',
        'quality',
        'refusals',
        'requests',
        'target',
        'timeouts',
      ].sort(),
    );
    expect(t).toMatchObject({ target: 'json20', requests: 100, denied: 0, timeouts: 0, refusals: 0 });
    // Binomial(100, 0.2): 0.2 ± 0.1 is 2.5 standard deviations (the simulator is seeded, so this is also stable).
    expect(Math.abs((t?.brokenJson ?? 1) - 0.2)).toBeLessThanOrEqual(0.1);
    expect(t?.passRate).toBeCloseTo(1 - (t?.brokenJson ?? 0), 10);

    // Cost: the figure equals the usage the ledger recorded times the bundle's price (1.00 / 2.00 USD per MTok).
    const runs = (await (await g.get('/admin/eval/runs?tenant=demo-us', g.keys.admin)).json()) as {
      runs: { id: string; taskSetHash: string; targets: Target[]; actor: string }[];
    };
    const run = runs.runs[0];
    expect(run).toMatchObject({ taskSetHash: rep.taskSetHash, targets: rep.targets, actor: expect.stringMatching(/^key:/) });
    const leaves = await g.db.forTenant('demo-us').many<{
      kind: string;
      leaf: Buffer;
    }>(`SELECT kind, leaf FROM ledger_entry WHERE tenant_id = 'demo-us' AND convert_from(leaf, 'UTF8')::jsonb ->> 'run_id' = $1`, [run?.id]);
    const parsed = leaves.map(
      (l): Record<string, unknown> => ({ kind: l.kind, ...(JSON.parse(l.leaf.toString('utf8')) as Record<string, unknown>) }),
    );
    expect(parsed.filter((p) => p.kind === 'routing_decision')).toHaveLength(100);
    const outcomes = parsed.filter((p) => p.kind === 'routing_outcome');
    expect(outcomes).toHaveLength(100);
    expect(parsed.every((p) => p.traffic === 'eval')).toBe(true);
    const usd = outcomes.reduce((s, o) => {
      const u = o.usage as { prompt_tokens: number; completion_tokens: number };
      return s + (u.prompt_tokens * 1.0 + u.completion_tokens * 2.0) / 1e6;
    }, 0);
    expect(t?.costPerRequestUsd).toBeCloseTo(usd / 100, 9);
  });

  it('a target the data forbids is reported as denied and its provider receives nothing', async () => {
    const file = join(dir, 'phi.jsonl');
    const phi = 'Patient: Maria Gonzalez, diagnosed with type 2 diabetes (E11.9), metformin 500 mg. Summarise.';
    writeFileSync(
      file,
      [
        line({ id: 'phi', messages: [{ role: 'user', content: phi }], grader: { type: 'regex', pattern: '.' } }),
        line({ id: 'public', messages: [{ role: 'user', content: 'Say OK.' }], grader: { type: 'exact', value: 'OK' } }),
      ].join('\n'),
    );
    const before = recording.received;
    const r = await ctl(['eval', file, '--targets', 'recorded,sim-local/chat', '--json'], env);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.out.at(-1) as string) as { targets: Target[] };
    expect(rep.targets[0]).toMatchObject({ target: 'recorded', requests: 1, denied: 1, passRate: 1 });
    expect(rep.targets[1]).toMatchObject({ target: 'sim-local/chat', requests: 2, denied: 0 });
    // Only the public task reached the recording upstream; the PHI one was never sent.
    expect(recording.received - before).toBe(1);
  });

  it('traffic comes from the authenticated run only: a header alone sets nothing, a foreign or unknown run is refused', async () => {
    const us = g.keys.tenants['demo-us'] as string;
    const eu = g.keys.tenants['demo-eu'] as string;
    const body = { model: 'auto', messages: [{ role: 'user', content: 'hello' }] };
    const rid = `forge-${Date.now()}`;
    const plain = await g.chat(us, body, { 'x-request-id': rid, 'x-gateway-traffic': 'eval' });
    expect(plain.status).toBe(200);
    const entries = await g.ledgerEntries(rid);
    expect(entries.length).toBe(2);
    for (const e of entries) expect(e.body).not.toHaveProperty('traffic');

    const unknown = await g.chat(us, body, { 'x-gateway-eval-run': 'ev_aaaaaaaaaaaaaaaaaaaa' });
    expect(unknown.status).toBe(403);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    const opened = await g.post('/v1/eval/runs', us, { taskSetHash: 'a'.repeat(64), targets: ['auto'] });
    expect(opened.status).toBe(201);
    const { runId } = (await opened.json()) as { runId: string };
    const borrowed = await g.chat(eu, body, { 'x-gateway-eval-run': runId });
    expect(borrowed.status).toBe(403);
    const versionAlone = await g.chat(us, body, { 'x-gateway-eval-version': 'v1' });
    expect(versionAlone.status).toBe(400);
    const notTarget = await g.chat(us, body, { 'x-gateway-eval-run': runId, 'x-gateway-eval-version': 'v1' });
    expect(notTarget.status).toBe(400);
    expect((await g.post('/v1/eval/runs', us, { taskSetHash: 'nope', targets: ['auto'] })).status).toBe(400);
    expect((await g.post('/v1/eval/runs', us, { taskSetHash: 'a'.repeat(64), targets: ['version:v999'] })).status).toBe(404);
    // The run's own key: eval traffic, with the run id, on the decision and the outcome.
    const rid2 = `own-${Date.now()}`;
    expect((await g.chat(us, body, { 'x-gateway-eval-run': runId, 'x-request-id': rid2 })).status).toBe(200);
    const own = await g.ledgerEntries(rid2);
    expect(own.map((e) => [e.kind, e.body.traffic, e.body.run_id])).toEqual([
      ['routing_decision', 'eval', runId],
      ['routing_outcome', 'eval', runId],
    ]);
  });

  it('--resume picks up the results kept from an interrupted run and sends only the rest', async () => {
    const file = join(dir, 'resume.jsonl');
    const text = [0, 1, 2].map(jsonTask).join('\n') + '\n';
    writeFileSync(file, text);
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(text).digest('hex');
    const key = createHash('sha256').update('json20').digest('hex').slice(0, 8);
    const kept = {
      taskId: 'json-0',
      target: 'json20',
      workload: 'extraction',
      tags: [],
      status: 'ok',
      latencyMs: 5,
      costUsd: 0,
      score: 1,
      pass: true,
      refusal: false,
      brokenJson: false,
      escalated: false,
      fallback: false,
      model: 'sim-json20/chat',
    };
    const state = join(dir, `.eval-${hash.slice(0, 16)}-${key}.state.jsonl`);
    writeFileSync(state, `${JSON.stringify({ runId: 'ev_gone0000000000000000' })}\n${JSON.stringify(kept)}\n{"cut`);
    const before = g.sim('sim-json20').requests;
    const r = await ctl(['eval', file, '--targets', 'json20', '--json', '--resume'], env);
    expect(r.code).toBe(0);
    expect(g.sim('sim-json20').requests - before).toBe(2);
    expect((JSON.parse(r.out.at(-1) as string) as { targets: Target[] }).targets[0]).toMatchObject({ requests: 3 });
    expect(existsSync(state)).toBe(false);
  });

  it('comparing with a run of another task set is refused', async () => {
    const file = join(dir, 'small.jsonl');
    writeFileSync(file, jsonTask(1) + '\n');
    const prev = join(dir, 'prev.json');
    writeFileSync(prev, JSON.stringify({ taskSetHash: 'b'.repeat(64), targets: [] }));
    const r = await ctl(['eval', file, '--targets', 'json20', '--compare', prev], env);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/another task set/);
  });

  it('drift: the first run is the baseline; unchanged runs raise no alarm; a quality drop and a new model version do', async () => {
    const drift = () => ctl(['drift', 'run', '--json'], env);
    const first = await drift();
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out[0] as string)).toMatchObject({ drift: false, runs: [{ route: 'drifty', baseline: true }] });
    // Unchanged quality (0.8, seeded noise), five runs. The test's false-alarm level is alpha = 0.01 per run
    // (three one-sided z-tests at alpha/3), so five runs alarm with probability below 5 %; the draws are seeded.
    for (let i = 0; i < 5; i++) expect((await drift()).code).toBe(0);

    scripted.script.quality = 0.2;
    const dropped = await drift();
    expect(dropped.code).toBe(1);
    const body = JSON.parse(dropped.out[0] as string) as { runs: { reasons: string[]; pValue: number }[] };
    expect(body.runs[0]?.reasons).toEqual(['quality']);
    expect(body.runs[0]?.pValue).toBeLessThan(0.01 / 3);

    scripted.script.quality = 0.8;
    scripted.script.model = 'm-2025-06';
    const changed = await drift();
    expect(changed.code).toBe(1);
    expect((JSON.parse(changed.out[0] as string) as { runs: { reasons: string[] }[] }).runs[0]?.reasons).toContain('model');

    const alerts = await g.db
      .forTenant('demo-us')
      .many<{ leaf: Buffer }>(`SELECT leaf FROM ledger_entry WHERE tenant_id = 'demo-us' AND kind = 'drift_alert' ORDER BY seq`);
    const leaves = alerts.map((a) => JSON.parse(a.leaf.toString('utf8')) as Record<string, unknown>);
    expect(leaves.map((l) => [l.traffic, l.route, l.reasons])).toEqual([
      ['drift', 'drifty', ['quality']],
      ['drift', 'drifty', ['model']],
    ]);
    expect(leaves[1]).toMatchObject({ model_version: 'm-2025-06', baseline_model_version: 'm-2025-01' });

    const metrics = await (await g.get('/metrics')).text();
    expect(metrics).toMatch(/gateway_drift_alerts_total\{route="drifty",reason="quality"\} 1/);
    expect(metrics).toMatch(/gateway_route_requests_total\{[^}]*route="drifty"[^}]*traffic="drift"[^}]*\} \d+/);
    expect(metrics).toMatch(/gateway_route_cost_usd_total\{[^}]*route="drifty"[^}]*\} [0-9.e-]+/);
  });

  it('drift and eval runs are readable by the tenant’s reviewers; another tenant’s are 404', async () => {
    const list = (await (await g.get('/admin/drift/runs?tenant=demo-us', g.keys.compliance)).json()) as { runs: Record<string, unknown>[] };
    expect(list.runs).toHaveLength(8);
    expect(list.runs[0]).toEqual({
      id: expect.stringMatching(/^dr_/),
      tenant: 'demo-us',
      route: 'drifty',
      model: 'scripted/m',
      startedAt: expect.any(String),
      baseline: false,
      drift: true,
      metrics: { quality: expect.any(Number), formatAdherence: 1, refusalRate: 0 },
      pValue: expect.any(Number),
      modelVersion: 'm-2025-06',
    });
    expect(list.runs.at(-1)).toMatchObject({ baseline: true });
    const made = await g.post('/admin/keys', g.keys.admin, { tenant: 'demo-eu', roles: ['viewer'] });
    const viewer = ((await made.json()) as { key: string }).key;
    expect((await g.get('/admin/eval/runs?tenant=demo-us', viewer)).status).toBe(404);
    expect((await g.get('/admin/drift/runs?tenant=demo-us', viewer)).status).toBe(404);
    expect(((await (await g.get('/admin/eval/runs', viewer)).json()) as { runs: unknown[] }).runs).toEqual([]);
    expect((await g.get('/admin/eval/runs?tenant=demo-us', g.keys.tenants['demo-us'] as string)).status).toBe(403);
  });
  it('report: the weekly review from the ledger, eval and drift traffic left out', async () => {
    // A tenant of its own: the test database is shared with every other spec of the run.
    const tenant = `rep-${Date.now().toString(36)}`;
    expect((await g.post('/admin/tenants', g.keys.admin, { id: tenant, region: 'us' })).status).toBe(201);
    const made = await g.post('/admin/keys', g.keys.admin, { tenant, roles: ['invoke'] });
    const key = ((await made.json()) as { key: string }).key;
    for (let i = 0; i < 2; i++)
      expect((await g.chat(key, { model: 'auto', messages: [{ role: 'user', content: `User question ${i}` }] })).status).toBe(200);
    const file = join(dir, 'report-tasks.jsonl');
    const task = (i: number) =>
      line({ id: `r${i}`, messages: [{ role: 'user', content: `Say OK ${i}` }], grader: { type: 'regex', pattern: '.' } });
    writeFileSync(file, [0, 1, 2].map(task).join('\n') + '\n');
    expect((await ctl(['eval', file, '--targets', 'default', '--json'], { GATEWAY_URL: g.url, GATEWAY_TOKEN: key })).code).toBe(0);

    const env2 = { GATEWAY_URL: g.url, GATEWAY_TOKEN: g.keys.compliance };
    const r = await ctl(['report', '--since', '1d', '--tenant', tenant, '--json'], env2);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.out[0] as string) as {
      total: number;
      excluded: number;
      rows: { route: string; model: string; share: number }[];
    };
    expect(rep.excluded).toBe(3); // the eval run's three tasks
    expect(rep.total).toBe(2); // the two user requests
    expect(rep.rows).toEqual([expect.objectContaining({ route: 'default', model: 'sim-us-cheap/chat', share: 1 })]);
    const text = await ctl(['report', '--since', '1d', '--tenant', tenant], env2);
    expect(text.out[0]).toMatch(/^Routing review since .*: 2 user requests/);
    expect((await ctl(['report', '--since', 'yesterday-ish'], env2)).code).toBe(2);
  });
});
