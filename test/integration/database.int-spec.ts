import { Client } from 'pg';
import { Database } from '../../src/database/database';
import { runMigrations } from '../../src/database/migrations';
import { TcpProxy } from '../support/tcp-proxy';

/** The database layer on the run's database: named results, pinned settings, and lost connections. */
describe('Database', () => {
  const url = process.env.DATABASE_URL as string;
  const pool = Number(process.env.DATABASE_POOL_SIZE ?? 4);
  const embedded = process.env.GW_TEST_DB_KIND === 'embedded';
  let owner: Client;

  beforeAll(async () => {
    await runMigrations({ url, timeoutMs: 5000, singleSession: pool < 2 });
    owner = new Client({ connectionString: url });
    owner.on('error', () => undefined);
    await owner.connect();
  });
  afterAll(() => owner.end());

  it('returns a script’s results by name, in one transaction', async () => {
    const db = new Database({ url, poolSize: pool, timeoutMs: 2000 });
    try {
      const tenant = `dbnamed-${Date.now() % 1000000}`;
      const r = await db.forTenant(tenant).script({
        head: `INSERT INTO ledger_head (tenant_id, size) VALUES ('${tenant}', 0) RETURNING size`,
        who: 'SELECT current_user AS u',
      });
      expect(r.head.rows).toEqual([{ size: '0' }]);
      expect(r.who.rows).toEqual([{ u: 'gateway_app' }]);
      const t = await db.forTenant(tenant).transaction(async (tx) => ({
        one: await tx.one<{ n: number }>('SELECT 1::int AS n'),
        many: await tx.many<{ n: number }>('SELECT generate_series(1, 3)::int AS n'),
        none: await tx.none('UPDATE ledger_head SET size = 0 WHERE tenant_id = $1', [tenant]),
      }));
      expect(t).toEqual({ one: { n: 1 }, many: [{ n: 1 }, { n: 2 }, { n: 3 }], none: 1 });
      await expect(db.one('SELECT generate_series(1, 2)')).rejects.toThrow(/at most one row/);
    } finally {
      await db.close();
    }
  });

  it('keeps working when someone changes session or database settings (they are pinned per transaction)', async () => {
    const dbName = (await owner.query<{ d: string }>('SELECT current_database() AS d')).rows[0]?.d as string;
    // On PGlite every client shares this one session; on a server, new sessions inherit database settings.
    if (!embedded) {
      await owner.query(`ALTER DATABASE "${dbName}" SET search_path TO ''`);
      await owner.query(`ALTER DATABASE "${dbName}" SET default_transaction_read_only = on`);
    }
    await owner.query(`SET search_path TO ''`);
    await owner.query(`SET default_transaction_read_only = on`);
    await owner.query(`SET statement_timeout = 1`);
    const db = new Database({ url, poolSize: pool, timeoutMs: 2000 });
    try {
      const tenant = `dbpinned-${Date.now() % 1000000}`;
      await db.forTenant(tenant).none('INSERT INTO ledger_head (tenant_id, size) VALUES ($1, 0)', [tenant]);
      expect(await db.forTenant(tenant).one('SELECT size FROM ledger_head WHERE tenant_id = $1', [tenant])).toEqual({ size: '0' });
      await db.probe();
    } finally {
      await db.close();
      await owner.query('RESET search_path; RESET default_transaction_read_only; RESET statement_timeout');
      if (!embedded) {
        await owner.query(`ALTER DATABASE "${dbName}" RESET search_path`);
        await owner.query(`ALTER DATABASE "${dbName}" RESET default_transaction_read_only`);
      }
    }
  });

  it('cannot switch off the ledger guards as gateway_app', async () => {
    const db = new Database({ url, poolSize: pool, timeoutMs: 2000 });
    try {
      await expect(db.none('ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_no_change')).rejects.toThrow(
        /must be owner|permission denied/,
      );
      await expect(db.none('SET LOCAL session_replication_role = replica')).rejects.toThrow(/permission denied/);
    } finally {
      await db.close();
    }
  });

  it('fails the work of a lost connection without an unhandled error, and reconnects by itself', async () => {
    const target = new URL(url);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    const port = await proxy.start();
    const via = new URL(url);
    via.port = String(port);
    const lost: string[] = [];
    const db = new Database({ url: via.toString(), poolSize: 1, timeoutMs: 500, onConnectionError: (e) => lost.push(e.message) });
    try {
      expect(await db.one('SELECT 1::int AS n')).toEqual({ n: 1 }); // one idle connection in the pool now
      // Cut while a transaction holds its connection between two statements, then while the pool is idle.
      const held = db.transaction(async (tx) => {
        await tx.one('SELECT 1');
        await proxy.stop();
        await new Promise((r) => setTimeout(r, 100));
        return tx.one('SELECT 2');
      });
      await expect(held).rejects.toThrow();
      await expect(db.one('SELECT 1')).rejects.toThrow();
      await expect(db.probe()).rejects.toThrow();
      expect(lost.length).toBeGreaterThan(0);
      await proxy.start(port);
      expect(await db.one('SELECT 3::int AS n')).toEqual({ n: 3 });
      await db.probe();
      // An idle connection that dies is dropped from the pool (the pool's 'error' listener), and replaced.
      await proxy.stop();
      await new Promise((r) => setTimeout(r, 100));
      await proxy.start(port);
      expect(await db.one('SELECT 4::int AS n')).toEqual({ n: 4 });
    } finally {
      await proxy.start(port).catch(() => undefined);
      await db.close();
      await proxy.stop();
    }
  });
});
