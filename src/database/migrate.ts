// `npm run migration:run`: applies pending migrations to DATABASE_URL (production path; dev runs them at boot).
import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { runMigrations } from './migrations';

async function main(): Promise<void> {
  const cfg = loadConfig();
  if (!cfg.databaseUrl) throw new Error('DATABASE_URL is required for migration:run');
  const ran = await runMigrations({ url: cfg.databaseUrl, timeoutMs: cfg.dbTimeoutMs, singleSession: false });
  process.stderr.write(ran.length ? `applied: ${ran.join(', ')}\n` : 'no pending migrations\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
