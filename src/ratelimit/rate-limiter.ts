import { Inject, Injectable } from '@nestjs/common';
import { GatewayError } from '@libs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PolicyService } from '../policy/policy.service';
import type { Principal } from '../tenants/tenants.service';

interface Window {
  start: number;
  count: number;
  previous: number;
}

const MINUTE = 60_000;

/**
 * Requests per minute per API key (sliding window approximated from the current and previous fixed
 * minute, as common gateways do). The limit is the tenant's `keyRequestsPerMinute` from the policy, else
 * GATEWAY_KEY_RPM; 0 means unlimited. Per process: with N gateway processes a key gets up to N times it.
 */
@Injectable()
export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
    private readonly policy: PolicyService,
  ) {}

  limitFor(principal: Principal): number {
    const t = principal.tenant ? this.policy.bundle.tenants.find((x) => x.id === principal.tenant?.id) : undefined;
    return t?.keyRequestsPerMinute ?? this.cfg.keyRpm;
  }

  /** Counts one request; throws 429 rate_limited (with the seconds to wait) when over the limit. */
  take(principal: Principal, now = Date.now()): void {
    const limit = this.limitFor(principal);
    if (limit <= 0) return;
    const start = now - (now % MINUTE);
    let w = this.windows.get(principal.keyId);
    if (!w || w.start !== start) {
      const previous = w && w.start === start - MINUTE ? w.count : 0;
      w = { start, count: 0, previous };
      if (this.windows.size > 100_000) this.windows.clear();
      this.windows.set(principal.keyId, w);
    }
    const weight = 1 - (now - start) / MINUTE;
    if (w.count + w.previous * weight + 1 > limit) {
      const retryAfter = Math.max(1, Math.ceil((start + MINUTE - now) / 1000));
      throw new RateLimitedError(retryAfter, limit);
    }
    w.count++;
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
