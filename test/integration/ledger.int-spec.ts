import { Client } from 'pg';
import { Database } from '../../src/database/database';
import { runMigrations } from '../../src/database/migrations';
import { LedgerRepository } from '../../src/ledger/ledger.repository';
import { GroupCommitAppender, leafHash } from '@libs/ledger';

/** The ledger on the real database of the run (PostgreSQL 15 in CI, or the embedded PGlite). */
describe('ledger_entry on PostgreSQL', () => {
  const url = process.env.DATABASE_URL as string;
  const pool = Number(process.env.DATABASE_POOL_SIZE ?? 4);
  let owner: Client;
  let db: Database;
  let repo: LedgerRepository;
  const tenant = `int-${Date.now()}`;

  beforeAll(async () => {
    await runMigrations({ url, timeoutMs: 5000, singleSession: pool < 2 });
    db = new Database({ url, poolSize: pool, timeoutMs: 5000 });
    repo = new LedgerRepository(db);
    owner = new Client({ connectionString: url });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await db.close();
  });
  const ownerRows = async <T extends object>(sql: string, params: unknown[]): Promise<T[]> => (await owner.query<T>(sql, params)).rows;

  const entry = (i: number) => ({ tenant, kind: 'routing_decision' as const, requestId: `r${i}`, body: { n: i } });

  it('stores the exact hashed bytes with dense per-tenant sequence numbers under concurrency', async () => {
    const appender = new GroupCommitAppender(repo, { maxBatch: 50, maxQueue: 10000 });
    const leaves = await Promise.all(Array.from({ length: 300 }, (_, i) => appender.append(entry(i))));
    expect(leaves.map((l) => l.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    const rows = await db.platform('test').many<{
      seq: string;
      leaf: Buffer;
      leaf_hash: Buffer;
    }>('SELECT seq, leaf, leaf_hash FROM ledger_entry WHERE tenant_id = $1 ORDER BY seq', [tenant]);
    expect(rows).toHaveLength(300);
    for (const r of rows) {
      expect(leafHash(r.leaf).equals(r.leaf_hash)).toBe(true);
      expect((JSON.parse(r.leaf.toString('utf8')) as { seq: number }).seq).toBe(Number(r.seq));
    }
  });

  it('keeps sequence numbers dense across two independent connection pools (two processes)', async () => {
    if (process.env.GW_TEST_DB_KIND === 'embedded') return; // PGlite is one session: one process only
    const t2 = `${tenant}-two`;
    const db2 = new Database({ url, poolSize: 4, timeoutMs: 5000 });
    try {
      const a = new GroupCommitAppender(new LedgerRepository(db), { maxBatch: 20, maxQueue: 10000 });
      const b = new GroupCommitAppender(new LedgerRepository(db2), { maxBatch: 20, maxQueue: 10000 });
      const mk = (i: number) => ({ ...entry(i), tenant: t2 });
      await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).append(mk(i))));
      const rows = await ownerRows<{ seq: string }>('SELECT seq FROM ledger_entry WHERE tenant_id = $1 ORDER BY seq', [t2]);
      expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 200 }, (_, i) => i));
    } finally {
      await db2.close();
    }
  });

  it('leaves no gap and no orphan when the database aborts a batch', async () => {
    const t3 = `${tenant}-abort`;
    const t4 = `${tenant}-abort2`;
    await repo.appendBatch([{ ...entry(0), tenant: t3 }]);
    // The second tenant's rows violate a CHECK: the whole transaction, t3's head move included, rolls back.
    const bad = { ...entry(2), tenant: t4, kind: 'not_a_kind' as 'routing_decision' };
    await expect(repo.appendBatch([{ ...entry(1), tenant: t3 }, bad])).rejects.toThrow(/check constraint/);
    const [next] = await repo.appendBatch([{ ...entry(3), tenant: t3 }]);
    expect(next?.seq).toBe(1);
    const rows = await ownerRows<{ seq: string }>('SELECT seq FROM ledger_entry WHERE tenant_id = ANY($1) ORDER BY tenant_id, seq', [
      [t3, t4],
    ]);
    expect(rows.map((r) => Number(r.seq))).toEqual([0, 1]);
  });

  it('notices when another process moved the head and re-encodes with the right sequence numbers', async () => {
    const t5 = `${tenant}-cas`;
    const other = new LedgerRepository(db);
    await repo.appendBatch([{ ...entry(0), tenant: t5 }]); // repo now remembers head 1
    await other.appendBatch([
      { ...entry(1), tenant: t5 },
      { ...entry(2), tenant: t5 },
    ]); // head 3 behind repo's back
    const [leaf] = await repo.appendBatch([{ ...entry(3), tenant: t5 }]);
    expect(leaf?.seq).toBe(3);
    expect((JSON.parse(leaf?.leaf.toString('utf8') ?? '{}') as { seq: number }).seq).toBe(3);
  });

  it.each([
    ['UPDATE', `UPDATE ledger_entry SET kind = 'x' WHERE tenant_id = '${tenant}'`],
    ['DELETE', `DELETE FROM ledger_entry WHERE tenant_id = '${tenant}'`],
    ['TRUNCATE', 'TRUNCATE ledger_entry'],
  ])('refuses %s as gateway_app', async (_op, sql) => {
    await expect(db.platform('test').none(sql)).rejects.toThrow(/permission denied|append-only|must be owner/);
  });

  it.each([
    ['UPDATE', `UPDATE ledger_entry SET kind = 'x' WHERE tenant_id = '${tenant}'`],
    ['DELETE', `DELETE FROM ledger_entry WHERE tenant_id = '${tenant}'`],
    ['TRUNCATE', 'TRUNCATE ledger_entry'],
  ])('refuses %s even for the owner with session_replication_role = replica (ENABLE ALWAYS triggers)', async (_op, sql) => {
    try {
      await owner.query('BEGIN');
      await owner.query(`SET LOCAL session_replication_role = replica`);
      await expect(owner.query(sql)).rejects.toThrow(/append-only/);
    } finally {
      await owner.query('ROLLBACK');
    }
  });

  it('grants gateway_app only SELECT and INSERT on ledger_entry', async () => {
    const rows = await ownerRows<{ privilege_type: string }>(
      `SELECT privilege_type FROM information_schema.role_table_grants WHERE grantee = 'gateway_app' AND table_name = 'ledger_entry' ORDER BY 1`,
      [],
    );
    expect(rows.map((r) => r.privilege_type)).toEqual(['INSERT', 'SELECT']);
  });
});
