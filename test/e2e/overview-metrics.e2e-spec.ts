import { randomBytes } from 'node:crypto';
import { startTestGateway, type TestGateway } from '../support/gateway';

interface Overview {
  requests: number;
  routed: number;
  denied: number;
  ok: number;
  providers: { provider: string; requests: number }[];
}

/** `name{labels} value` samples of one metric from Prometheus text, labels parsed. */
function samples(text: string, name: string): { labels: Record<string, string>; value: number }[] {
  const out: { labels: Record<string, string>; value: number }[] = [];
  for (const line of text.split('\n')) {
    const m = new RegExp(`^${name}\\{([^}]*)\\} ([0-9.e+-]+)$`).exec(line);
    if (!m) continue;
    const labels = Object.fromEntries([...(m[1] as string).matchAll(/([a-z_]+)="([^"]*)"/g)].map((l) => [l[1] as string, l[2] as string]));
    out.push({ labels, value: Number(m[2]) });
  }
  return out;
}

/**
 * The console's Overview (from the ledger) and /metrics (this process's counters) agree on what both
 * count (issue 18: "the same numbers as /metrics"): answered requests per provider and policy denials, for
 * a tenant that only this test uses, in a fresh gateway. Where they legitimately differ, the test pins the
 * difference (README, "The console"): requests refused before a decision (malformed, unauthenticated,
 * rate-limited) are HTTP traffic in gateway_requests_total but never reach the ledger; a budget refusal is
 * counted in gateway_policy_denials_total but is a routed decision with outcome `refused` in the ledger,
 * not a denial in the Overview.
 */
describe('console overview and /metrics', () => {
  let t: TestGateway;
  const run = randomBytes(3).toString('hex');
  const T = `ovm-${run}`;
  const POOR = `ovm-poor-${run}`;
  const keys: Record<string, string> = {};

  const admin = () => t.keys.admin;
  const ask = (key: string, content: string, model = 'auto') => t.chat(key, { model, messages: [{ role: 'user', content }] });

  beforeAll(async () => {
    t = await startTestGateway();
    for (const [id, budget] of [
      [T, null],
      [POOR, 0.000001],
    ] as const) {
      const c = await t.post('/admin/tenants', admin(), { id, region: 'us', ...(budget === null ? {} : { monthlyBudgetUsd: budget }) });
      expect(c.status).toBe(201);
      const k = await t.post('/admin/keys', admin(), { tenant: id, roles: ['invoke'], label: 'overview-metrics' });
      expect(k.status).toBe(201);
      keys[id] = String(((await k.json()) as { key: string }).key);
    }
  });
  afterAll(() => t?.close());

  it('reports the same answered requests per provider and the same denials as /metrics', async () => {
    const key = keys[T] as string;
    const answered: string[] = [];
    for (const [content, model] of [
      ['What is the capital of France?', 'auto'],
      ['Summarise the plot of Hamlet in one line.', 'auto'],
      ['Clinical note: Patient: Maria Gonzalez, 54, diagnosed with type 2 diabetes (E11.9).', 'auto'],
      ['Hello there', 'sim-us-strong/chat'],
    ] as const) {
      const r = await ask(key, content, model);
      await r.text();
      expect(r.status).toBe(200);
      answered.push(r.headers.get('x-gateway-provider') as string);
    }
    // At least three providers took part (public text, PHI on sim-local, a pinned strong model).
    expect(new Set(answered).size).toBeGreaterThanOrEqual(3);
    // Two denials: a credential in the prompt, and a pinned model outside the permitted set for PHI.
    const secret = await ask(key, 'Use this key: sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh3iJk');
    const pinned = await ask(key, 'Patient: Maria Gonzalez has asthma (J45.909).', 'sim-us-cheap/chat');
    expect([secret.status, pinned.status]).toEqual([403, 403]);
    // Refused before any decision: an unknown model is HTTP traffic only.
    expect((await ask(key, 'hi', 'no-such/model')).status).toBe(400);
    // A budget refusal: a decision that was routed, then refused (429).
    const poor = [];
    for (let i = 0; i < 3; i++) poor.push((await ask(keys[POOR] as string, 'What is the capital of Spain?')).status);
    expect(poor).toContain(429);

    const overview = async (tenant: string) => {
      const r = await t.get(`/admin/overview?tenant=${tenant}&days=1`, t.keys.compliance);
      expect(r.status).toBe(200);
      return (await r.json()) as Overview;
    };
    // Outcomes are written after the response: wait until every answered request has its provider.
    let o = await overview(T);
    for (let n = 0; n < 50 && o.providers.reduce((s, p) => s + p.requests, 0) < answered.length; n++) {
      await new Promise((r) => setTimeout(r, 100));
      o = await overview(T);
    }
    const text = await (await fetch(`${t.url}/metrics`)).text();
    const requests = samples(text, 'gateway_requests_total').filter((s) => s.labels.tenant === T);
    const denials = samples(text, 'gateway_policy_denials_total');
    const deniedOf = (tenant: string) => denials.find((s) => s.labels.tenant === tenant)?.value ?? 0;

    // Answered requests per provider: the same in both.
    const metricProviders = new Map<string, number>();
    for (const s of requests.filter((x) => x.labels.status === '200'))
      metricProviders.set(s.labels.provider as string, (metricProviders.get(s.labels.provider as string) ?? 0) + s.value);
    const overviewProviders = new Map(o.providers.map((p) => [p.provider, p.requests]));
    expect(overviewProviders).toEqual(metricProviders);
    expect([...metricProviders.values()].reduce((a, b) => a + b, 0)).toBe(answered.length);
    expect(o.ok).toBe(answered.length);

    // Denials: the same in both (2), and the 403s in gateway_requests_total are exactly these.
    expect(o.denied).toBe(2);
    expect(deniedOf(T)).toBe(o.denied);
    const forbidden = requests.filter((s) => s.labels.status === '403').reduce((a, s) => a + s.value, 0);
    expect(forbidden).toBe(o.denied);

    // Where they differ, by definition: the 400 is HTTP traffic without a decision…
    const http = requests.reduce((a, s) => a + s.value, 0);
    expect(o.requests).toBe(answered.length + 2);
    expect(http).toBe(o.requests + 1);
    // …and a budget refusal is a denial for /metrics but a routed, refused decision for the Overview.
    const p = await overview(POOR);
    const refused = poor.filter((s) => s === 429).length;
    expect(deniedOf(POOR)).toBe(refused);
    expect(p.denied).toBe(0);
    expect(p.routed).toBe(poor.length);
    expect(p.requests).toBe(poor.length);
  });
});
