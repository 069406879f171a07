import { candidateKey, type ModelTarget } from '@libs/routing';
import { SharedStore, type BlockReason, type RateTake, type SharedBlock } from './shared-store';

/**
 * The shared store's contract in memory, for unit specs of its users (one process only: not for running
 * the gateway). `failing = true` makes every call reject, as an unreachable store does.
 */
export class MemorySharedStore extends SharedStore {
  readonly kind = 'redis';
  failing = false;
  private readonly hits = new Map<string, number>();
  private readonly blocked = new Map<string, SharedBlock & { scope: string }>();

  take(t: RateTake): Promise<boolean> {
    if (this.failing) return Promise.reject(new Error('store unreachable'));
    const cur = this.hits.get(`${t.keyId} ${t.windowStart}`) ?? 0;
    const prev = this.hits.get(`${t.keyId} ${t.windowStart - 60_000}`) ?? 0;
    if (cur + prev * t.previousWeight + 1 > t.limit) return Promise.resolve(false);
    this.hits.set(`${t.keyId} ${t.windowStart}`, cur + 1);
    return Promise.resolve(true);
  }

  block(scope: string, target: ModelTarget, reason: BlockReason, untilMs: number): Promise<void> {
    if (this.failing) return Promise.reject(new Error('store unreachable'));
    const key = `${scope} ${reason} ${candidateKey(target)}`;
    const old = this.blocked.get(key);
    if (!old || old.untilMs < untilMs) this.blocked.set(key, { scope, provider: target.provider, model: target.model, reason, untilMs });
    return Promise.resolve();
  }

  unblock(scope: string, target: ModelTarget, reason: BlockReason): Promise<boolean> {
    if (this.failing) return Promise.reject(new Error('store unreachable'));
    return Promise.resolve(this.blocked.delete(`${scope} ${reason} ${candidateKey(target)}`));
  }

  blocks(scope: string, nowMs: number): Promise<SharedBlock[]> {
    if (this.failing) return Promise.reject(new Error('store unreachable'));
    return Promise.resolve([...this.blocked.values()].filter((b) => b.scope === scope && b.untilMs > nowMs));
  }

  prune(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
