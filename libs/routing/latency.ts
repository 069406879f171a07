/**
 * Recent latency per provider/model, for the `fastest` and `balanced` strategies (SPEC §6).
 *
 * A sliding window per key: the last `windowSize` samples (default 200) that are also younger than
 * `maxAgeMs` (default 5 minutes, on the injected clock). Each key keeps a ring buffer (arrival order,
 * for eviction) and the same samples sorted (for exact quantiles):
 *  - record: O(log N) search + one bounded `copyWithin` (N <= windowSize, a few hundred bytes), no
 *    allocation after the key's first sample; each sample is evicted once, so expiry is O(1) amortised;
 *  - p95 / quantile: one index into the sorted copy (nearest-rank), after expiring old samples.
 * Exact over a small bounded window rather than a sketch: at N = 200 it is as cheap as a t-digest
 * and the explanation shows a latency that really was observed.
 * Holds only numbers and provider/model ids. Pure: the clock is a parameter.
 */
import { candidateKey, type LatencyView, type ModelTarget } from './types';

export interface LatencyStatsOptions {
  /** Samples kept per provider/model; default 200. MUST be an integer >= 1. */
  windowSize?: number;
  /** Samples older than this are forgotten; default 300_000 (5 min). Infinity keeps by count only. */
  maxAgeMs?: number;
  /** p95 is reported only from this many samples on; default 1. */
  minSamples?: number;
  /** Milliseconds clock; default performance.now. */
  now?: () => number;
}

export interface LatencySnapshot {
  provider: string;
  model: string;
  samples: number;
  p50Ms: number | undefined;
  p95Ms: number | undefined;
}

class Window {
  private readonly values: Float64Array;
  private readonly times: Float64Array;
  private readonly sorted: Float64Array;
  private head = 0;
  size = 0;

  constructor(
    readonly target: ModelTarget,
    private readonly capacity: number,
  ) {
    this.values = new Float64Array(capacity);
    this.times = new Float64Array(capacity);
    this.sorted = new Float64Array(capacity);
  }

  push(value: number, at: number): void {
    if (this.size === this.capacity) this.evictOldest();
    const slot = (this.head + this.size) % this.capacity;
    this.values[slot] = value;
    this.times[slot] = at;
    const i = this.lowerBound(value);
    this.sorted.copyWithin(i + 1, i, this.size);
    this.sorted[i] = value;
    this.size++;
  }

  /** Drops samples recorded before `cutoff`. */
  expire(cutoff: number): void {
    while (this.size > 0 && (this.times[this.head] ?? 0) < cutoff) this.evictOldest();
  }

  /** Nearest-rank quantile of the window, q in (0, 1]. */
  quantile(q: number): number | undefined {
    if (this.size === 0) return undefined;
    // The epsilon keeps float error (e.g. 0.95 * 60 = 57.00000000000001) from skipping a rank.
    const rank = Math.min(this.size, Math.max(1, Math.ceil(q * this.size - 1e-9)));
    return this.sorted[rank - 1];
  }

  private evictOldest(): void {
    const value = this.values[this.head] ?? 0;
    // Equal values are interchangeable in the sorted copy: removing any one of them is right.
    const i = this.lowerBound(value);
    this.sorted.copyWithin(i, i + 1, this.size);
    this.head = (this.head + 1) % this.capacity;
    this.size--;
  }

  /** First index in the sorted prefix whose value is >= v. */
  private lowerBound(v: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const defaultNow = (): number => performance.now();

/** Sliding-window latency quantiles per provider/model. Implements LatencyView for planRoute. */
export class LatencyStats implements LatencyView {
  private readonly windows = new Map<string, Window>();
  private readonly windowSize: number;
  private readonly maxAgeMs: number;
  private readonly minSamples: number;
  private readonly now: () => number;

  constructor(options: LatencyStatsOptions = {}) {
    this.windowSize = options.windowSize ?? 200;
    this.maxAgeMs = options.maxAgeMs ?? 300_000;
    this.minSamples = options.minSamples ?? 1;
    this.now = options.now ?? defaultNow;
    if (!(Number.isInteger(this.windowSize) && this.windowSize >= 1)) throw new RangeError('windowSize must be an integer >= 1');
    if (!(this.maxAgeMs > 0)) throw new RangeError('maxAgeMs must be > 0');
    if (!(Number.isInteger(this.minSamples) && this.minSamples >= 1)) throw new RangeError('minSamples must be an integer >= 1');
  }

  /** Adds one observed latency. Non-finite or negative values are ignored (never read as "fast"). */
  record(target: ModelTarget, latencyMs: number): void {
    if (!(Number.isFinite(latencyMs) && latencyMs >= 0)) return;
    const key = candidateKey(target);
    let w = this.windows.get(key);
    if (!w) {
      w = new Window({ provider: target.provider, model: target.model }, this.windowSize);
      this.windows.set(key, w);
    }
    const at = this.now();
    w.expire(at - this.maxAgeMs);
    w.push(latencyMs, at);
  }

  /** Recent p95, or undefined with fewer than `minSamples` samples in the window. */
  p95(target: ModelTarget): number | undefined {
    return this.quantile(target, 0.95);
  }

  /** Recent nearest-rank quantile, q in (0, 1]. */
  quantile(target: ModelTarget, q: number): number | undefined {
    if (!(q > 0 && q <= 1)) throw new RangeError('q must be in (0, 1]');
    const w = this.live(candidateKey(target));
    return w && w.size >= this.minSamples ? w.quantile(q) : undefined;
  }

  /** Samples currently in the window. */
  count(target: ModelTarget): number {
    return this.live(candidateKey(target))?.size ?? 0;
  }

  /** Every key with samples, for an admin or metrics endpoint. */
  snapshot(): LatencySnapshot[] {
    const out: LatencySnapshot[] = [];
    for (const key of this.windows.keys()) {
      const w = this.live(key);
      if (!w || w.size === 0) continue;
      const enough = w.size >= this.minSamples;
      out.push({
        provider: w.target.provider,
        model: w.target.model,
        samples: w.size,
        p50Ms: enough ? w.quantile(0.5) : undefined,
        p95Ms: enough ? w.quantile(0.95) : undefined,
      });
    }
    return out;
  }

  private live(key: string): Window | undefined {
    const w = this.windows.get(key);
    if (w && this.maxAgeMs !== Infinity) w.expire(this.now() - this.maxAgeMs);
    return w;
  }
}
