import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';

/** An arbitrary constant: the advisory lock that serialises migrations across gateway processes. */
const MIGRATION_LOCK = 7301453;

export interface MigrationOptions {
  /** A role that may create tables, roles and triggers (the owner), not the application role. */
  url: string;
  timeoutMs: number;
  /** PGlite serves one session: no separate lock connection there. */
  singleSession: boolean;
}

/** TypeORM is used for migrations only (`synchronize` off): the schema comes only from migrations/. */
function migrationSource(o: MigrationOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: o.url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    logging: false,
    // The lock holds one connection while TypeORM runs the migrations (and reads its table) on others.
    extra: { max: o.singleSession ? 1 : 4, connectionTimeoutMillis: Math.max(o.timeoutMs, 10000) },
  });
}

async function withSource<T>(o: MigrationOptions, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = migrationSource(o);
  await ds.initialize();
  // A connection lost while migrating fails the migration (and the start), not the process.
  (ds.driver as unknown as { master?: { on(e: 'error', f: () => void): void } }).master?.on('error', () => undefined);
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
  }
}

/** Applies pending migrations; several processes starting at once take turns instead of racing. */
export function runMigrations(o: MigrationOptions): Promise<string[]> {
  return withSource(o, async (ds) => {
    if (o.singleSession) return (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name);
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
  });
}

/** True when migrations are pending (production refuses to start then). */
export function hasPendingMigrations(o: MigrationOptions): Promise<boolean> {
  return withSource(o, (ds) => ds.showMigrations());
}
