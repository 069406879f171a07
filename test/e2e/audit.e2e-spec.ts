import { verifyExport, verifyNote, parseNote, type VerifyResult } from '@libs/ledger';
import { startTestGateway, type TestGateway } from '../support/gateway';

/** The audit trail over HTTP: export, checkpoints, entries, proofs, access rules (SPEC §7). */
describe('audit API', () => {
  let t: TestGateway;
  let vkey: string;

  const get = (path: string, key: string) => t.get(path, key);
  const chat = (key: string, content: string) => t.chat(key, { model: 'auto', messages: [{ role: 'user', content }] });

  beforeAll(async () => {
    t = await startTestGateway({ LEDGER_CHECKPOINT_INTERVAL_MS: '200' });
    for (let i = 0; i < 5; i++) await chat(t.keys.tenants['demo-us'] as string, `hello ${i}`);
    await chat(t.keys.tenants['demo-eu'] as string, 'bonjour');
    vkey = (await (await get('/v1/audit/public-key', t.keys.compliance)).text()).trim();
  });
  afterAll(() => t.close());

  it('serves the verifier key in signed-note format', () => {
    expect(vkey).toMatch(/^llm-gateway-ledger\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+$/);
  });

  it('exports a tenant log that verifies offline, with nothing of another tenant', async () => {
    const res = await get('/v1/audit/export?tenant=demo-us&format=jsonl', t.keys.compliance);
    expect(res.status).toBe(200);
    const text = await res.text();
    const result: VerifyResult = verifyExport(text, vkey);
    expect(result).toMatchObject({ ok: true, tenant: 'demo-us' });
    expect(text).not.toContain('demo-eu');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string });
    expect(lines[0]).toMatchObject({ type: 'header', format: 'ledger-export/v1', mode: 'full', tenant: 'demo-us' });
    expect(lines[lines.length - 1]?.type === 'checkpoint' || lines[lines.length - 1]?.type === 'consistency').toBe(true);
  });

  it('records each export as an export_event entry', async () => {
    await (await get('/v1/audit/export?tenant=demo-eu', t.keys.compliance)).text();
    const res = await get('/v1/audit/entries?tenant=demo-eu&kind=export_event', t.keys.compliance);
    const page = (await res.json()) as { data: { kind: string; leaf: { key_id: string; format: string } }[] };
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data[0]?.leaf).toMatchObject({ format: 'jsonl' });
  });

  it('writes signed checkpoints on its own while the log moves', async () => {
    await chat(t.keys.tenants['demo-us'] as string, 'one more');
    await new Promise((r) => setTimeout(r, 600));
    const cp = (await (await get('/v1/audit/checkpoint?tenant=demo-us', t.keys.compliance)).json()) as { tree_size: number; note: string };
    expect(cp.tree_size).toBeGreaterThan(10);
    expect(verifyNote(cp.note, vkey).ok).toBe(true);
    expect(parseNote(cp.note)?.body.split('\n')[1]).toBe(String(cp.tree_size));
  });

  it('gives inclusion proofs for single entries', async () => {
    const res = await get('/v1/audit/entries/3/proof?tenant=demo-us', t.keys.compliance);
    expect(res.status).toBe(200);
    const p = (await res.json()) as { checkpoint: { verified: boolean } | null; proof: string[] };
    expect(p.checkpoint?.verified).toBe(true);
  });

  it('pages entries with a cursor', async () => {
    const first = (await (await get('/v1/audit/entries?tenant=demo-us&limit=3', t.keys.compliance)).json()) as {
      data: { seq: number }[];
      next_cursor: string;
    };
    expect(first.data.map((e) => e.seq)).toEqual([0, 1, 2]);
    const second = (await (
      await get(`/v1/audit/entries?tenant=demo-us&limit=3&cursor=${first.next_cursor}`, t.keys.compliance)
    ).json()) as {
      data: { seq: number }[];
    };
    expect(second.data[0]?.seq).toBe(3);
  });

  it('exports partial (time range) with inclusion proofs that verify, and CSV', async () => {
    const from = new Date(Date.now() - 3600_000).toISOString();
    const partial = await (await get(`/v1/audit/export?tenant=demo-us&from=${encodeURIComponent(from)}`, t.keys.compliance)).text();
    expect(verifyExport(partial, vkey)).toMatchObject({ ok: true, mode: 'partial' });
    const csv = await get('/v1/audit/export?tenant=demo-us&format=csv', t.keys.compliance);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toContain('seq');
  });

  it('keeps tenants apart: a tenant key cannot read another tenant (404), invoke keys cannot read audit (403)', async () => {
    expect((await get('/v1/audit/export?tenant=demo-us', t.keys.tenants['demo-eu'] as string)).status).toBe(403);
    expect((await get('/v1/audit/export', t.keys.compliance)).status).toBe(400);
    expect((await get('/v1/audit/export?tenant=nobody', t.keys.compliance)).status).toBe(404);
    const tenants = t.gw.app.get((await import('../../src/tenants/tenants.service')).TenantsService);
    const officer = await tenants.createKey('demo-eu', 'compliance-officer', 'eu officer');
    expect((await get('/v1/audit/export?tenant=demo-us', officer.token)).status).toBe(404);
    const own = await get('/v1/audit/export', officer.token);
    expect(own.status).toBe(200);
    expect(verifyExport(await own.text(), vkey)).toMatchObject({ ok: true, tenant: 'demo-eu' });
  });
});
