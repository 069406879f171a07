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

/** An arbitrary constant: the advisory lock that serialises migrations across gateway processes. */
const MIGRATION_LOCK = 7301453;

/** Applies pending migrations; several processes starting at once take turns instead of racing. */
export async function runMigrations(ds: DataSource): Promise<string[]> {
  // A pool of one (PGlite, one process by construction) cannot hold the lock and migrate at once.
  const poolSize = (ds.options.extra as { max?: number } | undefined)?.max ?? 10;
  if (poolSize < 2) return (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name);
  const lock = ds.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const done = await ds.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}
