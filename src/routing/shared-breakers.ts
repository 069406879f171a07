import {
  candidateKey,
  CircuitBreakers,
  type BreakerDecision,
  type BreakerPermit,
  type BreakerPort,
  type BreakerSnapshot,
  type BreakerVerdict,
  type CircuitBreakerOptions,
  type ModelTarget,
} from '@libs/routing';
import type { AppLogger } from '../observability/app-logger';
import type { BlockReason, SharedBlock, SharedStore } from '../shared-state/shared-store';

/**
 * Circuit breakers that hold across processes and hosts. Each process keeps its own breakers (counting its
 * own calls, as before); when one opens, or an upstream answers 429 with a retry-after, the block is
 * written to the shared store, and every process refuses that provider/model until the block ends.
 *
 * Hot path: acquire() stays synchronous and reads a local copy of the shared blocks, refreshed every
 * `refreshMs` in one round trip (off the request path). Staleness: another process may send to a
 * provider up to `refreshMs` after it was found failing; its own breaker still protects it.
 * Store unreachable: the last blocks read keep expiring on time and local breakers keep working (a
 * breaker protects availability, it is not a compliance limit, so this does not fail closed).
 * Clocks: blocks carry epoch milliseconds; hosts are assumed NTP-synchronised (a skew of s shifts a
 * cool-down by s).
 */
/** A pause lasts until an admin lifts it: an end that no clock reaches. */
const PAUSED_UNTIL_MS = Number.MAX_SAFE_INTEGER;

export class SharedBreakers implements BreakerPort {
  private readonly local: CircuitBreakers;
  private shared = new Map<string, SharedBlock>();
  private storeDown = false;

  constructor(
    options: CircuitBreakerOptions,
    private readonly store: SharedStore,
    private readonly log: AppLogger,
    private readonly scope = 'default',
  ) {
    this.local = new CircuitBreakers({ ...options, onOpen: (t, ms) => this.publish(t, 'breaker_open', ms) });
  }

  acquire(target: ModelTarget): BreakerDecision {
    if (this.shared.size > 0) {
      const b = this.shared.get(candidateKey(target));
      const left = b ? b.untilMs - Date.now() : 0;
      if (b && left > 0) return { allowed: false, reason: b.reason, retryInMs: left };
    }
    return this.local.acquire(target);
  }

  record(permit: BreakerPermit, verdict: BreakerVerdict): void {
    this.local.record(permit, verdict);
  }

  rateLimit(target: ModelTarget, ms: number): void {
    this.local.rateLimit(target, ms);
    if (ms > 0) this.publish(target, 'rate_limited', ms);
  }

  /** This process's breakers. */
  states(): BreakerSnapshot[] {
    return this.local.states();
  }

  /** Blocks in force for every process, as last read from the shared store. */
  sharedBlocks(now = Date.now()): { provider: string; model: string; reason: BlockReason; remainingMs: number | null }[] {
    return [...this.shared.values()]
      .filter((b) => b.untilMs > now)
      .map((b) => ({
        provider: b.provider,
        model: b.model,
        reason: b.reason,
        // A drift pause has no end: it lasts until an admin resumes the model.
        remainingMs: b.reason === 'drift_paused' ? null : b.untilMs - now,
      }));
  }

  /**
   * Stops routing to `target` in every process until `resume` (the drift watch, on an alert). Unlike a
   * breaker's block this one must be stored: a failure rejects, and the caller records that it did not hold.
   */
  async pause(target: ModelTarget): Promise<void> {
    await this.store.block(this.scope, target, 'drift_paused', PAUSED_UNTIL_MS);
    this.shared.set(candidateKey(target), {
      provider: target.provider,
      model: target.model,
      reason: 'drift_paused',
      untilMs: PAUSED_UNTIL_MS,
    });
  }

  /** Lifts a drift pause for every process (others see it at their next refresh); false when none was there. */
  async resume(target: ModelTarget): Promise<boolean> {
    const lifted = await this.store.unblock(this.scope, target, 'drift_paused');
    if (this.shared.get(candidateKey(target))?.reason === 'drift_paused') this.shared.delete(candidateKey(target));
    await this.refresh();
    return lifted;
  }

  /** Models the drift watch paused, as last read from the shared store. */
  paused(): ModelTarget[] {
    return [...this.shared.values()].filter((b) => b.reason === 'drift_paused').map((b) => ({ provider: b.provider, model: b.model }));
  }

  /** One round trip: replaces the local copy of the shared blocks. On failure the old copy is kept. */
  async refresh(): Promise<void> {
    try {
      const blocks = await this.store.blocks(this.scope, Date.now());
      const next = new Map<string, SharedBlock>();
      for (const b of blocks) {
        const key = candidateKey(b);
        const old = next.get(key);
        if (!old || b.untilMs > old.untilMs) next.set(key, b);
      }
      this.shared = next;
      if (this.storeDown) this.log.info({ store: this.store.kind }, 'shared breaker state readable again');
      this.storeDown = false;
    } catch {
      if (!this.storeDown)
        this.log.warn({ store: this.store.kind }, 'shared breaker state unreadable: using the last copy and local breakers');
      this.storeDown = true;
    }
  }

  private publish(target: ModelTarget, reason: BlockReason, ms: number): void {
    const block: SharedBlock = { provider: target.provider, model: target.model, reason, untilMs: Date.now() + ms };
    const key = candidateKey(target);
    const old = this.shared.get(key);
    if (!old || old.untilMs < block.untilMs) this.shared.set(key, block);
    this.store.block(this.scope, target, reason, block.untilMs).catch(() => {
      this.log.warn({ store: this.store.kind, provider: target.provider, model: target.model, reason }, 'could not share a provider block');
    });
  }
}
