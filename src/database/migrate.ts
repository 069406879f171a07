// `npm run migration:run`: applies pending migrations to DATABASE_URL (production path; dev runs them at boot).
import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { createDataSource, runMigrations } from './data-source';

async function main(): Promise<void> {
  const cfg = loadConfig();
  if (!cfg.databaseUrl) throw new Error('DATABASE_URL is required for migration:run');
  const ds = createDataSource({ url: cfg.databaseUrl, poolSize: 1, timeoutMs: cfg.dbTimeoutMs });
  await ds.initialize();
  const ran = await runMigrations(ds);
  process.stderr.write(ran.length ? `applied: ${ran.join(', ')}\n` : 'no pending migrations\n');
  await ds.destroy();
}

main().catch((err: unknown) => {
  process.stderr.write(`migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
