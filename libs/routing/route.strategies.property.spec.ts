/**
 * The permitted-set invariant (SPEC §5) across every strategy, latency table, breaker state, pinned
 * model, cascade verdict and failure sequence: only permitted providers are invoked, none twice, no
 * refused breaker is invoked (a half-open one only as its single probe), and a cascade escalates in
 * plan order. A model of route() predicts the exact call sequence.
 */
import fc from 'fast-check';
import type { ModelOffer } from './cost';
import { LatencyStats } from './latency';
import { planRoute, SUPPORTED_STRATEGIES, type Plan } from './plan';
import {
  BEHAVIOURS,
  breakersIn,
  classify,
  guarded,
  KEYS,
  MODELS,
  PROVIDERS,
  scripted,
  SETUPS,
  type Behaviour,
  type BreakerSetup,
  type Value,
  type Verdict,
} from './route.property.fixtures';
import { route, RouteExhaustedError, type RouteResult } from './route';
import { candidateKey, ESCALATION_REASONS, type Candidate, type ModelTarget } from './types';

type Expected = { invoked: string[]; end: 'accepted' | 'held' | 'failed'; heldCall: number };

/** What route() must do, from the plan, the permitted set, the breaker states and the scripts. */
function model(plan: Plan, permitted: ReadonlySet<string>, setups: BreakerSetup[], behaviours: Behaviour[], verdicts: Verdict[]): Expected {
  const eligible: string[] = [];
  const seen = new Set<string>();
  for (const c of plan.candidates) {
    const key = candidateKey(c);
    if (!permitted.has(c.provider) || seen.has(key)) continue;
    seen.add(key);
    const s = setups[KEYS.indexOf(key)] ?? 'closed';
    if (s === 'closed' || s === 'half_open') eligible.push(key);
  }
  const esc = plan.escalateOn;
  const invoked: string[] = [];
  let heldCall = -1;
  const end = (): Expected => ({ invoked, end: heldCall >= 0 ? 'held' : 'failed', heldCall });
  for (const key of eligible) {
    const i = invoked.length;
    invoked.push(key);
    const b = behaviours[i % behaviours.length] ?? 'ok';
    if (b === 'ok') {
      const v = verdicts[i % verdicts.length] ?? null;
      if (esc && v && esc.includes(v)) heldCall = i;
      else return { invoked, end: 'accepted', heldCall };
    } else if (b === 'hang' || b === 'late-ok') {
      if (esc && !esc.includes('timeout')) return end();
    } else if (b === 'fatal') {
      return end();
    } else if (b === 'retryable' || b === 'sync-throw') {
      if (esc && !esc.includes('error')) return end();
    }
  }
  return end();
}

const offerArb: fc.Arbitrary<ModelOffer> = fc.record({
  provider: fc.constantFrom(...PROVIDERS),
  model: fc.constantFrom(...MODELS),
  inputUsdPerMTok: fc.constantFrom(0, 0.1, 1, 5, Number.NaN),
  outputUsdPerMTok: fc.constantFrom(0, 0.2, 2, 15),
});

// Biased towards scenarios where something is invoked: mostly closed breakers and larger permitted sets.
const setupArb: fc.Arbitrary<BreakerSetup> = fc.oneof(
  { arbitrary: fc.constant<BreakerSetup>('closed'), weight: 4 },
  { arbitrary: fc.constantFrom(...SETUPS), weight: 3 },
);
const setupsArb = fc.array(setupArb, { minLength: KEYS.length, maxLength: KEYS.length });
const planningArb = fc.oneof(
  { arbitrary: fc.subarray(PROVIDERS), weight: 1 },
  { arbitrary: fc.subarray(PROVIDERS, { minLength: 4 }), weight: 6 },
);

const scenarioArb = fc.record({
  // A route's candidates, or one pinned model.
  offers: fc.oneof(
    { arbitrary: fc.array(offerArb, { minLength: 2, maxLength: 8 }), weight: 6 },
    { arbitrary: offerArb.map((o) => [o]), weight: 2 },
    { arbitrary: fc.constant([]), weight: 1 },
  ),
  strategy: fc.oneof(
    { arbitrary: fc.constantFrom<string>(...SUPPORTED_STRATEGIES, 'unknown'), weight: 3 },
    { arbitrary: fc.constant('cascade'), weight: 1 },
  ),
  p95: fc.array(fc.option(fc.nat({ max: 3000 }), { nil: undefined }), { minLength: KEYS.length, maxLength: KEYS.length }),
  latencyBudgetMs: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: undefined }),
  escalateOn: fc.option(fc.subarray([...ESCALATION_REASONS]), { nil: undefined }),
  permitted: planningArb.chain((planning) =>
    fc.tuple(
      fc.constant(planning),
      fc.oneof({ arbitrary: fc.constant(planning), weight: 4 }, { arbitrary: fc.subarray(planning), weight: 1 }),
    ),
  ),
  setups: setupsArb,
  behaviours: fc.array(fc.constantFrom(...BEHAVIOURS), { minLength: 1, maxLength: 8 }),
  verdicts: fc.array(fc.constantFrom<Verdict>(null, null, 'invalid_json', 'length', 'refusal'), { minLength: 1, maxLength: 5 }),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

function planOf(s: Scenario): Plan {
  const p95 = (t: ModelTarget): number | undefined => s.p95[KEYS.indexOf(candidateKey(t))];
  return planRoute({
    strategy: s.strategy,
    routeId: 'r',
    offers: s.offers,
    permitted: new Set(s.permitted[0]),
    promptTokens: 100,
    maxOutputTokens: 100,
    latency: { p95 },
    ...(s.latencyBudgetMs === undefined ? {} : { latencyBudgetMs: s.latencyBudgetMs }),
    ...(s.escalateOn === undefined ? {} : { escalateOn: s.escalateOn }),
  });
}

describe('route PROPERTY: strategies x breakers x cascades stay inside the permitted set', () => {
  it('invokes exactly what the model predicts, and nothing refused', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const plan = planOf(s);
        const permitted = new Set(s.permitted[1]);
        const { port, onInvoke, violations } = guarded(breakersIn(s.setups));
        const { calls, invoke } = scripted(s.behaviours);
        const probes: boolean[] = [];
        const checked = (c: Candidate, signal: AbortSignal): Promise<Value> => {
          probes.push(onInvoke(candidateKey(c)));
          return invoke(c, signal);
        };
        const accept = (v: Value): Verdict => s.verdicts[v.call % s.verdicts.length] ?? null;
        let result: RouteResult<Value> | null = null;
        let error: unknown = null;
        try {
          result = await route(plan, checked, {
            attemptTimeoutMs: 2,
            deadlineMs: 60_000,
            permitted,
            classify,
            breakers: port,
            latency: new LatencyStats(),
            accept,
          });
        } catch (err) {
          error = err;
        }

        expect(violations).toEqual([]);
        const keys = calls.map((c) => c.key);
        for (const c of calls) expect(permitted.has(c.provider)).toBe(true);
        expect(new Set(keys).size).toBe(keys.length);
        keys.forEach((k, i) => {
          const setup = s.setups[KEYS.indexOf(k)];
          expect(['closed', 'half_open']).toContain(setup);
          expect(probes[i]).toBe(setup === 'half_open');
        });
        // Escalation and fallback follow the plan's order.
        const order = plan.candidates.map(candidateKey);
        for (let i = 1; i < keys.length; i++) expect(order.indexOf(keys[i - 1]!)).toBeLessThan(order.indexOf(keys[i]!));

        const want = model(plan, permitted, s.setups, s.behaviours, s.verdicts);
        expect(keys).toEqual(want.invoked);
        const attempts = result ? result.attempts : (error as RouteExhaustedError).attempts;
        expect(attempts.map(candidateKey)).toEqual(keys);
        expect(attempts.map((a) => a.probe === true)).toEqual(probes);
        if (want.end === 'failed') {
          expect(error).toBeInstanceOf(RouteExhaustedError);
          if (keys.length === 0) expect((error as RouteExhaustedError).stop).toBe('no_candidates');
          return;
        }
        const r = result as RouteResult<Value>;
        expect(permitted.has(r.candidate.provider)).toBe(true);
        if (want.end === 'accepted') {
          expect(r.value.call).toBe(calls.length - 1);
          expect(r.unaccepted).toBeUndefined();
        } else {
          expect(r.value.call).toBe(want.heldCall);
          expect(r.unaccepted).toBeDefined();
        }
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('concurrent routes sharing breakers never take two probes or invoke a refused candidate', async () => {
    const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
      new Promise((resolve) => {
        const t = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
      });
    const requestArb = fc.record({
      behaviours: fc.array(fc.constantFrom(...BEHAVIOURS), { minLength: 1, maxLength: 6 }),
      verdicts: fc.array(fc.constantFrom<Verdict>(null, 'invalid_json', 'length'), { minLength: 1, maxLength: 3 }),
      startMs: fc.nat({ max: 3 }),
      callMs: fc.nat({ max: 3 }),
    });
    // Half-open heavy, so that requests meet at a probe.
    const halfOpenHeavy = fc.array(
      fc.constantFrom<BreakerSetup>('closed', 'half_open', 'half_open', 'open', 'busy_probe', 'rate_limited'),
      {
        minLength: KEYS.length,
        maxLength: KEYS.length,
      },
    );
    await fc.assert(
      fc.asyncProperty(scenarioArb, fc.array(requestArb, { minLength: 2, maxLength: 5 }), halfOpenHeavy, async (s, requests, setups) => {
        const { port, onInvoke, violations } = guarded(breakersIn(setups));
        const plan = planOf(s);
        const permitted = new Set(s.permitted[1]);
        await Promise.all(
          requests.map(async (req) => {
            const { calls, invoke } = scripted(req.behaviours);
            const checked = async (c: Candidate, signal: AbortSignal): Promise<Value> => {
              onInvoke(candidateKey(c));
              await sleep(req.callMs, signal);
              return invoke(c, signal);
            };
            const accept = (v: Value): Verdict => req.verdicts[v.call % req.verdicts.length] ?? null;
            await sleep(req.startMs);
            await route(plan, checked, { attemptTimeoutMs: 5, deadlineMs: 60_000, permitted, classify, breakers: port, accept }).catch(
              (e: unknown) => {
                if (!(e instanceof RouteExhaustedError)) violations.push(`unexpected ${String(e)}`);
              },
            );
            for (const c of calls) if (!permitted.has(c.provider)) violations.push(`${c.provider} is not permitted`);
            if (new Set(calls.map((c) => c.key)).size !== calls.length) violations.push('a candidate invoked twice');
          }),
        );
        expect(violations).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
