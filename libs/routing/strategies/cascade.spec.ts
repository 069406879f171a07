import { explainChoice } from '../plan';
import { names, offer, planWith } from './strategy.fixtures';

describe('strategy cascade', () => {
  it.each([
    [
      'cheap first, in cost order',
      [offer('strong/large', 10), offer('cheap/small', 1), offer('mid/m', 3)],
      ['cheap/small', 'mid/m', 'strong/large'],
    ],
    ['ties keep route order', [offer('b/x', 1), offer('a/x', 1)], ['b/x', 'a/x']],
    ['latency is ignored', [offer('slow/x', 1), offer('fast/x', 2)], ['slow/x', 'fast/x']],
  ])('%s', (_name, offers, expected) => {
    const plan = planWith('cascade', offers, { p95: { 'fast/x': 1, 'slow/x': 9000 } });
    expect(plan.strategy).toBe('cascade');
    expect(names(plan)).toEqual(expected);
  });

  it.each([
    [['invalid_json', 'length'] as const, 0, 'cascade: sim-us-cheap/chat first at $0.000020 estimated, escalating on invalid_json, length'],
    [[] as const, 0, 'cascade: sim-us-cheap/chat first at $0.000020 estimated, never escalating'],
    [
      ['invalid_json', 'length', 'refusal', 'error'] as const,
      1,
      'cascade: chose sim-us-strong/large, step 2 of 2, at $0.002000 estimated after 1 earlier step escalated or failed (escalating on invalid_json, length, refusal, error)',
    ],
  ])('explains %j at step %i', (escalateOn, index, sentence) => {
    const plan = planWith('cascade', [offer('sim-us-strong/large', 10), offer('sim-us-cheap/chat', 0.1)], { escalateOn: [...escalateOn] });
    expect(explainChoice(plan, plan.candidates[index]!)).toBe(sentence);
  });
});
