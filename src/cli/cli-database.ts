import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig, type AppConfig } from '../config/app-config';
import { Database } from '../database/database';
import { embeddedOwnerUrl, PASSWORD_FILE, startEmbeddedDb, type EmbeddedDb } from '../database/embedded-db';
import { runMigrations } from '../database/migrations';

/** Can the embedded database of a running demo gateway be reached? */
async function reachable(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  c.on('error', () => undefined);
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/**
 * Runs `work` on the gateway's database, as the gateway would (role `gateway_app`, row-level security on):
 * DATABASE_URL when set; otherwise the embedded database of a running demo gateway under GATEWAY_DATA_DIR,
 * or, when none runs, that embedded database started for the duration of the command. Pending migrations
 * are applied first outside production (so the first admin key can be made on a fresh install).
 */
export async function withCliDatabase<T>(env: NodeJS.ProcessEnv, work: (db: Database, cfg: AppConfig) => Promise<T>): Promise<T> {
  const cfg = loadConfig(env);
  let embedded: EmbeddedDb | null = null;
  let ownerUrl = cfg.databaseUrl;
  let appUrl = cfg.databaseUrl;
  if (!ownerUrl || !appUrl) {
    const running = existsSync(join(cfg.dataDir, PASSWORD_FILE)) ? embeddedOwnerUrl(cfg.dataDir, cfg.embeddedDbPort) : null;
    if (running && (await reachable(running))) {
      ownerUrl = appUrl = running;
    } else {
      embedded = await startEmbeddedDb(cfg.dataDir, cfg.embeddedDbPort);
      ownerUrl = embedded.ownerUrl;
      appUrl = embedded.localAppUrl;
    }
  }
  const db = new Database({ url: appUrl, poolSize: 1, timeoutMs: cfg.dbTimeoutMs });
  try {
    if (cfg.nodeEnv !== 'production') await runMigrations({ url: ownerUrl, timeoutMs: cfg.dbTimeoutMs, singleSession: true });
    return await work(db, cfg);
  } finally {
    await db.close();
    await embedded?.stop();
  }
}
