import { Inject, Injectable } from '@nestjs/common';
import { GatewayError } from '@libs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PolicyService } from '../policy/policy.service';
import { SharedStore } from '../shared-state/shared-store';
import type { Principal } from '../tenants/tenants.service';
import { slidingWindow } from './window';

/**
 * Requests per minute per API key, sliding window (see window.ts), counted in the shared store so the
 * limit holds across every process and host of the gateway (Redis when REDIS_URL is set, else
 * PostgreSQL): one round trip per limited request, none for an unlimited key. The limit is the tenant's
 * `keyRequestsPerMinute` from the policy, else GATEWAY_KEY_RPM; 0 means unlimited.
 * Fail closed: when a limit applies and the store cannot be reached, the request is refused with
 * 503 rate_limit_unavailable (a compliance gateway does not let through what it cannot check).
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
    private readonly policy: PolicyService,
    private readonly store: SharedStore,
  ) {}

  limitFor(principal: Principal): number {
    const t = principal.tenant ? this.policy.bundle.tenants.find((x) => x.id === principal.tenant?.id) : undefined;
    return t?.keyRequestsPerMinute ?? this.cfg.keyRpm;
  }

  /** Counts one request; rejects 429 rate_limited over the limit, 503 rate_limit_unavailable when it cannot tell. */
  async take(principal: Principal, now = Date.now()): Promise<void> {
    const limit = this.limitFor(principal);
    if (limit <= 0) return;
    const w = slidingWindow(now);
    let counted: boolean;
    try {
      counted = await this.store.take({ keyId: principal.keyId, windowStart: w.windowStart, previousWeight: w.previousWeight, limit });
    } catch {
      throw new RateLimitUnavailableError(this.store.kind);
    }
    if (!counted) throw new RateLimitedError(w.retryAfterSeconds, limit);
  }
}

export class RateLimitedError extends GatewayError {
  constructor(
    readonly retryAfterSeconds: number,
    limit: number,
  ) {
    super('rate_limited', `This key is limited to ${limit} requests per minute; retry in ${retryAfterSeconds} s.`);
  }
}

export class RateLimitUnavailableError extends GatewayError {
  readonly retryAfterSeconds = 1;

  constructor(store: 'redis' | 'postgres') {
    super(
      'rate_limit_unavailable',
      `This key has a rate limit and the gateway cannot check it (its ${store === 'redis' ? 'Redis' : 'PostgreSQL'} rate-limit store is unreachable); the request was refused, not sent.`,
    );
  }
}
