import type { Duplex } from 'node:stream';
import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { AppLogger } from '../observability/app-logger';
import { ObservabilityModule } from '../observability/observability.module';
import { Database } from './database';
import { EMBEDDED_DURABILITY_WARNING, startEmbeddedDb, type EmbeddedDb } from './embedded-db';
import { hasPendingMigrations, runMigrations } from './migrations';

/**
 * With DATABASE_URL, that URL is used as given, for migrations and for the pool; its login must be allowed
 * to `SET ROLE gateway_app` (a superuser, the owner, or a login granted `gateway_app`: see the README).
 * Without it, the embedded server: migrations as `postgres` (password-checked port), the pool as
 * `gateway_app` over the server's private Unix socket.
 */
async function openDatabase(cfg: AppConfig, log: AppLogger): Promise<Database> {
  let embedded: EmbeddedDb | null = null;
  let ownerUrl = cfg.databaseUrl;
  let appUrl = cfg.databaseUrl;
  let stream: (() => Duplex) | undefined;
  if (!ownerUrl || !appUrl) {
    embedded = await startEmbeddedDb(cfg.dataDir, cfg.embeddedDbPort);
    ownerUrl = embedded.ownerUrl;
    appUrl = embedded.localAppUrl;
    stream = embedded.connectLocal;
    log.info({ port: cfg.embeddedDbPort, dataDir: cfg.dataDir }, 'embedded PostgreSQL (PGlite) started');
    if (cfg.nodeEnv === 'production') log.warn({ event: 'embedded_db_not_durable' }, EMBEDDED_DURABILITY_WARNING);
  }
  try {
    const m = { url: ownerUrl, timeoutMs: cfg.dbTimeoutMs, singleSession: cfg.poolSize < 2 };
    if (cfg.nodeEnv === 'production') {
      if (await hasPendingMigrations(m)) throw new Error('Pending migrations: run `npm run migration:run` first.');
    } else {
      const ran = await runMigrations(m);
      if (ran.length > 0) log.info({ migrations: ran }, 'migrations applied');
    }
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  const db = new Database({
    url: appUrl,
    poolSize: cfg.poolSize,
    stream,
    timeoutMs: cfg.dbTimeoutMs,
    // The message only ("Connection terminated unexpectedly", "ECONNRESET"): never a statement or a value.
    onConnectionError: (err) => log.warn({ err: err.message }, 'database connection lost; the pool reconnects on next use'),
  });
  if (embedded) db.onClosed(() => (embedded as EmbeddedDb).stop());
  return db;
}

@Module({
  imports: [ConfigModule, ObservabilityModule],
  providers: [{ provide: Database, inject: [APP_CONFIG, AppLogger], useFactory: openDatabase }],
  exports: [Database],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly db: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db.close();
  }
}
