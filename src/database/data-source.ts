import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';

export interface DataSourceOptions {
  url: string;
  poolSize: number;
  timeoutMs: number;
}

/** TypeORM over `pg`; `synchronize` is off: the schema comes only from migrations/. */
export function createDataSource(o: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: o.url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    logging: false,
    extra: {
      max: o.poolSize,
      // Fail fast when the database is unreachable: the ledger turns this into 503 audit_unavailable.
      connectionTimeoutMillis: o.timeoutMs,
      query_timeout: o.timeoutMs * 2,
      idleTimeoutMillis: 30000,
      keepAlive: true,
    },
  });
}

export async function runMigrations(ds: DataSource): Promise<string[]> {
  const done = await ds.runMigrations({ transaction: 'each' });
  return done.map((m) => m.name);
}
