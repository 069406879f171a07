import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { AppLogger } from '../observability/app-logger';
import { ObservabilityModule } from '../observability/observability.module';
import { createDataSource, runMigrations } from './data-source';
import { Database } from './database';
import { startEmbeddedDb, type EmbeddedDb } from './embedded-db';

async function openDatabase(cfg: AppConfig, log: AppLogger): Promise<Database> {
  let embedded: EmbeddedDb | null = null;
  let url = cfg.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedDb(cfg.dataDir, cfg.embeddedDbPort);
    url = embedded.url;
    log.info({ port: cfg.embeddedDbPort, dataDir: cfg.dataDir }, 'embedded PostgreSQL (PGlite) started');
  }
  const ds = createDataSource({ url, poolSize: cfg.poolSize, timeoutMs: cfg.dbTimeoutMs });
  await ds.initialize();
  if (cfg.nodeEnv === 'production') {
    if (await ds.showMigrations()) throw new Error('Pending migrations: run `npm run migration:run` first.');
  } else {
    const ran = await runMigrations(ds);
    if (ran.length > 0) log.info({ migrations: ran }, 'migrations applied');
  }
  return new Database(ds, embedded);
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
