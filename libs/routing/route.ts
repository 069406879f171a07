/**
 * Executes a Plan: tries candidates in order with a per-attempt timeout and an overall deadline,
 * circuit breakers, retry-after cooldowns and cascade escalation.
 *
 * Invariants:
 *  - MUST NOT call `invoke` for a candidate whose provider is not in `opts.permitted`, checked right
 *    before every attempt on a frozen copy of the candidate (the copy is what `invoke` receives);
 *  - MUST NOT call `invoke` twice for the same provider/model;
 *  - MUST NOT call `invoke` for a candidate whose breaker refuses it (open, half-open with its probe
 *    taken, or rate limited); every granted permit gets exactly one verdict;
 *  - a timed-out attempt's signal is aborted, and its late resolution or rejection is ignored;
 *  - every timer is cleared when its attempt settles, and unref'd so it never holds the process open.
 * Routing never imports provider adapters: `invoke` is the only way out.
 */
import { GatewayError, type ErrorCode } from '@libs/core';
import { runAttempt, type Invoke } from './attempt';
import type { BreakerPermit, BreakerPort, BreakerVerdict, UnavailableReason } from './breaker';
import { candidateKey, type Candidate, type EscalationReason, type ModelTarget, type Plan } from './types';

export interface Attempt {
  provider: string;
  model: string;
  /** `escalated`: the call answered, but accept() rejected the answer and a cascade moved on. */
  outcome: 'ok' | 'error' | 'timeout' | 'escalated';
  latencyMs: number;
  status?: number;
  /** e.g. 'attempt_timeout', 'deadline_exceeded', what classify() returned, or the escalation reason. Never request content. */
  errorKind?: string;
  /** The call was its breaker's half-open probe. */
  probe?: true;
}

/** A planned candidate that route() did not try. */
export interface SkippedCandidate {
  provider: string;
  model: string;
  reason: 'not_permitted' | 'duplicate' | UnavailableReason;
  /** breaker_open, rate_limited: when the breaker may let a call through again (e.g. for Retry-After). */
  retryInMs?: number;
}

export interface RouteResult<T> {
  value: T;
  candidate: Candidate;
  attempts: Attempt[];
  skipped: SkippedCandidate[];
  /**
   * Set when no candidate gave an accepted answer but one gave an escalated one: `value` is the last
   * escalated answer (better than none), and this is why accept() rejected it.
   */
  unaccepted?: EscalationReason;
}

export interface Classification {
  outcome: 'error' | 'timeout';
  retryable: boolean;
  status?: number;
  errorKind?: string;
  /** An upstream retry-after (e.g. HTTP 429): the candidate is rate limited this long and routing moves on. */
  retryAfterMs?: number;
}

/** Write side of latency statistics (LatencyStats implements it). */
export interface LatencyRecorder {
  record(target: ModelTarget, latencyMs: number): void;
}

export interface RouteOptions<T = unknown> {
  /** Per-attempt limit; MUST be > 0 (Infinity is allowed). */
  attemptTimeoutMs: number;
  /** Overall limit from the start of route(); no attempt starts after it and running ones are cut at it. */
  deadlineMs: number;
  /** Re-checked before every attempt (defence in depth): a candidate outside it is never invoked. */
  permitted: ReadonlySet<string>;
  /** Maps an error thrown by invoke to an outcome. If it throws, the error counts as non-retryable. */
  classify(err: unknown): Classification;
  /** Milliseconds clock; default performance.now. */
  now?: () => number;
  /** Circuit breakers per provider/model, shared across requests. Without them nothing is refused. */
  breakers?: BreakerPort;
  /** Receives the latency of every answered call and of every attempt timeout. */
  latency?: LatencyRecorder;
  /**
   * Judges an answer: nothing (accept) or why it should escalate. Used only for plans with
   * `escalateOn` (cascade), and only reasons listed there escalate. If it throws, the answer is accepted.
   */
  accept?: (value: T, candidate: Candidate) => EscalationReason | null | undefined;
}

export type RouteStop = 'exhausted' | 'non_retryable' | 'deadline' | 'no_candidates' | 'not_escalated';

const STOP_TEXT: Record<RouteStop, string> = {
  exhausted: 'every permitted candidate failed',
  non_retryable: 'a candidate failed with a non-retryable error',
  deadline: 'the routing deadline passed',
  no_candidates: 'no permitted candidate to try',
  not_escalated: "a cascade step failed in a way the route's escalateOn does not list",
};

function errorCode(lastErrorKind: 'timeout' | 'error' | 'none', stop: RouteStop): ErrorCode {
  if (lastErrorKind === 'timeout' || stop === 'deadline') return 'upstream_timeout';
  if (lastErrorKind === 'error') return 'upstream_error';
  return 'no_provider_available';
}

/**
 * Routing ended without a result. The message holds only counts and outcomes (no PII); the upstream
 * error, which may carry request content, is only in `cause`.
 */
export class RouteExhaustedError extends GatewayError {
  readonly stop: RouteStop;
  readonly skipped: SkippedCandidate[];

  constructor(
    readonly attempts: Attempt[],
    readonly lastErrorKind: 'timeout' | 'error' | 'none',
    options: { stop?: RouteStop; cause?: unknown; skipped?: SkippedCandidate[] } = {},
  ) {
    const stop = options.stop ?? (attempts.length === 0 ? 'no_candidates' : 'exhausted');
    super(
      errorCode(lastErrorKind, stop),
      `${STOP_TEXT[stop]} (${attempts.length} attempt${attempts.length === 1 ? '' : 's'}, last outcome: ${lastErrorKind})`,
    );
    this.name = 'RouteExhaustedError';
    this.stop = stop;
    this.skipped = options.skipped ?? [];
    if ('cause' in options) Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false });
  }
}

function safeClassify(classify: RouteOptions['classify'], err: unknown): Classification {
  try {
    return classify(err);
  } catch {
    return { outcome: 'error', retryable: false, errorKind: 'unclassified' };
  }
}

/** Observability ports must never fail a request nor lose its answer. */
function quietly(f: () => void): void {
  try {
    f();
  } catch {
    // ignored on purpose
  }
}

function judge<T>(plan: Plan, accept: RouteOptions<T>['accept'], value: T, candidate: Candidate): EscalationReason | null {
  if (!accept || plan.escalateOn === undefined) return null;
  let reason: EscalationReason | null | undefined;
  try {
    reason = accept(value, candidate);
  } catch {
    return null;
  }
  return reason && plan.escalateOn.includes(reason) ? reason : null;
}

/** Without escalateOn (not a cascade) every retryable failure falls back; with it, only the listed kinds. */
function escalatesOnFailure(plan: Plan, kind: 'error' | 'timeout'): boolean {
  return plan.escalateOn === undefined || plan.escalateOn.includes(kind);
}

const defaultNow = (): number => performance.now();

/**
 * Calls `invoke(candidate, signal, attemptNo)` for each candidate in plan order until one gives an
 * accepted answer. Each attempt's signal fires after `attemptTimeoutMs` or when the deadline passes,
 * whichever is first. Retryable errors and timeouts fall through to the next candidate (for a
 * cascade, only those its escalateOn lists); a non-retryable error stops at once; a retry-after
 * rate-limits the candidate and moves on. Breaker-refused candidates are skipped. Failure is always a
 * RouteExhaustedError holding every attempt (and the last error as cause); when every permitted
 * candidate was refused, its stop is `no_candidates` (code no_provider_available).
 */
export async function route<T>(plan: Plan, invoke: Invoke<T>, opts: RouteOptions<T>): Promise<RouteResult<T>> {
  if (!(opts.attemptTimeoutMs > 0)) throw new RangeError('attemptTimeoutMs must be > 0');
  if (!(opts.deadlineMs >= 0)) throw new RangeError('deadlineMs must be >= 0');
  const now = opts.now ?? defaultNow;
  const { breakers, latency } = opts;
  const deadlineAt = now() + opts.deadlineMs;
  const attempts: Attempt[] = [];
  const skipped: SkippedCandidate[] = [];
  const tried = new Set<string>();
  let lastErrorKind: 'timeout' | 'error' | 'none' = 'none';
  let cause: { err: unknown } | null = null;
  let stop: RouteStop | null = null;
  let held: { value: T; candidate: Candidate; reason: EscalationReason; release: () => void } | null = null;

  for (const planned of plan.candidates) {
    // Snapshot first, so that what is checked is exactly what invoke receives.
    const candidate: Candidate = Object.freeze({
      provider: planned.provider,
      model: planned.model,
      inputUsdPerMTok: planned.inputUsdPerMTok,
      outputUsdPerMTok: planned.outputUsdPerMTok,
      estimatedCostUsd: planned.estimatedCostUsd,
    });
    const { provider, model } = candidate;
    if (typeof provider !== 'string' || !opts.permitted.has(provider)) {
      skipped.push({ provider, model, reason: 'not_permitted' });
      continue;
    }
    const key = candidateKey(candidate);
    if (tried.has(key)) {
      skipped.push({ provider, model, reason: 'duplicate' });
      continue;
    }
    const remaining = deadlineAt - now();
    if (!(remaining > 0)) {
      stop = 'deadline';
      break;
    }
    let permit: BreakerPermit | null = null;
    if (breakers) {
      const d = breakers.acquire(candidate);
      if (!d.allowed) {
        skipped.push({ provider, model, reason: d.reason, retryInMs: Math.max(0, d.retryInMs) });
        continue;
      }
      permit = d.permit;
    }
    const verdict = (v: BreakerVerdict): void => {
      if (breakers && permit) quietly(() => breakers.record(permit, v));
    };
    tried.add(key);
    const cutByDeadline = remaining < opts.attemptTimeoutMs;
    const started = now();
    const settlement = await runAttempt(invoke, candidate, attempts.length + 1, Math.min(opts.attemptTimeoutMs, remaining));
    const latencyMs = Math.max(0, now() - started);
    const attempt: Attempt = { provider, model, outcome: 'ok', latencyMs };
    if (permit?.probe) attempt.probe = true;
    attempts.push(attempt);

    if (settlement.kind === 'ok') {
      if (latency) quietly(() => latency.record(candidate, latencyMs));
      verdict('success'); // an answer the caller dislikes is still a healthy provider
      const reason = judge(plan, opts.accept, settlement.value, candidate);
      if (reason === null) {
        held?.release();
        return { value: settlement.value, candidate, attempts, skipped };
      }
      attempt.outcome = 'escalated';
      attempt.errorKind = reason;
      held?.release();
      held = { value: settlement.value, candidate, reason, release: settlement.release };
      continue;
    }
    if (settlement.kind === 'timeout') {
      attempt.outcome = 'timeout';
      attempt.errorKind = cutByDeadline ? 'deadline_exceeded' : 'attempt_timeout';
      lastErrorKind = 'timeout';
      cause = null;
      if (cutByDeadline) {
        verdict('neutral'); // cut by our deadline: says nothing about the provider
        stop = 'deadline';
        break;
      }
      if (latency) quietly(() => latency.record(candidate, latencyMs));
      verdict('failure');
      if (!escalatesOnFailure(plan, 'timeout')) {
        stop = 'not_escalated';
        break;
      }
      continue;
    }
    const c = safeClassify(opts.classify, settlement.err);
    attempt.outcome = c.outcome === 'timeout' ? 'timeout' : 'error';
    if (c.status !== undefined) attempt.status = c.status;
    if (c.errorKind !== undefined) attempt.errorKind = c.errorKind;
    lastErrorKind = attempt.outcome;
    cause = { err: settlement.err };
    const retryAfterMs = c.retryAfterMs;
    if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs > 0) {
      // Alive but saturated: not a breaker failure; unavailable for retry-after, so move on.
      if (breakers) quietly(() => breakers.rateLimit(candidate, retryAfterMs));
      verdict('neutral');
      continue;
    }
    // A non-retryable error (e.g. a 400) is the request's fault, not the provider's.
    verdict(c.outcome === 'timeout' || c.retryable ? 'failure' : 'neutral');
    if (!c.retryable) {
      stop = 'non_retryable';
      break;
    }
    if (!escalatesOnFailure(plan, attempt.outcome)) {
      stop = 'not_escalated';
      break;
    }
  }

  if (held) return { value: held.value, candidate: held.candidate, attempts, skipped, unaccepted: held.reason };
  throw new RouteExhaustedError(attempts, lastErrorKind, {
    stop: stop ?? (attempts.length === 0 ? 'no_candidates' : 'exhausted'),
    skipped,
    ...(cause ? { cause: cause.err } : {}),
  });
}
