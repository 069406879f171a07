/** route() with circuit breakers, latency statistics, retry-after and cascade escalation. */
import { CircuitBreakers } from './breaker';
import { LatencyStats } from './latency';
import type { Candidate, Plan } from './plan';
import { route, RouteExhaustedError, type Classification, type RouteOptions } from './route';
import type { EscalationReason } from './types';

const cand = (provider: string): Candidate => ({ provider, model: 'm', inputUsdPerMTok: 1, outputUsdPerMTok: 1, estimatedCostUsd: 0.001 });
const plan = (providers: string[], escalateOn?: EscalationReason[]): Plan => ({
  strategy: escalateOn ? 'cascade' : 'ordered',
  routeId: 'r',
  candidates: providers.map(cand),
  dropped: [],
  ...(escalateOn ? { escalateOn } : {}),
});
const T = (provider: string) => ({ provider, model: 'm' });

class Upstream extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs?: number,
  ) {
    super(`HTTP ${status}`);
  }
}
const classify = (err: unknown): Classification => {
  if (!(err instanceof Upstream)) return { outcome: 'error', retryable: true, errorKind: 'unknown' };
  const c: Classification = {
    outcome: 'error',
    retryable: err.status >= 500 || err.status === 429,
    status: err.status,
    errorKind: `http_${err.status}`,
  };
  if (err.retryAfterMs !== undefined) c.retryAfterMs = err.retryAfterMs;
  return c;
};

function env() {
  const c = { t: 0 };
  const breakers = new CircuitBreakers({ consecutiveFailures: 2, cooldownMs: 1000, now: () => c.t });
  const latency = new LatencyStats({ now: () => c.t });
  const opts = <T>(over: Partial<RouteOptions<T>> = {}): RouteOptions<T> => ({
    attemptTimeoutMs: 20,
    deadlineMs: 5000,
    permitted: new Set(['a', 'b', 'c']),
    classify,
    breakers,
    latency,
    ...over,
  });
  return { c, breakers, latency, opts };
}

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);
const failing = (status: number) => () => Promise.reject(new Upstream(status));

async function failure(p: Promise<unknown>): Promise<RouteExhaustedError> {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RouteExhaustedError);
  return err as RouteExhaustedError;
}

describe('route with circuit breakers', () => {
  it('opens after repeated failures, then skips the provider as breaker_open', async () => {
    const { breakers, opts } = env();
    const calls: string[] = [];
    const invoke = async (cd: Candidate) => {
      calls.push(cd.provider);
      if (cd.provider === 'a') throw new Upstream(503);
      return cd.provider;
    };
    await route(plan(['a', 'b']), invoke, opts());
    await route(plan(['a', 'b']), invoke, opts());
    expect(breakers.state(T('a'))).toMatchObject({ state: 'open', consecutiveFailures: 2 });
    const result = await route(plan(['a', 'b']), invoke, opts());
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'b']);
    expect(result.skipped).toEqual([{ provider: 'a', model: 'm', reason: 'breaker_open', retryInMs: 1000 }]);
    expect(result.attempts.map((x) => x.provider)).toEqual(['b']);
  });

  it('fails with no_candidates (no_provider_available) when every permitted breaker is open', async () => {
    const { breakers, opts } = env();
    for (const p of ['a', 'b']) {
      for (let i = 0; i < 2; i++) {
        const d = breakers.acquire(T(p));
        if (d.allowed) breakers.record(d.permit, 'failure');
      }
    }
    expect(breakers.states().map((s) => s.state)).toEqual(['open', 'open']);
    const invoke = jest.fn(() => Promise.resolve(1));
    const err = await failure(route(plan(['a', 'b', 'evil']), invoke, opts()));
    expect(invoke).not.toHaveBeenCalled();
    expect(err.stop).toBe('no_candidates');
    expect(err.code).toBe('no_provider_available');
    expect(err.skipped.map((s) => [s.provider, s.reason])).toEqual([
      ['a', 'breaker_open'],
      ['b', 'breaker_open'],
      ['evil', 'not_permitted'],
    ]);
  });

  it('lets exactly one half-open probe through across concurrent routes; its success closes', async () => {
    const { c, breakers, opts } = env();
    await route(plan(['a', 'b']), (cd) => (cd.provider === 'a' ? Promise.reject(new Upstream(500)) : Promise.resolve(0)), opts());
    await route(plan(['a', 'b']), (cd) => (cd.provider === 'a' ? Promise.reject(new Upstream(500)) : Promise.resolve(0)), opts());
    c.t += 1000;
    expect(breakers.state(T('a')).state).toBe('half_open');
    let release: (v: string) => void = () => undefined;
    const calls: string[] = [];
    const invoke = (cd: Candidate): Promise<string> => {
      calls.push(cd.provider);
      if (cd.provider === 'a') return new Promise((resolve) => (release = resolve));
      return Promise.resolve('b');
    };
    const first = route(plan(['a', 'b']), invoke, opts({ attemptTimeoutMs: 5000 }));
    const second = await route(plan(['a', 'b']), invoke, opts());
    expect(second.skipped).toEqual([{ provider: 'a', model: 'm', reason: 'breaker_open', retryInMs: 1000 }]);
    release('a');
    const probed = await first;
    expect(probed.attempts).toEqual([expect.objectContaining({ provider: 'a', outcome: 'ok', probe: true })]);
    expect(calls).toEqual(['a', 'b']);
    expect(breakers.state(T('a')).state).toBe('closed');
  });

  it('a non-retryable error leaves the breaker alone; a deadline cut too', async () => {
    const { breakers, opts } = env();
    for (let i = 0; i < 3; i++) await failure(route(plan(['a']), failing(400), opts()));
    expect(breakers.state(T('a'))).toMatchObject({ state: 'closed', windowCalls: 0 });
    await failure(route(plan(['a']), () => never(), opts({ attemptTimeoutMs: 10_000, deadlineMs: 5 })));
    await failure(route(plan(['a']), () => never(), opts({ attemptTimeoutMs: 10_000, deadlineMs: 5 })));
    expect(breakers.state(T('a'))).toMatchObject({ state: 'closed', windowCalls: 0 });
  });

  it('attempt timeouts count as failures and as latency samples', async () => {
    const { breakers, latency, opts } = env();
    await failure(route(plan(['a']), () => never(), opts({ attemptTimeoutMs: 5 })));
    expect(breakers.state(T('a')).consecutiveFailures).toBe(1);
    expect(latency.count(T('a'))).toBe(1);
  });

  it('records the latency of answered calls, not of errors', async () => {
    const { latency, opts } = env();
    let t = 0;
    const invoke = (cd: Candidate): Promise<string> => {
      t += cd.provider === 'a' ? 7 : 42;
      return cd.provider === 'a' ? Promise.reject(new Upstream(502)) : Promise.resolve('ok');
    };
    await route(plan(['a', 'b']), invoke, opts({ now: () => t }));
    expect(latency.p95(T('a'))).toBeUndefined();
    expect(latency.p95(T('b'))).toBe(42);
  });

  it('a throwing breaker or latency port never loses the answer', async () => {
    const { opts } = env();
    const broken = {
      acquire: () => ({ allowed: true as const, permit: { key: 'k', probe: false, generation: 0 } }),
      record: () => {
        throw new Error('metrics down');
      },
      rateLimit: () => undefined,
    };
    const latency = { record: broken.record };
    const result = await route(plan(['a']), () => Promise.resolve(1), opts({ breakers: broken, latency }));
    expect(result.value).toBe(1);
  });
});

describe('route with retry-after', () => {
  it('rate limits the candidate for retry-after, moves on, and later routes skip it until it passes', async () => {
    const { c, breakers, opts } = env();
    const calls: string[] = [];
    const invoke = async (cd: Candidate) => {
      calls.push(cd.provider);
      if (cd.provider === 'a' && c.t < 3000) throw new Upstream(429, 3000);
      return cd.provider;
    };
    const first = await route(plan(['a', 'b']), invoke, opts());
    expect(first.value).toBe('b');
    expect(first.attempts.map((x) => [x.provider, x.outcome, x.status])).toEqual([
      ['a', 'error', 429],
      ['b', 'ok', undefined],
    ]);
    expect(breakers.state(T('a'))).toMatchObject({ state: 'closed', windowCalls: 0, rateLimitedForMs: 3000 });
    const second = await route(plan(['a', 'b']), invoke, opts());
    expect(second.skipped).toEqual([{ provider: 'a', model: 'm', reason: 'rate_limited', retryInMs: 3000 }]);
    c.t = 3000;
    expect((await route(plan(['a', 'b']), invoke, opts())).value).toBe('a');
    expect(calls).toEqual(['a', 'b', 'b', 'a']);
  });

  it('moves on after a retry-after even when classify calls it non-retryable, and without breakers', async () => {
    const calls: string[] = [];
    const classify429 = (): Classification => ({ outcome: 'error', retryable: false, status: 429, retryAfterMs: 1000 });
    const invoke = async (cd: Candidate) => {
      calls.push(cd.provider);
      if (cd.provider === 'a') throw new Error('429');
      return 'b';
    };
    const result = await route(plan(['a', 'b']), invoke, {
      attemptTimeoutMs: 20,
      deadlineMs: 1000,
      permitted: new Set(['a', 'b']),
      classify: classify429,
    });
    expect(result.value).toBe('b');
    expect(calls).toEqual(['a', 'b']);
  });
});

describe('route with a cascade', () => {
  type Answer = { from: string; verdict: EscalationReason | null };
  const answer = (verdicts: Record<string, EscalationReason | null>) => {
    const signals = new Map<string, AbortSignal>();
    const invoke = (cd: Candidate, signal: AbortSignal): Promise<Answer> => {
      signals.set(cd.provider, signal);
      return Promise.resolve({ from: cd.provider, verdict: verdicts[cd.provider] ?? null });
    };
    return { signals, invoke, accept: (v: Answer) => v.verdict };
  };

  it('escalates on a listed verdict, in plan order, and releases the rejected answer', async () => {
    const { opts } = env();
    const { signals, invoke, accept } = answer({ a: 'invalid_json', b: 'length' });
    const result = await route(plan(['a', 'b', 'c'], ['invalid_json', 'length']), invoke, opts({ accept }));
    expect(result.value.from).toBe('c');
    expect(result.unaccepted).toBeUndefined();
    expect(result.attempts.map((x) => [x.provider, x.outcome, x.errorKind])).toEqual([
      ['a', 'escalated', 'invalid_json'],
      ['b', 'escalated', 'length'],
      ['c', 'ok', undefined],
    ]);
    expect([signals.get('a')!.aborted, signals.get('b')!.aborted, signals.get('c')!.aborted]).toEqual([true, true, false]);
  });

  it('accepts an answer whose verdict the route does not list', async () => {
    const { opts } = env();
    const { invoke, accept } = answer({ a: 'refusal' });
    const result = await route(plan(['a', 'b'], ['invalid_json']), invoke, opts({ accept }));
    expect(result.value.from).toBe('a');
  });

  it('returns the last escalated answer, marked, when no later candidate gives a better one', async () => {
    const { opts } = env();
    const { signals, invoke, accept } = answer({ a: 'invalid_json', b: 'invalid_json' });
    const result = await route(plan(['a', 'b'], ['invalid_json']), invoke, opts({ accept }));
    expect(result.value.from).toBe('b');
    expect(result.candidate.provider).toBe('b');
    expect(result.unaccepted).toBe('invalid_json');
    expect(signals.get('a')!.aborted).toBe(true);
    expect(signals.get('b')!.aborted).toBe(false);

    const failingLater = (cd: Candidate) =>
      cd.provider === 'a' ? invoke(cd, new AbortController().signal) : Promise.reject(new Upstream(503));
    const held = await route(plan(['a', 'b'], ['invalid_json', 'error']), failingLater, opts({ accept }));
    expect(held.value.from).toBe('a');
    expect(held.unaccepted).toBe('invalid_json');
  });

  it('stops when a failure kind is not listed (not_escalated)', async () => {
    const { opts } = env();
    const calls: string[] = [];
    const err = await failure(
      route(plan(['a', 'b'], ['invalid_json', 'error']), (cd) => (calls.push(cd.provider), never()), opts({ attemptTimeoutMs: 5 })),
    );
    expect(err.stop).toBe('not_escalated');
    expect(err.code).toBe('upstream_timeout');
    const err2 = await failure(
      route(plan(['a', 'b'], ['timeout']), (cd) => (calls.push(cd.provider), Promise.reject(new Upstream(500))), opts()),
    );
    expect(err2.stop).toBe('not_escalated');
    expect(calls).toEqual(['a', 'a']);
  });

  it('falls through errors and timeouts when listed', async () => {
    const { opts } = env();
    const invoke = (cd: Candidate) =>
      cd.provider === 'a' ? never<string>() : cd.provider === 'b' ? Promise.reject(new Upstream(500)) : Promise.resolve('c');
    const result = await route(plan(['a', 'b', 'c'], ['error', 'timeout']), invoke, opts({ attemptTimeoutMs: 5 }));
    expect(result.attempts.map((x) => x.outcome)).toEqual(['timeout', 'error', 'ok']);
  });

  it('ignores accept() for plans without escalateOn, and accepts when accept() throws', async () => {
    const { opts } = env();
    const { invoke, accept } = answer({ a: 'invalid_json' });
    expect((await route(plan(['a', 'b']), invoke, opts({ accept }))).value.from).toBe('a');
    const throwing = (): EscalationReason => {
      throw new Error('bug');
    };
    expect((await route(plan(['a', 'b'], ['invalid_json']), invoke, opts({ accept: throwing }))).value.from).toBe('a');
  });

  it('an escalated answer is a healthy provider for the breaker', async () => {
    const { breakers, opts } = env();
    const { invoke, accept } = answer({ a: 'invalid_json' });
    for (let i = 0; i < 3; i++) await route(plan(['a', 'b'], ['invalid_json']), invoke, opts({ accept }));
    expect(breakers.state(T('a'))).toMatchObject({ state: 'closed', windowFailures: 0, windowCalls: 3 });
  });
});
