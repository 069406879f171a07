/**
 * The invariant that matters most (SPEC §5): whatever the offers, the permitted set, the strategy and
 * the failures, no provider outside the permitted set is ever invoked, and no candidate twice.
 */
import fc from 'fast-check';
import type { ModelOffer } from './cost';
import { candidateKey, planRoute, type Candidate, type Plan } from './plan';
import { route, RouteExhaustedError, type Classification, type RouteResult } from './route';

const POOL = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];

type Behaviour = 'ok' | 'retryable' | 'fatal' | 'sync-throw' | 'abortable-hang' | 'hang' | 'late-ok' | 'late-reject';
const BEHAVIOURS: Behaviour[] = ['ok', 'retryable', 'fatal', 'sync-throw', 'abortable-hang', 'hang', 'late-ok', 'late-reject'];

class FakeError extends Error {
  constructor(readonly retryable: boolean) {
    super(retryable ? 'retryable' : 'fatal');
  }
}
const classify = (err: unknown): Classification => ({
  outcome: 'error',
  retryable: err instanceof FakeError ? err.retryable : true,
});

const offerArb: fc.Arbitrary<ModelOffer> = fc.record({
  provider: fc.constantFrom(...POOL),
  model: fc.constantFrom('m0', 'm1', 'm2'),
  inputUsdPerMTok: fc.constantFrom(0, 0.1, 1, 5),
  outputUsdPerMTok: fc.constantFrom(0, 0.2, 2, 15),
});

interface Call {
  key: string;
  provider: string;
  signal: AbortSignal;
}

/** An invoke that follows a script of behaviours, one per call, and records every call. */
function scripted(behaviours: Behaviour[]) {
  const calls: Call[] = [];
  const invoke = (c: Candidate, signal: AbortSignal): Promise<string> => {
    const i = calls.length;
    calls.push({ key: candidateKey(c), provider: c.provider, signal });
    const b = behaviours[i % behaviours.length] ?? 'ok';
    const onAbort = (f: () => void): void => signal.addEventListener('abort', f, { once: true });
    switch (b) {
      case 'ok':
        return Promise.resolve(`value-${i}`);
      case 'retryable':
        return Promise.reject(new FakeError(true));
      case 'fatal':
        return Promise.reject(new FakeError(false));
      case 'sync-throw':
        throw new FakeError(true);
      case 'abortable-hang':
        return new Promise((_resolve, reject) => onAbort(() => reject(signal.reason)));
      case 'hang':
        return new Promise<string>(() => undefined);
      case 'late-ok':
        return new Promise((resolve) => onAbort(() => resolve(`late-${i}`)));
      case 'late-reject':
        return new Promise((_resolve, reject) => onAbort(() => reject(new FakeError(false))));
    }
  };
  return { calls, invoke };
}

/** What route() must do, computed from the plan, the permitted set and the script. */
function expected(plan: Plan, permitted: ReadonlySet<string>, behaviours: Behaviour[]) {
  const eligible: string[] = [];
  for (const c of plan.candidates) {
    const key = candidateKey(c);
    if (permitted.has(c.provider) && !eligible.includes(key)) eligible.push(key);
  }
  const invoked: string[] = [];
  for (const key of eligible) {
    const b = behaviours[invoked.length % behaviours.length] ?? 'ok';
    invoked.push(key);
    if (b === 'ok') return { invoked, succeeded: true };
    if (b === 'fatal') return { invoked, succeeded: false };
  }
  return { invoked, succeeded: false };
}

async function runAndCheck(plan: Plan, permitted: ReadonlySet<string>, behaviours: Behaviour[]): Promise<void> {
  const { calls, invoke } = scripted(behaviours);
  let result: RouteResult<string> | null = null;
  let error: unknown = null;
  try {
    result = await route(plan, invoke, { attemptTimeoutMs: 2, deadlineMs: 60_000, permitted, classify });
  } catch (err) {
    error = err;
  }

  // The invariant: only permitted providers, each candidate at most once.
  for (const call of calls) expect(permitted.has(call.provider)).toBe(true);
  const keys = calls.map((c) => c.key);
  expect(new Set(keys).size).toBe(keys.length);

  // And exactly the expected sequence, with one attempt per call.
  const want = expected(plan, permitted, behaviours);
  expect(keys).toEqual(want.invoked);
  const attempts = result ? result.attempts : (error as RouteExhaustedError).attempts;
  expect(attempts.map((a) => candidateKey(a))).toEqual(keys);

  if (want.succeeded) {
    expect(result).not.toBeNull();
    const r = result as RouteResult<string>;
    expect(permitted.has(r.candidate.provider)).toBe(true);
    expect(r.value).toBe(`value-${calls.length - 1}`); // never a late answer
    expect(attempts.map((a) => a.outcome === 'ok')).toEqual(keys.map((_k, i) => i === keys.length - 1));
  } else {
    expect(error).toBeInstanceOf(RouteExhaustedError);
  }
  // Every timed-out attempt was aborted; the winner's signal was not.
  attempts.forEach((a, i) => {
    if (a.outcome === 'timeout') expect(calls[i]!.signal.aborted).toBe(true);
    if (a.outcome === 'ok') expect(calls[i]!.signal.aborted).toBe(false);
  });
}

describe('route PROPERTY: never leaves the permitted set', () => {
  const behavioursArb = fc.array(fc.constantFrom(...BEHAVIOURS), { minLength: 1, maxLength: 8 });
  const strategyArb = fc.constantFrom('cheapest', 'ordered', 'cascade', 'unknown');

  it('for planned routes, with route() given the planning set', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(offerArb, { maxLength: 10 }),
        fc.subarray(POOL),
        strategyArb,
        behavioursArb,
        async (offers, permittedList, strategy, behaviours) => {
          const permitted = new Set(permittedList);
          const plan = planRoute({ strategy, routeId: 'r', offers, permitted, promptTokens: 100, maxOutputTokens: 256 });
          await runAndCheck(plan, permitted, behaviours);
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);

  it('when route() is given a smaller permitted set than planning used (defence in depth)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(offerArb, { maxLength: 10 }),
        fc.subarray(POOL).chain((planning) => fc.tuple(fc.constant(planning), fc.subarray(planning))),
        strategyArb,
        behavioursArb,
        async (offers, [planning, atRoute], strategy, behaviours) => {
          const plan = planRoute({ strategy, routeId: null, offers, permitted: new Set(planning), promptTokens: 10, maxOutputTokens: 10 });
          await runAndCheck(plan, new Set(atRoute), behaviours);
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);

  it('for hand-built plans that contain forbidden and duplicated candidates', async () => {
    const candidateArb = offerArb.map((o): Candidate => ({ ...o, estimatedCostUsd: 0 }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(candidateArb, { maxLength: 10 }),
        fc.subarray(POOL),
        behavioursArb,
        async (candidates, permittedList, behaviours) => {
          const plan: Plan = { strategy: 'ordered', routeId: null, candidates, dropped: [] };
          await runAndCheck(plan, new Set(permittedList), behaviours);
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);
});
