import { explainChoice } from '../plan';
import { names, offer, planWith } from './strategy.fixtures';

describe('strategy ordered', () => {
  it.each([
    ['route order, whatever the price', [offer('a/x', 3), offer('b/x', 1), offer('c/x', 2)], ['a/x', 'b/x', 'c/x']],
    ['duplicates keep the first', [offer('a/x', 3), offer('b/x', 1), offer('a/x', 0)], ['a/x', 'b/x']],
    ['latency is ignored', [offer('slow/x', 1), offer('fast/x', 2)], ['slow/x', 'fast/x']],
  ])('%s', (_name, offers, expected) => {
    expect(names(planWith('ordered', offers, { p95: { 'fast/x': 10, 'slow/x': 9000 } }))).toEqual(expected);
  });

  it.each([
    [0, 'chose a/x, first permitted in route order, at $0.000600 estimated'],
    [1, 'chose b/x, next permitted in route order, at $0.000200 estimated after 1 earlier candidate failed'],
  ])('explains choice %i', (index, sentence) => {
    const plan = planWith('ordered', [offer('a/x', 3), offer('b/x', 1)]);
    expect(explainChoice(plan, plan.candidates[index]!)).toBe(sentence);
  });
});
