import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKey, verifyExport } from '@libs/ledger';
import { runAsync } from '../../src/cli/gatewayctl';
import { TenantsService } from '../../src/tenants/tenants.service';
import { startTestGateway, type TestGateway } from '../support/gateway';

/**
 * The ledger against tampering and concurrency, on the run's real database: an edited stored leaf is caught
 * at its seq; an earlier checkpoint is proven a prefix of a later export; two gateway instances appending
 * to one tenant's log at once leave a dense log that verifies, with both entries of every answered request.
 */
describe('ledger integrity', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-ledger-'));
  const keyFile = join(dir, 'ledger.pem');
  writeFileSync(keyFile, generateSigningKey('llm-gateway-ledger').privateKeyPem);
  let a: TestGateway;
  let b: TestGateway | null = null;
  const embedded = process.env.GW_TEST_DB_KIND === 'embedded';

  beforeAll(async () => {
    a = await startTestGateway({ LEDGER_SIGNING_KEY_FILE: keyFile });
    // PGlite is one session: a second instance on it would interleave transactions, so only on PostgreSQL.
    if (!embedded) b = await startTestGateway({ LEDGER_SIGNING_KEY_FILE: keyFile });
  });
  afterAll(async () => {
    await a.close();
    await b?.close();
  });

  const chat = (t: TestGateway, key: string, content: string) => t.chat(key, { model: 'auto', messages: [{ role: 'user', content }] });
  const exportOf = async (t: TestGateway, tenant: string) => (await t.get(`/v1/audit/export?tenant=${tenant}`, t.keys.compliance)).text();
  const vkeyOf = async (t: TestGateway) => (await (await t.get('/v1/audit/public-key', t.keys.compliance)).text()).trim();

  async function cliVerify(exportText: string, vkey: string, prev?: string) {
    const file = join(dir, `e-${Math.random().toString(36).slice(2)}.jsonl`);
    writeFileSync(file, exportText);
    writeFileSync(join(dir, 'v.vkey'), vkey);
    const args = ['ledger', 'verify', file, '--vkey', join(dir, 'v.vkey')];
    if (prev) {
      writeFileSync(join(dir, 'prev.note'), prev);
      args.push('--prev-checkpoint', join(dir, 'prev.note'));
    }
    const err: string[] = [];
    const code = await runAsync(args, { out: () => undefined, err: (l) => err.push(l) });
    return { code, err: err.join('\n') };
  }

  it('proves an earlier checkpoint a prefix of a later export', async () => {
    const key = a.keys.tenants['demo-eu'] as string;
    for (let i = 0; i < 3; i++) expect((await chat(a, key, `first ${i}`)).status).toBe(200);
    const cp1 = (await (await a.get('/v1/audit/checkpoint?tenant=demo-eu', a.keys.compliance)).json()) as {
      note: string;
    };
    for (let i = 0; i < 4; i++) expect((await chat(a, key, `second ${i}`)).status).toBe(200);
    const later = await exportOf(a, 'demo-eu');
    expect(await cliVerify(later, await vkeyOf(a), cp1.note)).toEqual({ code: 0, err: '' });
  });

  it('keeps the log dense and verifiable with two instances appending at once', async () => {
    if (!b) return;
    const gws = [a, b];
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => {
        const gw = gws[i % 2] as TestGateway;
        return chat(gw, gw.keys.tenants['demo-us'] as string, `load ${i}`).then(async (r) => ({
          status: r.status,
          id: r.headers.get('x-request-id'),
        }));
      }),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    const text = await exportOf(a, 'demo-us');
    expect(verifyExport(text, await vkeyOf(a))).toMatchObject({ ok: true });
    const entries = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; seq: number; leaf: string })
      .filter((l) => l.type === 'entry');
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i));
    const kindsByRequest = new Map<string, string[]>();
    for (const e of entries) {
      const leaf = JSON.parse(e.leaf) as { request_id: string; kind: string };
      kindsByRequest.set(leaf.request_id, [...(kindsByRequest.get(leaf.request_id) ?? []), leaf.kind]);
    }
    for (const r of results) expect(kindsByRequest.get(r.id as string)).toEqual(['routing_decision', 'routing_outcome']);
  });

  it('catches a stored leaf edited behind the triggers at its sequence number', async () => {
    // A tenant of its own: a tampered log must not break other tests' exports.
    const tenant = `tamper-${Date.now() % 100000}`;
    const tenants = a.gw.app.get(TenantsService);
    await tenants.upsertTenant({ id: tenant, region: 'us', floor: 'public', monthlyBudgetUsd: null });
    const key = (await tenants.createKey(tenant, 'invoke', 'tamper test')).token;
    for (let i = 0; i < 3; i++) expect((await chat(a, key, `to be tampered ${i}`)).status).toBe(200);
    const row = await a.db
      .platform('test')
      .one<{ s: number }>(`SELECT max(seq)::int AS s FROM ledger_entry WHERE tenant_id = $1 AND kind = 'routing_decision'`, [tenant]);
    const seq = row?.s as number;
    // As the table owner: switch the guard off, rewrite the leaf, switch it back on.
    await a.asOwner(async (q) => {
      await q.query('BEGIN');
      await q.query('ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_no_change');
      await q.query(
        `UPDATE ledger_entry SET leaf = convert_to(replace(convert_from(leaf, 'UTF8'), '"public"', '"internal"'), 'UTF8') WHERE tenant_id = $2 AND seq = $1`,
        [seq, tenant],
      );
      await q.query('ALTER TABLE ledger_entry ENABLE ALWAYS TRIGGER ledger_entry_no_change');
      await q.query('COMMIT');
    });
    const r = await cliVerify(await exportOf(a, tenant), await vkeyOf(a));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`FIRST BAD SEQ: ${seq}`);
  });
});
