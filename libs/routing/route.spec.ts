import { GatewayError } from '@libs/core';
import type { Candidate, Plan } from './plan';
import { route, RouteExhaustedError, type Classification, type RouteOptions } from './route';

const cand = (provider: string, model = 'm'): Candidate => ({
  provider,
  model,
  inputUsdPerMTok: 1,
  outputUsdPerMTok: 1,
  estimatedCostUsd: 0.001,
});
const plan = (...providers: string[]): Plan => ({
  strategy: 'ordered',
  routeId: 'r',
  candidates: providers.map((p) => cand(p)),
  dropped: [],
});

class UpstreamError extends Error {
  constructor(
    readonly status: number,
    readonly retryable = true,
  ) {
    super(`upstream said ${status} about patient John Smith`);
  }
}
const classify = (err: unknown): Classification =>
  err instanceof UpstreamError
    ? { outcome: 'error', retryable: err.retryable, status: err.status, errorKind: `http_${err.status}` }
    : { outcome: 'error', retryable: true, errorKind: 'unknown' };

const opts = (over: Partial<RouteOptions> = {}): RouteOptions => ({
  attemptTimeoutMs: 20,
  deadlineMs: 5000,
  permitted: new Set(['a', 'b', 'c']),
  classify,
  ...over,
});

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

async function failure(p: Promise<unknown>): Promise<RouteExhaustedError> {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RouteExhaustedError);
  return err as RouteExhaustedError;
}

describe('route', () => {
  it('returns the first success, with one ok attempt and attempt numbers from 1', async () => {
    const seen: number[] = [];
    const result = await route(plan('a', 'b'), async (c, _s, n) => (seen.push(n), `from ${c.provider}`), opts());
    expect(result.value).toBe('from a');
    expect(result.candidate.provider).toBe('a');
    expect(result.attempts).toEqual([{ provider: 'a', model: 'm', outcome: 'ok', latencyMs: expect.any(Number) }]);
    expect(seen).toEqual([1]);
  });

  it('falls back when the first candidate throws, recording both attempts', async () => {
    const result = await route(
      plan('a', 'b'),
      async (c) => {
        if (c.provider === 'a') throw new UpstreamError(503);
        return 'ok';
      },
      opts(),
    );
    expect(result.candidate.provider).toBe('b');
    expect(result.attempts.map((a) => [a.provider, a.outcome, a.status, a.errorKind])).toEqual([
      ['a', 'error', 503, 'http_503'],
      ['b', 'ok', undefined, undefined],
    ]);
  });

  it('treats a synchronous throw from invoke like a rejection', async () => {
    const result = await route(
      plan('a', 'b'),
      (c) => {
        if (c.provider === 'a') throw new UpstreamError(500);
        return Promise.resolve(1);
      },
      opts(),
    );
    expect(result.attempts.map((a) => a.outcome)).toEqual(['error', 'ok']);
  });

  it('aborts a hanging attempt at its timeout and uses the next candidate; the late answer is ignored', async () => {
    const signals: AbortSignal[] = [];
    const result = await route(
      plan('a', 'b'),
      (c, signal) => {
        signals.push(signal);
        if (c.provider === 'a') {
          // Answers only once aborted: that late answer must not win.
          return new Promise((resolve) => signal.addEventListener('abort', () => resolve('late from a')));
        }
        return Promise.resolve('from b');
      },
      opts(),
    );
    expect(result.value).toBe('from b');
    expect(signals[0]!.aborted).toBe(true);
    expect((signals[0]!.reason as DOMException).name).toBe('TimeoutError');
    expect(signals[1]!.aborted).toBe(false);
    expect(result.attempts.map((a) => [a.provider, a.outcome, a.errorKind])).toEqual([
      ['a', 'timeout', 'attempt_timeout'],
      ['b', 'ok', undefined],
    ]);
  });

  it('fails with every attempt when all candidates fail', async () => {
    const err = await failure(
      route(plan('a', 'b', 'c'), (c) => (c.provider === 'b' ? never() : Promise.reject(new UpstreamError(502))), opts()),
    );
    expect(err.attempts.map((a) => [a.provider, a.outcome])).toEqual([
      ['a', 'error'],
      ['b', 'timeout'],
      ['c', 'error'],
    ]);
    expect(err.lastErrorKind).toBe('error');
    expect(err.stop).toBe('exhausted');
    expect(err).toBeInstanceOf(GatewayError);
    expect(err.code).toBe('upstream_error');
    expect(err.cause).toBeInstanceOf(UpstreamError);
    expect(err.message).not.toContain('John');
  });

  it('stops at once on a non-retryable error, keeping it as the cause', async () => {
    const calls: string[] = [];
    const fatal = new UpstreamError(400, false);
    const err = await failure(route(plan('a', 'b'), (c) => (calls.push(c.provider), Promise.reject(fatal)), opts()));
    expect(calls).toEqual(['a']);
    expect(err.stop).toBe('non_retryable');
    expect(err.cause).toBe(fatal);
    expect(err.attempts).toEqual([
      { provider: 'a', model: 'm', outcome: 'error', latencyMs: expect.any(Number), status: 400, errorKind: 'http_400' },
    ]);
  });

  it('treats a classify() that throws as non-retryable', async () => {
    const calls: string[] = [];
    const throwing = (): Classification => {
      throw new Error('bug');
    };
    const err = await failure(
      route(plan('a', 'b'), (c) => (calls.push(c.provider), Promise.reject(new Error('x'))), opts({ classify: throwing })),
    );
    expect(calls).toEqual(['a']);
    expect(err.attempts[0]!.errorKind).toBe('unclassified');
  });

  it('reports a timeout as the last outcome with the upstream_timeout code', async () => {
    const err = await failure(route(plan('a'), () => never(), opts({ attemptTimeoutMs: 5 })));
    expect(err.lastErrorKind).toBe('timeout');
    expect(err.code).toBe('upstream_timeout');
  });

  it('cuts the running attempt at the overall deadline and starts no other', async () => {
    const calls: string[] = [];
    const err = await failure(
      route(plan('a', 'b'), (c) => (calls.push(c.provider), never()), opts({ attemptTimeoutMs: 10_000, deadlineMs: 15 })),
    );
    expect(calls).toEqual(['a']);
    expect(err.stop).toBe('deadline');
    expect(err.attempts.map((a) => a.errorKind)).toEqual(['deadline_exceeded']);
  });

  it('starts no attempt once the deadline has passed on the clock', async () => {
    let t = 0;
    const calls: string[] = [];
    const invoke = (c: Candidate): Promise<never> => {
      calls.push(c.provider);
      t += 100;
      return Promise.reject(new UpstreamError(503));
    };
    const err = await failure(route(plan('a', 'b', 'c'), invoke, opts({ deadlineMs: 150, now: () => t })));
    expect(calls).toEqual(['a', 'b']);
    expect(err.stop).toBe('deadline');
    expect(err.attempts.map((a) => a.latencyMs)).toEqual([100, 100]);
  });

  it('never invokes a planned candidate outside the permitted set given to route()', async () => {
    const calls: string[] = [];
    const result = await route(plan('evil', 'a'), async (c) => (calls.push(c.provider), 'ok'), opts({ permitted: new Set(['a']) }));
    expect(calls).toEqual(['a']);
    expect(result.skipped).toEqual([{ provider: 'evil', model: 'm', reason: 'not_permitted' }]);
  });

  it('invokes a duplicated candidate once', async () => {
    const calls: string[] = [];
    const err = await failure(route(plan('a', 'a', 'b'), (c) => (calls.push(c.provider), Promise.reject(new UpstreamError(503))), opts()));
    expect(calls).toEqual(['a', 'b']);
    expect(err.skipped).toEqual([{ provider: 'a', model: 'm', reason: 'duplicate' }]);
  });

  it('passes invoke a frozen copy of the checked candidate', async () => {
    const result = await route(plan('a'), async (c) => Object.isFrozen(c), opts());
    expect(result.value).toBe(true);
  });

  it('fails with no_provider_available when nothing may be tried', async () => {
    const invoke = jest.fn(() => Promise.resolve(1));
    const err = await failure(route(plan(), invoke, opts()));
    expect(err.stop).toBe('no_candidates');
    expect(err.lastErrorKind).toBe('none');
    expect(err.code).toBe('no_provider_available');
    const err2 = await failure(route(plan('x'), invoke, opts()));
    expect(err2.skipped).toHaveLength(1);
    expect(invoke).not.toHaveBeenCalled();
  });

  it.each([
    ['zero attempt timeout', { attemptTimeoutMs: 0 }],
    ['NaN attempt timeout', { attemptTimeoutMs: Number.NaN }],
    ['negative deadline', { deadlineMs: -1 }],
  ])('rejects invalid options: %s', async (_name, over) => {
    await expect(route(plan('a'), () => Promise.resolve(1), opts(over))).rejects.toBeInstanceOf(RangeError);
  });

  describe('timers', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('clears the attempt timer when an attempt succeeds or fails', async () => {
      await route(plan('a', 'b'), (c) => (c.provider === 'a' ? Promise.reject(new UpstreamError(503)) : Promise.resolve(1)), opts());
      expect(jest.getTimerCount()).toBe(0);
    });

    it('fires the attempt timer and leaves none behind after a timeout', async () => {
      const p = route(plan('a', 'b'), (c) => (c.provider === 'a' ? never() : Promise.resolve(2)), opts({ attemptTimeoutMs: 1000 }));
      await jest.advanceTimersByTimeAsync(1000);
      await expect(p).resolves.toMatchObject({ value: 2 });
      expect(jest.getTimerCount()).toBe(0);
    });
  });
});
