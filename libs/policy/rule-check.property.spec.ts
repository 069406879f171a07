import fc from 'fast-check';
import { CATEGORIES, DATA_LEVELS, WORKLOADS } from '@libs/core';
import { aBundle, aRoute } from './policy.fixtures';
import { checkRules } from './rule-check';
import { OUTPUT_FORMATS, PRIORITIES, type RuleCondition } from './rule-schema';
import { matchRule, type RequestSignals } from './rules';
import { whenOf } from './rule-arbitraries.testing';

/** The warnings of `policy check` are sound: a rule said never to match never does; a shadowed one never decides. */

const TIMES = ['00:00', '05:59', '06:00', '08:00', '12:00', '17:59', '18:00', '22:00', '23:59'];

const leafArb: fc.Arbitrary<RuleCondition> = fc.oneof(
  fc.record({ promptTokens: fc.record({ gt: fc.nat(20), lte: fc.nat(20) }, { requiredKeys: ['gt'] }) }),
  fc.record({ messages: fc.record({ eq: fc.nat(3) }) }),
  fc.record({ keywords: fc.constantFrom('a', 'b', ['a', 'b']) }),
  fc.record({ format: fc.constantFrom(...OUTPUT_FORMATS) }),
  fc.record({ tools: fc.boolean() }),
  fc.record({ levels: fc.uniqueArray(fc.constantFrom(...DATA_LEVELS), { minLength: 1 }) }),
  fc.record({ categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { minLength: 1 }) }),
  fc.record({ tenantTier: fc.constantFrom('free', 'pro') }),
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
    tenantTier: fc.constantFrom('free', 'pro', null),
    workload: fc.constantFrom(null, ...WORKLOADS),
    priority: fc.constantFrom(...PRIORITIES),
    localTime: fc.constantFrom(...TIMES),
    words: fc.subarray(['alpha', 'beta']),
  })
  .map(({ words, ...s }) => ({ ...s, tenantRegion: 'us', texts: () => [words.join(' ')] }));

const LISTS = { a: ['alpha'], b: ['beta'] };

describe('checkRules is sound', () => {
  it('never reports a rule that some request matches, or that decides some request', () => {
    fc.assert(
      fc.property(
        fc.array(whenArb, { minLength: 1, maxLength: 4 }),
        fc.array(signalsArb, { minLength: 30, maxLength: 30 }),
        (whens, samples) => {
          const rules = whens.map((when, i) => ({ id: `r${i}`, when, route: 'default' }));
          const bundle = aBundle({ routes: [aRoute({ default: true })], keywordLists: LISTS, rules });
          for (const w of checkRules(bundle)) {
            const i = rules.findIndex((r) => r.id === w.rule);
            for (const s of samples) {
              if (!matchRule(rules[i]!.when, s, LISTS).matched) continue;
              // it matched: only a shadowed rule may, and then an earlier rule matches too
              expect(w.kind).toBe('shadowed');
              expect(rules.slice(0, i).some((e) => matchRule(e.when, s, LISTS).matched)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
