import type { ModelTarget, UnavailableReason } from '@libs/routing';

/** Why calls to a provider/model are refused for a while, as shared between gateway processes. */
export type BlockReason = UnavailableReason;

export const BLOCK_REASONS: readonly BlockReason[] = ['breaker_open', 'rate_limited', 'drift_paused'];

/** A provider/model refused by every process until `untilMs` (epoch milliseconds). */
export interface SharedBlock extends ModelTarget {
  reason: BlockReason;
  untilMs: number;
}

/** One fixed minute of a key's sliding-window rate limit (see src/ratelimit/window.ts). */
export interface RateTake {
  keyId: string;
  /** Start of the current fixed minute, epoch milliseconds. */
  windowStart: number;
  /** Share (0..1] of the previous minute that still counts. */
  previousWeight: number;
  limit: number;
}

/**
 * State that MUST hold across gateway processes and hosts: per-key rate-limit counters and provider
 * blocks (open breakers, upstream retry-after). Redis when REDIS_URL is set, else the PostgreSQL database.
 * Every method rejects when the store cannot be reached; callers decide whether that fails closed.
 */
export abstract class SharedStore {
  abstract readonly kind: 'redis' | 'postgres';

  /**
   * Counts one request if `current + previous * previousWeight + 1 <= limit`, atomically across processes,
   * in one round trip. Returns whether it was counted (a refused request is not counted).
   */
  abstract take(t: RateTake): Promise<boolean>;

  /** Refuses `target` for every process of `scope` until `untilMs` (a later block already stored is kept). */
  abstract block(scope: string, target: ModelTarget, reason: BlockReason, untilMs: number): Promise<void>;

  /** Lifts the block of `target` for `reason` before its time (an admin resuming a paused model); true when one was there. */
  abstract unblock(scope: string, target: ModelTarget, reason: BlockReason): Promise<boolean>;

  /** Blocks of `scope` still in force at `nowMs`, in one round trip. */
  abstract blocks(scope: string, nowMs: number): Promise<SharedBlock[]>;

  /** Drops counters and blocks that can no longer matter (older than `beforeMs`). */
  abstract prune(beforeMs: number): Promise<void>;

  abstract close(): Promise<void>;
}
