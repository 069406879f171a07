import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TENANT_OWNED as ISOLATED } from '../../migrations/1765200000000-tenant-isolation';
import { TENANT_OWNED_POLICY } from '../../migrations/1765400000000-policy-versions';
import { TENANT_OWNED_EVAL } from '../../migrations/1765700000000-eval-runs';

const TENANT_OWNED = [...ISOLATED, ...TENANT_OWNED_POLICY, ...TENANT_OWNED_EVAL];
import { Database } from '../../src/database/database';
import { runMigrations } from '../../src/database/migrations';

/**
 * Tenant isolation that the database enforces (SPEC §8), connected as the app (`gateway_app`): without the
 * tenant setting a tenant-owned table looks empty; with tenant A's, no statement reads, changes or inserts
 * tenant B's rows, even when its SQL forgets the WHERE.
 */
describe('row-level security on every tenant-owned table', () => {
  const url = process.env.DATABASE_URL as string;
  const pool = Number(process.env.DATABASE_POOL_SIZE ?? 4);
  const run = randomBytes(3).toString('hex');
  const A = `rls-a-${run}`;
  const B = `rls-b-${run}`;
  let owner: Client;
  let db: Database;

  /** Two rows per table, one per tenant, written as the owner (who is not subject to the policies). */
  async function seed(t: string, n: number): Promise<void> {
    const leaf = Buffer.from(`{"t":"${t}"}`);
    const hash = randomBytes(32);
    await owner.query(`INSERT INTO tenant (id, region) VALUES ($1, 'us')`, [t]);
    await owner.query(`INSERT INTO api_key (key_id, tenant_id, roles, secret_sha256) VALUES ($1, $2, '{invoke}', $3)`, [
      `k${n}${run}`,
      t,
      hash,
    ]);
    await owner.query(`INSERT INTO tenant_spend (tenant_id, month) VALUES ($1, '2026-12-01')`, [t]);
    await owner.query(`INSERT INTO budget_hold (tenant_id, decision_seq, month, amount_nusd) VALUES ($1, 0, '2026-12-01', 5)`, [t]);
    await owner.query(`INSERT INTO ledger_head (tenant_id, size) VALUES ($1, 1)`, [t]);
    await owner.query(
      `INSERT INTO ledger_entry (tenant_id, seq, kind, created_at, leaf, leaf_hash) VALUES ($1, 0, 'tenant_event', now(), $2, $3)`,
      [t, leaf, hash],
    );
    await owner.query(`INSERT INTO ledger_checkpoint (tenant_id, tree_size, root_hash, note) VALUES ($1, 1, $2, 'note')`, [t, hash]);
    await owner.query(`INSERT INTO ledger_sweep (tenant_id, next_seq) VALUES ($1, 0)`, [t]);
    const vseq = 900000000 + n * 1000 + Math.floor(Math.random() * 1000);
    await owner.query(
      `INSERT INTO policy_version (id, seq, scope, tenant_id, state, document, content_hash, author) VALUES ($1, $2, $3, $4, 'draft', '{}', 'h', 'test')`,
      [`v${vseq}`, vseq, `tenant:${t}`, t],
    );
    const id = `${n}${run}`
      .replace(/[^a-z0-9]/g, '')
      .padEnd(20, '0')
      .slice(0, 20);
    await owner.query(
      `INSERT INTO eval_run (id, tenant_id, key_id, actor, task_set_hash, target_names, state) VALUES ($1, $2, 'k', 'key:k', repeat('a', 64), '[]', 'open')`,
      [`ev_${id}`, t],
    );
    await owner.query(
      `INSERT INTO drift_run (id, tenant_id, route, baseline, drift, metrics, counts) VALUES ($1, $2, 'default', true, false, '{}', '{}')`,
      [`dr_${id}`, t],
    );
  }

  beforeAll(async () => {
    await runMigrations({ url, timeoutMs: 5000, singleSession: pool < 2 });
    owner = new Client({ connectionString: url });
    owner.on('error', () => undefined);
    await owner.connect();
    await seed(A, 1);
    await seed(B, 2);
    db = new Database({ url, poolSize: pool, timeoutMs: 2000 });
  });
  afterAll(async () => {
    await db.close();
    await owner.end();
  });

  it('the app role is not a superuser, has no BYPASSRLS and owns no tenant-owned table; every such table has RLS on', async () => {
    const role = await owner.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'gateway_app'`,
    );
    expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
    const tables = await owner.query<{ relname: string; relrowsecurity: boolean; owner: string; policies: string }>(
      `SELECT c.relname, c.relrowsecurity, pg_get_userbyid(c.relowner) AS owner,
              (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid)::text AS policies
       FROM pg_class c WHERE c.relname = ANY($1) AND c.relkind = 'r' ORDER BY c.relname`,
      [TENANT_OWNED.map(([t]) => t)],
    );
    expect(tables.rows).toHaveLength(TENANT_OWNED.length);
    for (const t of tables.rows)
      expect(t).toEqual({ relname: t.relname, relrowsecurity: true, owner: expect.not.stringMatching(/^gateway_app$/), policies: '1' });
    // Every table a migration creates with a tenant column is in the list (so the next one cannot be forgotten).
    const withTenant = await owner.query<{ table_name: string }>(
      `SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id'`,
    );
    for (const { table_name } of withTenant.rows) expect(TENANT_OWNED.map(([t]) => t)).toContain(table_name);
  });

  it.each(TENANT_OWNED.map(([table, column]) => [table, column]))(
    '%s: nothing without the tenant setting, only A with A',
    async (table, column) => {
      expect(await db.many(`SELECT * FROM ${table} WHERE ${column} IN ($1, $2)`, [A, B])).toEqual([]);
      // No WHERE at all, on purpose: the policy alone keeps B out.
      const rows = await db.forTenant(A).many<Record<string, unknown>>(`SELECT ${column} AS t FROM ${table}`);
      expect(rows.map((r) => r.t)).toEqual([A]);
      const both = await db
        .platform('test: the explicit platform path')
        .many<{ t: string }>(`SELECT ${column} AS t FROM ${table} WHERE ${column} IN ($1, $2) ORDER BY 1`, [A, B]);
      expect(both.map((r) => r.t)).toEqual([A, B]);
    },
  );

  it.each([
    ['tenant', `UPDATE tenant SET region = 'eu'`, `SELECT region AS v FROM tenant WHERE id = $1`],
    ['api_key', `UPDATE api_key SET revoked_at = now()`, `SELECT revoked_at IS NOT NULL AS v FROM api_key WHERE tenant_id = $1`],
    ['tenant_spend', `UPDATE tenant_spend SET spent_nusd = 99`, `SELECT spent_nusd::int AS v FROM tenant_spend WHERE tenant_id = $1`],
    ['ledger_head', `UPDATE ledger_head SET size = 7`, `SELECT size::int AS v FROM ledger_head WHERE tenant_id = $1`],
    ['ledger_sweep', `UPDATE ledger_sweep SET next_seq = 7`, `SELECT next_seq::int AS v FROM ledger_sweep WHERE tenant_id = $1`],
    ['budget_hold', `DELETE FROM budget_hold`, `SELECT count(*)::int AS v FROM budget_hold WHERE tenant_id = $1`],
    ['policy_version', `UPDATE policy_version SET state = 'rejected'`, `SELECT state AS v FROM policy_version WHERE tenant_id = $1`],
  ])('%s: a change with no WHERE, made for A, leaves B untouched', async (_table, change, probe) => {
    const bBefore = await owner.query(probe, [B]);
    const aBefore = await owner.query(probe, [A]);
    const changed = await db.forTenant(A).none(change);
    expect(changed).toBe(1);
    expect((await owner.query(probe, [B])).rows).toEqual(bBefore.rows);
    expect((await owner.query(probe, [A])).rows).not.toEqual(aBefore.rows);
  });

  it.each([
    ['tenant', `INSERT INTO tenant (id, region) VALUES ('${B}-2', 'us')`],
    [
      'api_key',
      `INSERT INTO api_key (key_id, tenant_id, roles, secret_sha256) VALUES ('x${run}', '${B}', '{invoke}', decode(repeat('00', 32), 'hex'))`,
    ],
    ['tenant_spend', `INSERT INTO tenant_spend (tenant_id, month) VALUES ('${B}', '2027-01-01')`],
    ['budget_hold', `INSERT INTO budget_hold (tenant_id, decision_seq, month, amount_nusd) VALUES ('${B}', 9, '2026-12-01', 1)`],
    ['ledger_head', `INSERT INTO ledger_head (tenant_id, size) VALUES ('${B}-3', 0)`],
    [
      'ledger_entry',
      `INSERT INTO ledger_entry (tenant_id, seq, kind, created_at, leaf, leaf_hash) VALUES ('${B}', 5, 'tenant_event', now(), '\\x00', decode(repeat('00', 32), 'hex'))`,
    ],
    ['ledger_checkpoint', `INSERT INTO ledger_checkpoint (tenant_id, tree_size, root_hash, note) VALUES ('${B}', 5, '\\x00', 'n')`],
    ['ledger_sweep', `INSERT INTO ledger_sweep (tenant_id, next_seq) VALUES ('${B}-4', 0)`],
    [
      'policy_version',
      `INSERT INTO policy_version (id, seq, scope, tenant_id, state, document, content_hash, author) VALUES ('v8${run.replace(/\D/g, '').slice(0, 5) || '1'}', 8, 'tenant:${B}', '${B}', 'draft', '{}', 'h', 'x')`,
    ],
  ])('%s: acting for A, a row of another tenant cannot be inserted', async (_table, insert) => {
    await expect(db.forTenant(A).none(insert)).rejects.toThrow(/row-level security/);
    await expect(db.none(insert)).rejects.toThrow(/row-level security/);
  });
});
