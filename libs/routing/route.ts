/**
 * Executes a Plan: tries candidates in order with a per-attempt timeout and an overall deadline.
 *
 * Invariants:
 *  - MUST NOT call `invoke` for a candidate whose provider is not in `opts.permitted`, checked right
 *    before every attempt on a frozen copy of the candidate (the copy is what `invoke` receives);
 *  - MUST NOT call `invoke` twice for the same provider/model;
 *  - a timed-out attempt's signal is aborted, and its late resolution or rejection is ignored;
 *  - every timer is cleared when its attempt settles, and unref'd so it never holds the process open.
 * Routing never imports provider adapters: `invoke` is the only way out.
 */
import { GatewayError, type ErrorCode } from '@libs/core';
import { candidateKey, type Candidate, type Plan } from './plan';

export interface Attempt {
  provider: string;
  model: string;
  outcome: 'ok' | 'error' | 'timeout';
  latencyMs: number;
  status?: number;
  /** e.g. 'attempt_timeout', 'deadline_exceeded', or what classify() returned. Never request content. */
  errorKind?: string;
}

/** A planned candidate that route() did not try. */
export interface SkippedCandidate {
  provider: string;
  model: string;
  reason: 'not_permitted' | 'duplicate';
}

export interface RouteResult<T> {
  value: T;
  candidate: Candidate;
  attempts: Attempt[];
  skipped: SkippedCandidate[];
}

export interface Classification {
  outcome: 'error' | 'timeout';
  retryable: boolean;
  status?: number;
  errorKind?: string;
}

export interface RouteOptions {
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
}

export type RouteStop = 'exhausted' | 'non_retryable' | 'deadline' | 'no_candidates';

const STOP_TEXT: Record<RouteStop, string> = {
  exhausted: 'every permitted candidate failed',
  non_retryable: 'a candidate failed with a non-retryable error',
  deadline: 'the routing deadline passed',
  no_candidates: 'no permitted candidate to try',
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

/** Node clamps larger delays to 1 ms; cap instead. */
const MAX_TIMER_MS = 2_147_483_647;

type Settlement<T> = { kind: 'ok'; value: T } | { kind: 'error'; err: unknown } | { kind: 'timeout' };

function runAttempt<T>(
  invoke: (c: Candidate, signal: AbortSignal, attemptNo: number) => Promise<T>,
  candidate: Candidate,
  attemptNo: number,
  budgetMs: number,
): Promise<Settlement<T>> {
  return new Promise<Settlement<T>>((resolve) => {
    const controller = new AbortController();
    let settled = false;
    const settle = (s: Settlement<T>): boolean => {
      if (settled) return false; // a late resolution or rejection of a timed-out attempt lands here
      settled = true;
      clearTimeout(timer);
      resolve(s);
      return true;
    };
    const timer = setTimeout(() => {
      if (settle({ kind: 'timeout' })) controller.abort(new DOMException('attempt timed out', 'TimeoutError'));
    }, budgetMs);
    timer.unref();

    let pending: Promise<T>;
    try {
      pending = Promise.resolve(invoke(candidate, controller.signal, attemptNo));
    } catch (err) {
      pending = Promise.reject(err);
    }
    pending.then(
      (value) => {
        // Not aborted on success: the value may be a stream still bound to this signal.
        settle({ kind: 'ok', value });
      },
      (err: unknown) => {
        // Release anything the failed attempt left running.
        if (settle({ kind: 'error', err })) controller.abort(new DOMException('attempt failed', 'AbortError'));
      },
    );
  });
}

function safeClassify(classify: RouteOptions['classify'], err: unknown): Classification {
  try {
    return classify(err);
  } catch {
    return { outcome: 'error', retryable: false, errorKind: 'unclassified' };
  }
}

const defaultNow = (): number => performance.now();

/**
 * Calls `invoke(candidate, signal, attemptNo)` for each candidate in plan order until one succeeds.
 * Each attempt's signal fires after `attemptTimeoutMs` or when the deadline passes, whichever is first.
 * Retryable errors and timeouts fall through to the next candidate; a non-retryable error stops at
 * once. Failure is always a RouteExhaustedError holding every attempt (and the last error as cause).
 */
export async function route<T>(
  plan: Plan,
  invoke: (c: Candidate, signal: AbortSignal, attemptNo: number) => Promise<T>,
  opts: RouteOptions,
): Promise<RouteResult<T>> {
  if (!(opts.attemptTimeoutMs > 0)) throw new RangeError('attemptTimeoutMs must be > 0');
  if (!(opts.deadlineMs >= 0)) throw new RangeError('deadlineMs must be >= 0');
  const now = opts.now ?? defaultNow;
  const deadlineAt = now() + opts.deadlineMs;
  const attempts: Attempt[] = [];
  const skipped: SkippedCandidate[] = [];
  const tried = new Set<string>();
  let lastErrorKind: 'timeout' | 'error' | 'none' = 'none';
  let cause: { err: unknown } | null = null;
  let stop: RouteStop | null = null;

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
    tried.add(key);
    const cutByDeadline = remaining < opts.attemptTimeoutMs;
    const budget = Math.min(opts.attemptTimeoutMs, remaining, MAX_TIMER_MS);
    const started = now();
    const settlement = await runAttempt(invoke, candidate, attempts.length + 1, budget);
    const latencyMs = Math.max(0, now() - started);

    if (settlement.kind === 'ok') {
      attempts.push({ provider, model, outcome: 'ok', latencyMs });
      return { value: settlement.value, candidate, attempts, skipped };
    }
    if (settlement.kind === 'timeout') {
      const errorKind = cutByDeadline ? 'deadline_exceeded' : 'attempt_timeout';
      attempts.push({ provider, model, outcome: 'timeout', latencyMs, errorKind });
      lastErrorKind = 'timeout';
      cause = null;
      if (cutByDeadline) {
        stop = 'deadline';
        break;
      }
      continue;
    }
    const c = safeClassify(opts.classify, settlement.err);
    const attempt: Attempt = { provider, model, outcome: c.outcome === 'timeout' ? 'timeout' : 'error', latencyMs };
    if (c.status !== undefined) attempt.status = c.status;
    if (c.errorKind !== undefined) attempt.errorKind = c.errorKind;
    attempts.push(attempt);
    lastErrorKind = attempt.outcome === 'timeout' ? 'timeout' : 'error';
    cause = { err: settlement.err };
    if (!c.retryable) {
      stop = 'non_retryable';
      break;
    }
  }

  throw new RouteExhaustedError(attempts, lastErrorKind, {
    stop: stop ?? (attempts.length === 0 ? 'no_candidates' : 'exhausted'),
    skipped,
    ...(cause ? { cause: cause.err } : {}),
  });
}
