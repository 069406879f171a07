import { AppLogger } from '../observability/app-logger';
import { MemorySharedStore } from '../shared-state/memory-store';
import { SharedBreakers } from './shared-breakers';

const A = { provider: 'a', model: 'x' };
const log = new AppLogger('silent', null);
const flush = () => new Promise((r) => setImmediate(r));

describe('SharedBreakers', () => {
  it('a breaker opened in one process refuses calls in another once it has refreshed', async () => {
    const store = new MemorySharedStore();
    const one = new SharedBreakers({ consecutiveFailures: 2, cooldownMs: 60_000 }, store, log);
    const two = new SharedBreakers({ consecutiveFailures: 2, cooldownMs: 60_000 }, store, log);
    for (let i = 0; i < 2; i++) {
      const d = one.acquire(A);
      if (!d.allowed) throw new Error('refused too early');
      one.record(d.permit, 'failure');
    }
    await flush();
    expect(two.acquire(A).allowed).toBe(true); // not refreshed yet: the documented staleness
    await two.refresh();
    const d = two.acquire(A);
    expect(d).toMatchObject({ allowed: false, reason: 'breaker_open' });
    expect(two.sharedBlocks()).toEqual([expect.objectContaining({ provider: 'a', model: 'x', reason: 'breaker_open' })]);
  });

  it('shares an upstream retry-after, and keeps the last copy when the store becomes unreadable', async () => {
    const store = new MemorySharedStore();
    const one = new SharedBreakers({}, store, log);
    const two = new SharedBreakers({}, store, log);
    one.rateLimit(A, 30_000);
    await flush();
    await two.refresh();
    store.failing = true;
    await two.refresh();
    expect(two.acquire(A)).toMatchObject({ allowed: false, reason: 'rate_limited' });
  });

  it('separates scopes (gateways that share a store but not their breakers)', async () => {
    const store = new MemorySharedStore();
    const one = new SharedBreakers({}, store, log, 'blue');
    const other = new SharedBreakers({}, store, log, 'green');
    one.rateLimit(A, 30_000);
    await flush();
    await other.refresh();
    expect(other.acquire(A).allowed).toBe(true);
  });
});
