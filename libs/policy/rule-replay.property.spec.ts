import fc from 'fast-check';
import { CATEGORIES, DATA_LEVELS, WORKLOADS } from '@libs/core';
import { keywordMatcher } from './keywords';
import { judgeRule, unknownLists } from './rule-replay';
import { OUTPUT_FORMATS, PRIORITIES, type RuleCondition } from './rule-schema';
import { matchRule, type RequestSignals } from './rules';
import { whenOf } from './rule-arbitraries.testing';

/** Judging a rule from recorded signals agrees with live matching, and never guesses an unknown list. */

const TIMES = ['00:00', '05:59', '06:00', '08:00', '12:00', '17:59', '18:00', '22:00', '23:59'];

const leafArb: fc.Arbitrary<RuleCondition> = fc.oneof(
  fc.record({ promptTokens: fc.record({ gt: fc.nat(20), lte: fc.nat(20) }, { requiredKeys: ['gt'] }) }),
  fc.record({ messages: fc.record({ eq: fc.nat(3) }) }),
  fc.record({ keywords: fc.constantFrom('a', 'b', 'c', ['a', 'b'], ['b', 'c']) }),
  fc.record({ format: fc.constantFrom(...OUTPUT_FORMATS) }),
  fc.record({ tools: fc.boolean() }),
  fc.record({ levels: fc.uniqueArray(fc.constantFrom(...DATA_LEVELS), { minLength: 1 }) }),
  fc.record({ categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { minLength: 1 }) }),
  fc.record({ tenantRegion: fc.constantFrom('us', ['eu', 'us'], 'eu') }),
  fc.record({ tenantTier: fc.constantFrom('free', 'pro') }),
  fc.record({ workload: fc.constantFrom(...WORKLOADS) }),
  fc.record({ priority: fc.constantFrom(...PRIORITIES) }),
  fc.record({ timeOfDay: fc.constantFrom({ from: '08:00', to: '18:00' }, { from: '22:00', to: '06:00' }) }),
  fc.constant({}),
);

const whenArb = whenOf(leafArb);

const signalsArb: fc.Arbitrary<RequestSignals> = fc
  .record({
    promptTokens: fc.nat(22),
    messages: fc.nat(4),
    format: fc.constantFrom(...OUTPUT_FORMATS),
    tools: fc.boolean(),
    level: fc.constantFrom(...DATA_LEVELS),
    categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
    tenantRegion: fc.constantFrom('us', 'eu'),
    tenantTier: fc.constantFrom('free', 'pro', null),
    workload: fc.constantFrom(null, ...WORKLOADS),
    priority: fc.constantFrom(...PRIORITIES),
    localTime: fc.constantFrom(...TIMES),
    words: fc.subarray(['alpha', 'beta', 'gamma']),
  })
  .map(({ words, ...s }) => ({ ...s, texts: () => [words.join(' ')] }));

const LISTS = { a: ['alpha'], b: ['beta'], c: ['gamma'] };

describe('judgeRule', () => {
  it('with every keyword list known, agrees with matchRule', () => {
    fc.assert(
      fc.property(whenArb, signalsArb, (when, s) => {
        const found = keywordMatcher(LISTS).scan(s.texts());
        expect(judgeRule(when, s, (l) => found.has(l))).toBe(matchRule(when, s, LISTS).matched);
      }),
      { numRuns: 1000 },
    );
  });

  it('with some lists unknown, a verdict is the live one and null names an unknown list', () => {
    fc.assert(
      fc.property(whenArb, signalsArb, fc.subarray(['a', 'b', 'c']), (when, s, unknown) => {
        const found = keywordMatcher(LISTS).scan(s.texts());
        const knowledge = (l: string) => (unknown.includes(l) ? null : found.has(l));
        const j = judgeRule(when, s, knowledge);
        if (j === null) expect(unknownLists(when, knowledge).length).toBeGreaterThan(0);
        else expect(j).toBe(matchRule(when, s, LISTS).matched);
      }),
      { numRuns: 1000 },
    );
  });

  it('decides an any whose known branch holds, even if another branch reads an unknown list', () => {
    const when: RuleCondition = { any: [{ keywords: 'a' }, { promptTokens: { gt: 10 } }] };
    const s = { promptTokens: 20 } as RequestSignals;
    expect(judgeRule(when, s, () => null)).toBe(true);
    expect(judgeRule(when, { ...s, promptTokens: 5 }, () => null)).toBeNull();
    expect(judgeRule({ all: [{ keywords: 'a' }, { promptTokens: { gt: 10 } }] }, { ...s, promptTokens: 5 }, () => null)).toBe(false);
  });
});
