import type { AppConfig } from '../config/app-config';
import type { PolicyService } from '../policy/policy.service';
import { MemorySharedStore } from '../shared-state/memory-store';
import { RateLimitedError, RateLimiter, RateLimitUnavailableError } from './rate-limiter';
import { slidingWindow } from './window';
import type { Principal } from '../tenants/tenants.service';

const principal: Principal = {
  actor: 'key:k1',
  keyId: 'k1',
  via: 'api_key',
  roles: ['invoke'],
  tenant: { id: 't1', region: 'us', floor: 'public', monthlyBudgetUsd: null, suspended: false, tier: null, timeZone: null },
};
const limiter = (rpm: number, tenantRpm?: number, store = new MemorySharedStore()) =>
  new RateLimiter(
    { keyRpm: rpm } as AppConfig,
    { bundle: { tenants: tenantRpm ? [{ id: 't1', region: 'us', keyRequestsPerMinute: tenantRpm }] : [] } } as unknown as PolicyService,
    store,
  );
const refusal = async (p: Promise<void>): Promise<unknown> =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('RateLimiter', () => {
  const t0 = 1_000_000 * 60_000;

  it('allows up to the limit per minute, then refuses with the seconds to wait', async () => {
    const l = limiter(3);
    for (let i = 0; i < 3; i++) await l.take(principal, t0 + i);
    const err = await refusal(l.take(principal, t0 + 10_000));
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterSeconds).toBe(50);
    expect((err as RateLimitedError).code).toBe('rate_limited');
  });

  it('counts across limiters that share a store (two processes, one limit)', async () => {
    const store = new MemorySharedStore();
    const [a, b] = [limiter(4, undefined, store), limiter(4, undefined, store)];
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => refusal((i % 2 ? a : b).take(principal, t0 + i))));
    expect(results.filter((r) => r === null)).toHaveLength(4);
  });

  it('weighs the previous minute so a burst at the boundary cannot double the rate', async () => {
    const l = limiter(10);
    for (let i = 0; i < 10; i++) await l.take(principal, t0 + 59_000 + i);
    expect(await refusal(l.take(principal, t0 + 60_500))).toBeInstanceOf(RateLimitedError);
    expect(await refusal(l.take(principal, t0 + 119_000))).toBeNull();
  });

  it('fails closed with 503 rate_limit_unavailable when the store cannot be reached', async () => {
    const store = new MemorySharedStore();
    store.failing = true;
    const err = await refusal(limiter(5, undefined, store).take(principal, t0));
    expect(err).toBeInstanceOf(RateLimitUnavailableError);
    expect((err as RateLimitUnavailableError).code).toBe('rate_limit_unavailable');
    expect((err as RateLimitUnavailableError).message).toMatch(/cannot check it/);
  });

  it('uses the tenant limit from the policy over the default, and 0 means unlimited (no store call)', async () => {
    expect(limiter(100, 2).limitFor(principal)).toBe(2);
    const store = new MemorySharedStore();
    store.failing = true;
    const free = limiter(0, undefined, store);
    for (let i = 0; i < 100; i++) await free.take(principal, t0 + i);
  });
});

describe('slidingWindow', () => {
  it('gives the minute start, the weight of the previous minute and the seconds left', () => {
    expect(slidingWindow(120_000)).toEqual({ windowStart: 120_000, previousWeight: 1, retryAfterSeconds: 60 });
    expect(slidingWindow(150_000)).toEqual({ windowStart: 120_000, previousWeight: 0.5, retryAfterSeconds: 30 });
    expect(slidingWindow(179_999).retryAfterSeconds).toBe(1);
  });
});
