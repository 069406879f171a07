import { Inject, Injectable } from '@nestjs/common';
import { CircuitBreakers, LatencyStats } from '@libs/routing';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Per-process routing memory: a circuit breaker and a latency window per provider/model. Not shared
 * across gateway processes (each process learns provider health from its own traffic).
 */
@Injectable()
export class RoutingState {
  readonly breakers: CircuitBreakers;
  readonly latency = new LatencyStats();

  constructor(@Inject(APP_CONFIG) cfg: AppConfig) {
    this.breakers = new CircuitBreakers({ consecutiveFailures: cfg.breakerFailures, cooldownMs: cfg.breakerCooldownMs });
  }
}
