import { explainChoice } from '../plan';
import { names, offer, planWith } from './strategy.fixtures';

const three = [offer('a/x', 1), offer('b/x', 2), offer('c/x', 3)];

describe('strategy fastest', () => {
  it.each([
    ['ascending p95', three, { 'a/x': 300, 'b/x': 100, 'c/x': 200 }, ['b/x', 'c/x', 'a/x']],
    ['unknown after known', three, { 'c/x': 900 }, ['c/x', 'a/x', 'b/x']],
    ['all unknown: cheapest order', [offer('a/x', 3), offer('b/x', 1)], {}, ['b/x', 'a/x']],
    ['equal p95: cheaper first', [offer('a/x', 3), offer('b/x', 1)], { 'a/x': 50, 'b/x': 50 }, ['b/x', 'a/x']],
    ['equal p95 and cost: route order', [offer('b/x', 1), offer('a/x', 1)], { 'a/x': 50, 'b/x': 50 }, ['b/x', 'a/x']],
    ['zero is a known latency', [offer('a/x', 1), offer('b/x', 1)], { 'b/x': 0 }, ['b/x', 'a/x']],
    ['same provider, two models', [offer('a/big', 1), offer('a/small', 2)], { 'a/small': 40, 'a/big': 400 }, ['a/small', 'a/big']],
  ])('%s', (_name, offers, p95, expected) => {
    const plan = planWith('fastest', offers, { p95 });
    expect(plan.strategy).toBe('fastest');
    expect(names(plan)).toEqual(expected);
  });

  it('records the p95 each candidate was ranked with', () => {
    const plan = planWith('fastest', three, { p95: { 'a/x': 300, 'b/x': 100 } });
    expect(plan.candidates.map((c) => c.p95Ms)).toEqual([100, 300, undefined]);
  });

  it.each([
    ['first, known', { 'sim-local/chat': 120.4 }, 0, 'chose sim-local/chat, fastest at p95 120 ms, $0.000200 estimated'],
    [
      'after a failure',
      { 'sim-local/chat': 120, 'sim-eu/chat': 300 },
      1,
      'chose sim-eu/chat, fastest available at p95 300 ms, $0.000400 estimated after 1 earlier candidate failed',
    ],
    ['no data', {}, 0, 'chose sim-local/chat, cheapest without latency data at $0.000200 estimated'],
  ])('explains: %s', (_name, p95, index, sentence) => {
    const plan = planWith('fastest', [offer('sim-local/chat', 1), offer('sim-eu/chat', 2)], { p95 });
    expect(explainChoice(plan, plan.candidates[index]!)).toBe(sentence);
  });
});
