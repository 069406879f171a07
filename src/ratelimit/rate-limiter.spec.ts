import type { AppConfig } from '../config/app-config';
import type { PolicyService } from '../policy/policy.service';
import { RateLimitedError, RateLimiter } from './rate-limiter';

const principal = { keyId: 'k1', role: 'invoke' as const, tenant: { id: 't1', region: 'us', floor: 'public' as const, monthlyBudgetUsd: null } };
const limiter = (rpm: number, tenantRpm?: number) =>
  new RateLimiter({ keyRpm: rpm } as AppConfig, { bundle: { tenants: tenantRpm ? [{ id: 't1', region: 'us', keyRequestsPerMinute: tenantRpm }] : [] } } as unknown as PolicyService);

describe('RateLimiter', () => {
  it('allows up to the limit per minute, then refuses with the seconds to wait', () => {
    const l = limiter(3);
    const t0 = 1_000_000 * 60_000;
    for (let i = 0; i < 3; i++) l.take(principal, t0 + i);
    let err: unknown;
    try {
      l.take(principal, t0 + 10_000);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterSeconds).toBe(50);
    expect((err as RateLimitedError).code).toBe('rate_limited');
  });

  it('weighs the previous minute so a burst at the boundary cannot double the rate', () => {
    const l = limiter(10);
    const t0 = 1_000_000 * 60_000;
    for (let i = 0; i < 10; i++) l.take(principal, t0 + 59_000 + i);
    expect(() => l.take(principal, t0 + 60_500)).toThrow(RateLimitedError);
    expect(() => l.take(principal, t0 + 119_000)).not.toThrow();
  });

  it('uses the tenant limit from the policy over the default, and 0 means unlimited', () => {
    expect(limiter(100, 2).limitFor(principal)).toBe(2);
    const free = limiter(0);
    for (let i = 0; i < 1000; i++) free.take(principal, i);
  });
});
