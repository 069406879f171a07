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

  /** Cheap liveness probe for /readyz. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    if (this.embedded) await this.embedded.stop();
  }
}
