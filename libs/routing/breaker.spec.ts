import { CircuitBreakers, type BreakerDecision, type BreakerPermit, type CircuitBreakerOptions } from './breaker';

const A = { provider: 'a', model: 'x' };
const B = { provider: 'b', model: 'x' };

function setup(over: CircuitBreakerOptions = {}) {
  const c = { t: 1_000_000 };
  const breakers = new CircuitBreakers({
    consecutiveFailures: 3,
    errorRate: 0.5,
    minCalls: 10,
    windowMs: 10_000,
    cooldownMs: 1000,
    now: () => c.t,
    ...over,
  });
  return { c, breakers };
}

function permit(d: BreakerDecision): BreakerPermit {
  if (!d.allowed) throw new Error(`refused: ${d.reason}`);
  return d.permit;
}

function fail(b: CircuitBreakers, n: number, target = A): void {
  for (let i = 0; i < n; i++) b.record(permit(b.acquire(target)), 'failure');
}

describe('CircuitBreakers', () => {
  it('starts closed, with zero counters, for any key', () => {
    const { breakers } = setup();
    expect(breakers.state(A)).toEqual({
      provider: 'a',
      model: 'x',
      state: 'closed',
      consecutiveFailures: 0,
      windowCalls: 0,
      windowFailures: 0,
      opens: 0,
      probeInFlight: false,
      halfOpenInMs: 0,
      rateLimitedForMs: 0,
    });
    expect(breakers.acquire(A)).toEqual({ allowed: true, permit: expect.objectContaining({ probe: false }) });
  });

  it('opens after K consecutive failures, per provider/model', () => {
    const { breakers } = setup();
    fail(breakers, 2);
    expect(breakers.state(A).state).toBe('closed');
    fail(breakers, 1);
    expect(breakers.state(A)).toMatchObject({ state: 'open', consecutiveFailures: 3, opens: 1, halfOpenInMs: 1000 });
    expect(breakers.acquire(A)).toEqual({ allowed: false, reason: 'breaker_open', retryInMs: 1000 });
    expect(breakers.acquire(B).allowed).toBe(true);
    expect(breakers.acquire({ provider: 'a', model: 'y' }).allowed).toBe(true);
  });

  it('reports each opening (target and cool-down) to onOpen, once per transition', () => {
    const opened: string[] = [];
    const { c, breakers } = setup({ onOpen: (t, ms) => opened.push(`${t.provider}/${t.model}:${ms}`) });
    fail(breakers, 2);
    expect(opened).toEqual([]);
    fail(breakers, 1);
    expect(opened).toEqual(['a/x:1000']);
    c.t += 1000; // half-open: the failed probe opens it again
    fail(breakers, 1);
    expect(opened).toEqual(['a/x:1000', 'a/x:1000']);
  });

  it('a success resets the consecutive count', () => {
    const { breakers } = setup();
    fail(breakers, 2);
    breakers.record(permit(breakers.acquire(A)), 'success');
    fail(breakers, 2);
    expect(breakers.state(A)).toMatchObject({ state: 'closed', consecutiveFailures: 2, windowCalls: 5, windowFailures: 4 });
  });

  it('opens on an error rate above the threshold once minCalls is reached', () => {
    const { breakers } = setup({ consecutiveFailures: 100 });
    const outcomes = ['failure', 'success', 'failure', 'success', 'failure', 'success', 'failure', 'success', 'failure'] as const;
    for (const v of outcomes) breakers.record(permit(breakers.acquire(A)), v);
    expect(breakers.state(A).state).toBe('closed'); // 5/9, below minCalls
    breakers.record(permit(breakers.acquire(A)), 'success');
    expect(breakers.state(A).state).toBe('closed'); // 5/10 is not above 50%
    breakers.record(permit(breakers.acquire(A)), 'failure');
    expect(breakers.state(A)).toMatchObject({ state: 'open', windowCalls: 11, windowFailures: 6 });
  });

  it('forgets calls older than the window', () => {
    const { c, breakers } = setup({ consecutiveFailures: 100 });
    for (let i = 0; i < 9; i++) breakers.record(permit(breakers.acquire(A)), 'failure');
    c.t += 10_000;
    breakers.record(permit(breakers.acquire(A)), 'failure');
    expect(breakers.state(A)).toMatchObject({ state: 'closed', windowCalls: 1, windowFailures: 1 });
  });

  it('half-opens after the cool-down and lets exactly one probe through', () => {
    const { c, breakers } = setup();
    fail(breakers, 3);
    c.t += 999;
    expect(breakers.acquire(A).allowed).toBe(false);
    c.t += 1;
    expect(breakers.state(A)).toMatchObject({ state: 'half_open', probeInFlight: false });
    const probe = permit(breakers.acquire(A));
    expect(probe.probe).toBe(true);
    expect(breakers.acquire(A)).toMatchObject({ allowed: false, reason: 'breaker_open' });
    expect(breakers.state(A).probeInFlight).toBe(true);
    breakers.record(probe, 'success');
    expect(breakers.state(A)).toMatchObject({ state: 'closed', consecutiveFailures: 0, windowCalls: 0, opens: 1 });
    expect(breakers.acquire(A)).toMatchObject({ allowed: true, permit: { probe: false } });
  });

  it('a failed probe opens the breaker for another cool-down', () => {
    const { c, breakers } = setup();
    fail(breakers, 3);
    c.t += 1000;
    breakers.record(permit(breakers.acquire(A)), 'failure');
    expect(breakers.state(A)).toMatchObject({ state: 'open', opens: 2, halfOpenInMs: 1000 });
  });

  it('a neutral probe frees the slot for the next probe', () => {
    const { c, breakers } = setup();
    fail(breakers, 3);
    c.t += 1000;
    breakers.record(permit(breakers.acquire(A)), 'neutral');
    expect(breakers.state(A)).toMatchObject({ state: 'half_open', probeInFlight: false });
    expect(permit(breakers.acquire(A)).probe).toBe(true);
  });

  it('abandons a probe that never reports, and ignores its late verdict', () => {
    const { c, breakers } = setup({ probeTimeoutMs: 5000 });
    fail(breakers, 3);
    c.t += 1000;
    const lost = permit(breakers.acquire(A));
    c.t += 5000;
    const next = permit(breakers.acquire(A));
    expect(next.probe).toBe(true);
    breakers.record(lost, 'success');
    expect(breakers.state(A)).toMatchObject({ state: 'half_open', probeInFlight: true });
    breakers.record(next, 'failure');
    expect(breakers.state(A).state).toBe('open');
  });

  it('ignores a late verdict from before a transition', () => {
    const { c, breakers } = setup();
    const slow = permit(breakers.acquire(A));
    fail(breakers, 3);
    c.t += 1000;
    breakers.record(slow, 'success'); // issued while closed: must not close the half-open breaker
    expect(breakers.state(A).state).toBe('half_open');
  });

  it('neutral verdicts do not count', () => {
    const { breakers } = setup();
    for (let i = 0; i < 10; i++) breakers.record(permit(breakers.acquire(A)), 'neutral');
    expect(breakers.state(A)).toMatchObject({ state: 'closed', windowCalls: 0 });
  });

  it('rate limits for a retry-after, capped, without opening', () => {
    const { c, breakers } = setup({ maxRetryAfterMs: 60_000 });
    breakers.rateLimit(A, 2000);
    expect(breakers.acquire(A)).toEqual({ allowed: false, reason: 'rate_limited', retryInMs: 2000 });
    expect(breakers.state(A)).toMatchObject({ state: 'closed', rateLimitedForMs: 2000 });
    c.t += 2000;
    expect(breakers.acquire(A).allowed).toBe(true);
    breakers.rateLimit(A, 10 * 60_000);
    expect(breakers.state(A).rateLimitedForMs).toBe(60_000);
    breakers.rateLimit(B, Number.NaN);
    breakers.rateLimit(B, -1);
    expect(breakers.acquire(B).allowed).toBe(true);
  });

  it('lists every breaker for an admin endpoint', () => {
    const { breakers } = setup();
    fail(breakers, 3, A);
    breakers.acquire(B);
    expect(breakers.states().map((s) => [s.provider, s.state])).toEqual([
      ['a', 'open'],
      ['b', 'closed'],
    ]);
  });

  it.each([[{ consecutiveFailures: 0 }], [{ errorRate: 1.5 }], [{ minCalls: 0 }], [{ cooldownMs: 0 }], [{ windowMs: Infinity }]])(
    'rejects options %j',
    (options) => {
      expect(() => new CircuitBreakers(options)).toThrow(RangeError);
    },
  );

  it('keeps defaults for options given as undefined', () => {
    expect(() => new CircuitBreakers({ cooldownMs: undefined })).not.toThrow();
  });
});
