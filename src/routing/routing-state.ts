import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { LatencyStats } from '@libs/routing';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppLogger } from '../observability/app-logger';
import { SharedStore } from '../shared-state/shared-store';
import { SharedBreakers } from './shared-breakers';

/**
 * Routing memory. Circuit breakers and upstream retry-after blocks are shared across processes and hosts
 * (see SharedBreakers). The latency window stays per process on purpose: it only ranks candidates inside
 * the permitted set for `fastest`/`balanced`, every process measures the same providers from the same
 * network, and a process with no samples yet falls back to the strategy's default order; it never
 * widens what is permitted.
 */
@Injectable()
export class RoutingState implements OnModuleInit, OnApplicationShutdown {
  readonly breakers: SharedBreakers;
  readonly latency = new LatencyStats();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
    private readonly store: SharedStore,
    private readonly log: AppLogger,
  ) {
    this.breakers = new SharedBreakers(
      { consecutiveFailures: cfg.breakerFailures, cooldownMs: cfg.breakerCooldownMs },
      store,
      log,
      cfg.breakerScope,
    );
  }

  async onModuleInit(): Promise<void> {
    await this.breakers.refresh();
    let ticks = 0;
    this.timer = setInterval(() => {
      void this.breakers.refresh();
      // Old counters and expired blocks: about once a minute, by whichever process gets there.
      if (++ticks % Math.max(1, Math.round(60_000 / this.cfg.sharedStateRefreshMs)) === 0) {
        this.store.prune(Date.now() - 180_000).catch(() => this.log.debug({ store: this.store.kind }, 'shared state prune failed'));
      }
    }, this.cfg.sharedStateRefreshMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
