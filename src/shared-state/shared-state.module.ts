import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { Database } from '../database/database';
import { DatabaseModule } from '../database/database.module';
import { AppLogger } from '../observability/app-logger';
import { ObservabilityModule } from '../observability/observability.module';
import { PgSharedStore } from './shared-state.repository';
import { SharedStore } from './shared-store';

/** ioredis is loaded only when REDIS_URL is set. */
async function openStore(cfg: AppConfig, db: Database, log: AppLogger): Promise<SharedStore> {
  if (!cfg.redisUrl) return new PgSharedStore(db);
  const { RedisStore } = await import('./redis-store');
  return new RedisStore(cfg.redisUrl, cfg.redisKeyPrefix, cfg.breakerScope, cfg.dbTimeoutMs, log);
}

/** The store of state shared across processes and hosts (rate limits, provider blocks). */
@Module({
  imports: [ConfigModule, DatabaseModule, ObservabilityModule],
  providers: [{ provide: SharedStore, inject: [APP_CONFIG, Database, AppLogger], useFactory: openStore }],
  exports: [SharedStore],
})
export class SharedStateModule implements OnApplicationShutdown {
  constructor(@Inject(SharedStore) private readonly store: SharedStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
