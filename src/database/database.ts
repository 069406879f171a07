import type { Pool, QueryResult } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import type { EmbeddedDb } from './embedded-db';

/**
 * The one way to the database. Every unit of work runs in a transaction as the application role
 * `gateway_app` (SET LOCAL: transaction-scoped, so pooled and PGlite connections never leak it).
 */
export class Database {
  constructor(
    readonly dataSource: DataSource,
    private readonly embedded: EmbeddedDb | null,
  ) {}

  async asApp<T>(work: (q: QueryRunner) => Promise<T>): Promise<T> {
    const q = this.dataSource.createQueryRunner();
    let ok = false;
    try {
      await q.connect();
      await q.query('BEGIN; SET LOCAL ROLE gateway_app');
      const result = await work(q);
      await q.query('COMMIT');
      ok = true;
      return result;
    } finally {
      if (!ok) await q.query('ROLLBACK').catch(() => undefined);
      await q.release().catch(() => undefined);
    }
  }

  /**
   * Sends several statements as ONE simple-protocol query (one round trip); the caller wraps them in
   * BEGIN ... COMMIT and inlines values as literals it escaped itself (no parameters in this protocol).
   * On error the transaction is rolled back before the connection goes back to the pool.
   */
  script(sql: string): Promise<QueryResult[]> {
    return this.session((run) => run(sql));
  }

  /**
   * Like script(), over several round trips on one held connection (a transaction that must read under a
   * lock before it writes). `run` sends one simple-protocol script; on error the transaction rolls back.
   */
  async session<T>(work: (run: (sql: string) => Promise<QueryResult[]>) => Promise<T>): Promise<T> {
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      return await work(async (sql) => {
        const res = (await client.query(sql)) as unknown as QueryResult | QueryResult[];
        return Array.isArray(res) ? res : [res];
      });
    } catch (err) {
      await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw err;
    } finally {
      client.release(broken);
    }
  }

  /** Cheap liveness probe for /readyz. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    if (this.embedded) await this.embedded.stop();
  }
}
