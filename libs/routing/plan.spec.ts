import fc from 'fast-check';
import type { ModelOffer } from './cost';
import { candidateKey, explainChoice, planRoute, type PlanInput } from './plan';

const offer = (provider: string, model: string, inPrice: number, outPrice = inPrice): ModelOffer => ({
  provider,
  model,
  inputUsdPerMTok: inPrice,
  outputUsdPerMTok: outPrice,
});

const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  strategy: 'cheapest',
  routeId: 'support-chat',
  offers: [],
  permitted: new Set(['a', 'b', 'c', 'd']),
  promptTokens: 100,
  maxOutputTokens: 100,
  ...over,
});

const names = (p: { candidates: { provider: string; model: string }[] }): string[] => p.candidates.map((c) => `${c.provider}/${c.model}`);

describe('planRoute', () => {
  it.each([
    ['cheapest sorts by estimated cost', 'cheapest', [offer('a', 'x', 3), offer('b', 'x', 1), offer('c', 'x', 2)], ['b/x', 'c/x', 'a/x']],
    [
      'cheapest breaks ties by route order',
      'cheapest',
      [offer('c', 'x', 1), offer('a', 'x', 2), offer('b', 'x', 1)],
      ['c/x', 'b/x', 'a/x'],
    ],
    ['cheapest weighs output price by output tokens', 'cheapest', [offer('a', 'x', 1, 10), offer('b', 'x', 5, 1)], ['b/x', 'a/x']],
    ['cheapest puts mispriced offers last', 'cheapest', [offer('a', 'x', Number.NaN), offer('b', 'x', 9)], ['b/x', 'a/x']],
    ['ordered keeps route order', 'ordered', [offer('a', 'x', 3), offer('b', 'x', 1), offer('c', 'x', 2)], ['a/x', 'b/x', 'c/x']],
    ['duplicates keep the first occurrence', 'ordered', [offer('a', 'x', 3), offer('b', 'x', 1), offer('a', 'x', 0)], ['a/x', 'b/x']],
    ['same provider, two models', 'cheapest', [offer('a', 'big', 5), offer('a', 'small', 1)], ['a/small', 'a/big']],
  ])('%s', (_name, strategy, offers, expected) => {
    const plan = planRoute(input({ strategy, offers }));
    expect(names(plan)).toEqual(expected);
    expect(plan.strategy).toBe(strategy);
    expect(plan.notes).toBeUndefined();
  });

  it('drops and lists offers whose provider is not permitted, once each', () => {
    const offers = [offer('a', 'x', 1), offer('evil', 'x', 0), offer('b', 'y', 2), offer('evil', 'x', 0), offer('other', 'z', 0)];
    const plan = planRoute(input({ offers, permitted: new Set(['a', 'b']) }));
    expect(names(plan)).toEqual(['a/x', 'b/y']);
    expect(plan.dropped).toEqual([
      { provider: 'evil', model: 'x', reason: 'not_permitted' },
      { provider: 'other', model: 'z', reason: 'not_permitted' },
    ]);
  });

  it('an empty permitted set gives no candidates', () => {
    const plan = planRoute(input({ offers: [offer('a', 'x', 1)], permitted: new Set() }));
    expect(plan.candidates).toEqual([]);
    expect(plan.dropped).toHaveLength(1);
  });

  it('falls back to cheapest for an unsupported strategy, with a note', () => {
    const plan = planRoute(input({ strategy: 'random', offers: [offer('a', 'x', 3), offer('b', 'x', 1)] }));
    expect(plan.strategy).toBe('cheapest');
    expect(names(plan)).toEqual(['b/x', 'a/x']);
    expect(plan.notes).toEqual(['strategy "random" is not supported; used cheapest']);
  });

  it('falls back to fastest for balanced without a usable latency budget, with a note', () => {
    for (const latencyBudgetMs of [undefined, 0, -5, Number.NaN, Infinity]) {
      const plan = planRoute(
        input({ strategy: 'balanced', offers: [offer('a', 'x', 1)], ...(latencyBudgetMs === undefined ? {} : { latencyBudgetMs }) }),
      );
      expect(plan.strategy).toBe('fastest');
      expect(plan.notes).toEqual(['balanced needs a latency budget; used fastest']);
      expect(plan.latencyBudgetMs).toBeUndefined();
    }
  });

  it('annotates p95 only for latency strategies, and treats bad latency data as unknown', () => {
    const offers = [offer('a', 'x', 1), offer('b', 'x', 1), offer('c', 'x', 1), offer('d', 'x', 1)];
    const table: Record<string, number> = { a: 120, b: Number.NaN, c: -1 };
    const latency = {
      p95: (t: { provider: string }): number | undefined => {
        if (t.provider === 'd') throw new Error('broken stats');
        return table[t.provider];
      },
    };
    const fast = planRoute(input({ strategy: 'fastest', offers, latency }));
    expect(fast.candidates.map((c) => c.p95Ms)).toEqual([120, undefined, undefined, undefined]);
    const cheap = planRoute(input({ strategy: 'cheapest', offers, latency }));
    expect(cheap.candidates.every((c) => !('p95Ms' in c))).toBe(true);
  });

  it('carries escalateOn for cascades only, in canonical order, defaulting to every reason', () => {
    const offers = [offer('a', 'x', 1)];
    expect(planRoute(input({ strategy: 'cascade', offers })).escalateOn).toEqual(['invalid_json', 'length', 'refusal', 'error', 'timeout']);
    expect(planRoute(input({ strategy: 'cascade', offers, escalateOn: ['length', 'invalid_json'] })).escalateOn).toEqual([
      'invalid_json',
      'length',
    ]);
    expect(planRoute(input({ strategy: 'cheapest', offers, escalateOn: ['length'] })).escalateOn).toBeUndefined();
  });

  it('estimates each candidate cost and copies only offer fields, frozen', () => {
    const rich = { ...offer('a', 'x', 2, 4), apiKey: 'secret' };
    const plan = planRoute(input({ offers: [rich], promptTokens: 1000, maxOutputTokens: 500 }));
    const [c] = plan.candidates;
    expect(c).toEqual({ provider: 'a', model: 'x', inputUsdPerMTok: 2, outputUsdPerMTok: 4, estimatedCostUsd: 0.004 });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('PROPERTY: candidates are permitted, ordered by the strategy, and with dropped cover every offer', () => {
    const pool = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
    const offerArb = fc.record({
      provider: fc.constantFrom(...pool),
      model: fc.constantFrom('m0', 'm1', 'm2'),
      inputUsdPerMTok: fc.constantFrom(0, 0.5, 1, 2, 10),
      outputUsdPerMTok: fc.constantFrom(0, 1, 3),
    });
    fc.assert(
      fc.property(
        fc.array(offerArb, { maxLength: 12 }),
        fc.subarray(pool),
        fc.constantFrom('cheapest', 'ordered', 'balanced', 'cascade', 'fastest'),
        fc.nat({ max: 5000 }),
        (offers, permittedList, strategy, tokens) => {
          const permitted = new Set(permittedList);
          const plan = planRoute(input({ offers, permitted, strategy, promptTokens: tokens, maxOutputTokens: 256 }));
          for (const c of plan.candidates) expect(permitted.has(c.provider)).toBe(true);
          for (const d of plan.dropped) expect(permitted.has(d.provider)).toBe(false);

          const firstIndex = new Map<string, number>();
          offers.forEach((o, i) => firstIndex.has(candidateKey(o)) || firstIndex.set(candidateKey(o), i));
          const planned = [...plan.candidates, ...plan.dropped].map(candidateKey);
          expect(new Set(planned).size).toBe(planned.length);
          expect(new Set(planned)).toEqual(new Set(firstIndex.keys()));

          const idx = plan.candidates.map((c) => firstIndex.get(candidateKey(c)) as number);
          for (let i = 1; i < plan.candidates.length; i++) {
            const [a, b] = [plan.candidates[i - 1]!, plan.candidates[i]!];
            if (plan.strategy === 'ordered') expect(idx[i - 1]!).toBeLessThan(idx[i]!);
            else {
              expect(a.estimatedCostUsd).toBeLessThanOrEqual(b.estimatedCostUsd);
              if (a.estimatedCostUsd === b.estimatedCostUsd) expect(idx[i - 1]!).toBeLessThan(idx[i]!);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('explainChoice', () => {
  const offers = [offer('sim-us-strong', 'large', 10), offer('sim-us-cheap', 'chat', 0.1, 0.1), offer('vendor', 'x', 1)];
  const cheapest = planRoute(
    input({ offers, permitted: new Set(['sim-us-strong', 'sim-us-cheap']), promptTokens: 200, maxOutputTokens: 200 }),
  );
  const ordered = planRoute(input({ strategy: 'ordered', routeId: null, offers, permitted: new Set(['sim-us-strong', 'sim-us-cheap']) }));

  it.each([
    [
      'cheapest first',
      cheapest,
      0,
      'chose sim-us-cheap/chat, cheapest at $0.000040 estimated (route support-chat; 1 offer excluded by policy)',
    ],
    [
      'cheapest after a failure',
      cheapest,
      1,
      'chose sim-us-strong/large, cheapest available at $0.004000 estimated after 1 earlier candidate failed (route support-chat; 1 offer excluded by policy)',
    ],
    [
      'ordered first',
      ordered,
      0,
      'chose sim-us-strong/large, first permitted in route order, at $0.002000 estimated (1 offer excluded by policy)',
    ],
    [
      'ordered after a failure',
      ordered,
      1,
      'chose sim-us-cheap/chat, next permitted in route order, at $0.000020 estimated after 1 earlier candidate failed (1 offer excluded by policy)',
    ],
  ])('%s', (_name, plan, index, sentence) => {
    expect(explainChoice(plan, plan.candidates[index]!)).toBe(sentence);
  });

  it('explains no choice', () => {
    const none = planRoute(input({ offers, permitted: new Set() }));
    expect(explainChoice(none, null)).toBe('no permitted candidate (route support-chat; 3 offers excluded by policy)');
    expect(explainChoice(cheapest, null)).toBe(
      'no candidate succeeded, 2 permitted candidates tried or skipped (route support-chat; 1 offer excluded by policy)',
    );
  });

  it('includes plan notes', () => {
    const plan = planRoute(input({ strategy: 'semantic', offers: [offer('a', 'x', 1)] }));
    expect(explainChoice(plan, plan.candidates[0]!)).toContain('strategy "semantic" is not supported; used cheapest');
  });
});
