/**
 * Circuit breakers per provider/model (SPEC §6), and the retry-after cooldown of upstream 429s.
 *
 * Why not cockatiel's CircuitBreakerPolicy / ConsecutiveBreaker / SamplingBreaker (3.2.1): they read
 * `Date.now()` directly (no clock to inject, so tests need global fake timers), and a policy wraps the
 * call (`execute(fn)`), which would put a second timeout/abort layer around route()'s own attempt
 * runner and hide the per-attempt outcome route() needs for the ledger. What is needed here is small:
 * a permit before the call and a verdict after it, per key, on an injected clock. So: this file.
 *
 * Per key:
 *  - closed: calls pass. Opens after `consecutiveFailures` failures in a row, or when at least
 *    `minCalls` calls in the last `windowMs` have a failure rate above `errorRate`.
 *  - open: calls are refused until `cooldownMs` has passed; then half_open.
 *  - half_open: exactly one probe is let through; its success closes (counters reset), its failure
 *    opens again for another cool-down, a neutral verdict frees the slot for the next probe. A probe
 *    that never reports is abandoned after `probeTimeoutMs`.
 *  - rate limited (independent of the above): refused until the retry-after has passed.
 * A permit carries the generation it was issued in: a late verdict from before a transition is
 * ignored, so a slow call cannot close a breaker that opened meanwhile.
 * Invariants: acquire() is synchronous, so concurrent routes cannot both get the probe; the state
 * holds only ids, counters and times. Pure: the clock is a parameter.
 */
import { candidateKey, type ModelTarget } from './types';

export type BreakerState = 'closed' | 'open' | 'half_open';
export type BreakerVerdict = 'success' | 'failure' | 'neutral';

export interface CircuitBreakerOptions {
  /** Failures in a row that open the breaker; default 5. */
  consecutiveFailures?: number;
  /** Failure share (0..1) above which the breaker opens, over `windowMs`; default 0.5. */
  errorRate?: number;
  /** Calls in the window before the error rate counts; default 20. */
  minCalls?: number;
  /** Error-rate window, counted in 10 buckets; default 60_000. */
  windowMs?: number;
  /** Open -> half_open after this long; default 30_000. */
  cooldownMs?: number;
  /** A half-open probe with no verdict after this long is abandoned; default 60_000. */
  probeTimeoutMs?: number;
  /** Upper bound on a retry-after cooldown; default 600_000. */
  maxRetryAfterMs?: number;
  /** Milliseconds clock; default performance.now. */
  now?: () => number;
  /**
   * Called each time a breaker opens, with how long it stays open (so a shell can share the state with
   * other processes). MUST NOT throw; default: nothing.
   */
  onOpen?: (target: ModelTarget, cooldownMs: number) => void;
}

export interface BreakerPermit {
  readonly key: string;
  readonly probe: boolean;
  readonly generation: number;
}

/**
 * Why a provider/model takes no calls for now: its breaker is open, it answered 429 with a retry-after, or
 * the drift watch paused it until an admin resumes it (shared blocks only, see src/routing/shared-breakers).
 */
export type UnavailableReason = 'breaker_open' | 'rate_limited' | 'drift_paused';

export type BreakerDecision = { allowed: true; permit: BreakerPermit } | { allowed: false; reason: UnavailableReason; retryInMs: number };

/** What an admin endpoint shows. Ids, counters and durations only. */
export interface BreakerSnapshot {
  provider: string;
  model: string;
  state: BreakerState;
  consecutiveFailures: number;
  windowCalls: number;
  windowFailures: number;
  /** Times this breaker has opened. */
  opens: number;
  probeInFlight: boolean;
  /** open: time left until half_open; otherwise 0. */
  halfOpenInMs: number;
  /** Time left of a retry-after cooldown; 0 when none. */
  rateLimitedForMs: number;
}

/** What route() needs from breakers; CircuitBreakers implements it. */
export interface BreakerPort {
  /** MUST be called right before a call; a refused call MUST NOT be made. */
  acquire(target: ModelTarget): BreakerDecision;
  /** MUST be called once per granted permit when its call settles. */
  record(permit: BreakerPermit, verdict: BreakerVerdict): void;
  /** Refuse calls to `target` for `ms` (an upstream retry-after). */
  rateLimit(target: ModelTarget, ms: number): void;
}

const BUCKETS = 10;

interface Entry {
  target: ModelTarget;
  state: BreakerState;
  generation: number;
  consecutive: number;
  opens: number;
  openedAt: number;
  probeAt: number | null;
  blockedUntil: number;
  epoch: number[];
  calls: number[];
  failures: number[];
}

const defaultNow = (): number => performance.now();

export class CircuitBreakers implements BreakerPort {
  private readonly entries = new Map<string, Entry>();
  private readonly o: Required<CircuitBreakerOptions>;
  private readonly bucketMs: number;

  constructor(options: CircuitBreakerOptions = {}) {
    this.o = {
      consecutiveFailures: 5,
      errorRate: 0.5,
      minCalls: 20,
      windowMs: 60_000,
      cooldownMs: 30_000,
      probeTimeoutMs: 60_000,
      maxRetryAfterMs: 600_000,
      now: defaultNow,
      onOpen: () => undefined,
    };
    // Copy only what was given: an explicit `undefined` keeps the default.
    for (const [k, v] of Object.entries(options) as [keyof CircuitBreakerOptions, unknown][]) {
      if (v !== undefined) Object.assign(this.o, { [k]: v });
    }
    const o = this.o;
    if (!(Number.isInteger(o.consecutiveFailures) && o.consecutiveFailures >= 1)) {
      throw new RangeError('consecutiveFailures must be an integer >= 1');
    }
    if (!(o.errorRate >= 0 && o.errorRate <= 1)) throw new RangeError('errorRate must be in [0, 1]');
    if (!(Number.isInteger(o.minCalls) && o.minCalls >= 1)) throw new RangeError('minCalls must be an integer >= 1');
    for (const k of ['windowMs', 'cooldownMs', 'probeTimeoutMs', 'maxRetryAfterMs'] as const) {
      if (!(Number.isFinite(o[k]) && o[k] > 0)) throw new RangeError(`${k} must be finite and > 0`);
    }
    this.bucketMs = o.windowMs / BUCKETS;
  }

  acquire(target: ModelTarget): BreakerDecision {
    const now = this.o.now();
    const e = this.entry(target, now);
    if (now < e.blockedUntil) return { allowed: false, reason: 'rate_limited', retryInMs: e.blockedUntil - now };
    const key = candidateKey(target);
    if (e.state === 'closed') return { allowed: true, permit: { key, probe: false, generation: e.generation } };
    if (e.state === 'open') return { allowed: false, reason: 'breaker_open', retryInMs: e.openedAt + this.o.cooldownMs - now };
    // Probe in flight: usable as soon as it succeeds, or after one more cool-down if it fails.
    if (e.probeAt !== null) return { allowed: false, reason: 'breaker_open', retryInMs: this.o.cooldownMs };
    e.probeAt = now;
    return { allowed: true, permit: { key, probe: true, generation: e.generation } };
  }

  record(permit: BreakerPermit, verdict: BreakerVerdict): void {
    const e = this.entries.get(permit.key);
    if (!e) return;
    const now = this.o.now();
    this.refresh(e, now);
    if (permit.generation !== e.generation) return; // issued before a transition: stale
    if (permit.probe) {
      if (e.state !== 'half_open') return;
      if (verdict === 'success') this.close(e);
      else if (verdict === 'failure') this.open(e, now);
      else e.probeAt = null;
      return;
    }
    if (e.state !== 'closed' || verdict === 'neutral') return;
    const i = this.bucket(e, now);
    e.calls[i] = (e.calls[i] ?? 0) + 1;
    if (verdict === 'success') {
      e.consecutive = 0;
      return;
    }
    e.failures[i] = (e.failures[i] ?? 0) + 1;
    e.consecutive++;
    const { calls, failures } = this.window(e, now);
    if (e.consecutive >= this.o.consecutiveFailures || (calls >= this.o.minCalls && failures / calls > this.o.errorRate)) this.open(e, now);
  }

  rateLimit(target: ModelTarget, ms: number): void {
    if (!(ms > 0)) return;
    const now = this.o.now();
    const e = this.entry(target, now);
    e.blockedUntil = Math.max(e.blockedUntil, now + Math.min(ms, this.o.maxRetryAfterMs));
  }

  /** The breaker of one provider/model (closed with zero counters when never used). */
  state(target: ModelTarget): BreakerSnapshot {
    const now = this.o.now();
    const e = this.entries.get(candidateKey(target));
    if (e) return this.snapshot(e, now);
    return {
      provider: target.provider,
      model: target.model,
      state: 'closed',
      consecutiveFailures: 0,
      windowCalls: 0,
      windowFailures: 0,
      opens: 0,
      probeInFlight: false,
      halfOpenInMs: 0,
      rateLimitedForMs: 0,
    };
  }

  /** Every breaker used so far. */
  states(): BreakerSnapshot[] {
    const now = this.o.now();
    return [...this.entries.values()].map((e) => this.snapshot(e, now));
  }

  private snapshot(e: Entry, now: number): BreakerSnapshot {
    this.refresh(e, now);
    const { calls, failures } = this.window(e, now);
    return {
      provider: e.target.provider,
      model: e.target.model,
      state: e.state,
      consecutiveFailures: e.consecutive,
      windowCalls: calls,
      windowFailures: failures,
      opens: e.opens,
      probeInFlight: e.state === 'half_open' && e.probeAt !== null,
      halfOpenInMs: e.state === 'open' ? Math.max(0, e.openedAt + this.o.cooldownMs - now) : 0,
      rateLimitedForMs: Math.max(0, e.blockedUntil - now),
    };
  }

  private entry(target: ModelTarget, now: number): Entry {
    const key = candidateKey(target);
    let e = this.entries.get(key);
    if (!e) {
      e = {
        target: { provider: target.provider, model: target.model },
        state: 'closed',
        generation: 0,
        consecutive: 0,
        opens: 0,
        openedAt: 0,
        probeAt: null,
        blockedUntil: -Infinity,
        epoch: new Array<number>(BUCKETS).fill(Number.NaN),
        calls: new Array<number>(BUCKETS).fill(0),
        failures: new Array<number>(BUCKETS).fill(0),
      };
      this.entries.set(key, e);
    }
    this.refresh(e, now);
    return e;
  }

  /** Time-driven transitions: open -> half_open after the cool-down; abandon a probe that never reported. */
  private refresh(e: Entry, now: number): void {
    if (e.state === 'open' && now >= e.openedAt + this.o.cooldownMs) {
      e.state = 'half_open';
      e.generation++;
      e.probeAt = null;
    } else if (e.state === 'half_open' && e.probeAt !== null && now - e.probeAt >= this.o.probeTimeoutMs) {
      e.generation++; // the abandoned probe's late verdict is stale
      e.probeAt = null;
    }
  }

  private open(e: Entry, now: number): void {
    e.state = 'open';
    e.generation++;
    e.opens++;
    e.openedAt = now;
    e.probeAt = null;
    this.o.onOpen(e.target, this.o.cooldownMs);
  }

  private close(e: Entry): void {
    e.state = 'closed';
    e.generation++;
    e.consecutive = 0;
    e.probeAt = null;
    e.epoch.fill(Number.NaN);
    e.calls.fill(0);
    e.failures.fill(0);
  }

  private bucket(e: Entry, now: number): number {
    const b = Math.floor(now / this.bucketMs);
    const i = ((b % BUCKETS) + BUCKETS) % BUCKETS;
    if (e.epoch[i] !== b) {
      e.epoch[i] = b;
      e.calls[i] = 0;
      e.failures[i] = 0;
    }
    return i;
  }

  private window(e: Entry, now: number): { calls: number; failures: number } {
    const b = Math.floor(now / this.bucketMs);
    let calls = 0;
    let failures = 0;
    for (let i = 0; i < BUCKETS; i++) {
      const epoch = e.epoch[i] ?? Number.NaN;
      if (epoch > b - BUCKETS && epoch <= b) {
        calls += e.calls[i] ?? 0;
        failures += e.failures[i] ?? 0;
      }
    }
    return { calls, failures };
  }
}
