import { Client } from 'pg';
import type { DataSource } from 'typeorm';
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

/** How long migrations wait to connect (and the fast check to query): at least 10 s, for a server still starting. */
const waitMs = (o: MigrationOptions): number => Math.max(o.timeoutMs, 10000);

/**
 * TypeORM is used for migrations only (`synchronize` off): the schema comes only from migrations/. It is
 * loaded only when a migration is pending: its 300 modules cost a running gateway about 25 MiB of memory.
 */
async function migrationSource(o: MigrationOptions): Promise<DataSource> {
  const { DataSource } = await import('typeorm');
  return new DataSource({
    type: 'postgres',
    url: o.url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    logging: false,
    // The lock holds one connection while TypeORM runs the migrations (and reads its table) on others.
    extra: { max: o.singleSession ? 1 : 4, connectionTimeoutMillis: waitMs(o) },
  });
}

async function withSource<T>(o: MigrationOptions, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = await migrationSource(o);
  await ds.initialize();
  // A connection lost while migrating fails the migration (and the start), not the process.
  (ds.driver as unknown as { master?: { on(e: 'error', f: () => void): void } }).master?.on('error', () => undefined);
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
  }
}

/**
 * True when TypeORM's `migrations` table lists every migration of this build: one query with `pg`, so a
 * start with nothing to migrate never loads TypeORM. Anything else (no table yet, a name missing, an
 * error) answers false and leaves the decision to TypeORM.
 */
async function allApplied(o: MigrationOptions): Promise<boolean> {
  const client = new Client({
    connectionString: o.url,
    connectionTimeoutMillis: waitMs(o),
    query_timeout: waitMs(o),
  });
  client.on('error', () => undefined); // a connection lost here only means "ask TypeORM"
  try {
    await client.connect();
    const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations');
    const applied = new Set(rows.map((r) => r.name));
    // The name TypeORM records is the instance's `name` field, not necessarily the class name.
    return MIGRATIONS.every((M) => applied.has(new M().name));
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Applies pending migrations; several processes starting at once take turns instead of racing. */
export async function runMigrations(o: MigrationOptions): Promise<string[]> {
  if (await allApplied(o)) return [];
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
export async function hasPendingMigrations(o: MigrationOptions): Promise<boolean> {
  if (await allApplied(o)) return false;
  return withSource(o, (ds) => ds.showMigrations());
}
