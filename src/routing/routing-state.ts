import { Injectable } from '@nestjs/common';
import { CircuitBreakers, LatencyStats } from '@libs/routing';

/**
 * Per-process routing memory: a circuit breaker and a latency window per provider/model. Not shared
 * across gateway processes (each process learns provider health from its own traffic).
 */
@Injectable()
export class RoutingState {
  readonly breakers = new CircuitBreakers();
  readonly latency = new LatencyStats();
}
