import { explainChoice } from '../plan';
import { names, offer, planWith } from './strategy.fixtures';

const offers = [offer('cheap/x', 1), offer('mid/x', 2), offer('dear/x', 3)];

describe('strategy balanced', () => {
  it.each([
    ['cheapest within budget first', { 'cheap/x': 2500, 'mid/x': 900, 'dear/x': 100 }, 1000, ['mid/x', 'dear/x', 'cheap/x']],
    ['all within budget: cost order', { 'cheap/x': 900, 'mid/x': 500, 'dear/x': 100 }, 1000, ['cheap/x', 'mid/x', 'dear/x']],
    ['budget is inclusive', { 'cheap/x': 1000, 'mid/x': 10, 'dear/x': 10 }, 1000, ['cheap/x', 'mid/x', 'dear/x']],
    ['none within budget: fastest first', { 'cheap/x': 3000, 'mid/x': 5000, 'dear/x': 2000 }, 1000, ['dear/x', 'cheap/x', 'mid/x']],
    ['unknown never fits, sorts after known', { 'dear/x': 1500 }, 1000, ['dear/x', 'cheap/x', 'mid/x']],
    ['no data at all: cost order', {}, 1000, ['cheap/x', 'mid/x', 'dear/x']],
  ])('%s', (_name, p95, latencyBudgetMs, expected) => {
    const plan = planWith('balanced', offers, { p95, latencyBudgetMs });
    expect(plan.strategy).toBe('balanced');
    expect(plan.latencyBudgetMs).toBe(latencyBudgetMs);
    expect(names(plan)).toEqual(expected);
  });

  it.each([
    [
      'within budget',
      { 'cheap/x': 2500, 'mid/x': 900 },
      0,
      'chose mid/x, cheapest with p95 900 ms within the 2000 ms budget, at $0.000400 estimated',
    ],
    [
      'none within budget',
      { 'cheap/x': 2500, 'mid/x': 3000, 'dear/x': 2100 },
      0,
      'chose dear/x, none within the 2000 ms budget, fastest at p95 2100 ms, $0.000600 estimated',
    ],
    [
      'over budget after a failure',
      { 'cheap/x': 2500, 'mid/x': 900 },
      1,
      'chose cheap/x, over the 2000 ms budget at p95 2500 ms, fastest available, $0.000200 estimated after 1 earlier candidate failed',
    ],
    ['no data', {}, 0, 'chose cheap/x, no latency data to check against the 2000 ms budget, cheapest at $0.000200 estimated'],
  ])('explains: %s', (_name, p95, index, sentence) => {
    const plan = planWith('balanced', offers, { p95, latencyBudgetMs: 2000 });
    expect(explainChoice(plan, plan.candidates[index]!)).toBe(sentence);
  });
});
