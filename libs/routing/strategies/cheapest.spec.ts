import { explainChoice } from '../plan';
import { names, offer, planWith } from './strategy.fixtures';

describe('strategy cheapest', () => {
  it.each([
    ['ascending cost', [offer('a/x', 3), offer('b/x', 1), offer('c/x', 2)], ['b/x', 'c/x', 'a/x']],
    ['ties keep route order', [offer('c/x', 1), offer('a/x', 2), offer('b/x', 1)], ['c/x', 'b/x', 'a/x']],
    ['mispriced last', [offer('a/x', Number.NaN), offer('b/x', 9)], ['b/x', 'a/x']],
    ['latency is ignored', [offer('slow/x', 1), offer('fast/x', 2)], ['slow/x', 'fast/x']],
  ])('%s', (_name, offers, expected) => {
    const plan = planWith('cheapest', offers, { p95: { 'fast/x': 10, 'slow/x': 9000 } });
    expect(names(plan)).toEqual(expected);
    expect(plan.candidates.every((c) => c.p95Ms === undefined)).toBe(true);
  });

  it.each([
    [0, 'chose b/x, cheapest at $0.000200 estimated'],
    [1, 'chose a/x, cheapest available at $0.000600 estimated after 1 earlier candidate failed'],
  ])('explains choice %i', (index, sentence) => {
    const plan = planWith('cheapest', [offer('a/x', 3), offer('b/x', 1)]);
    expect(explainChoice(plan, plan.candidates[index]!)).toBe(sentence);
  });
});
