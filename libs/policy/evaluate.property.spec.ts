import fc from 'fast-check';
import { CATEGORIES, DATA_LEVELS, levelRank, type Category, type DataLevel } from '@libs/core';
import { evaluate, type PolicyFacts } from './evaluate';
import { aBundle, aProvider, aRule } from './policy.fixtures';
import { HOSTINGS, type ComplianceRule, type PolicyBundle, type Provider } from './schema';

const REGIONS = ['eu-west-1', 'eu-central-1', 'us-east-1', 'on-prem'] as const;
const TENANT_REGIONS = ['eu', 'us', 'apac'] as const;

const providerArb = (i: number): fc.Arbitrary<Provider> =>
  fc
    .record({
      hosting: fc.constantFrom(...HOSTINGS),
      regions: fc.uniqueArray(fc.constantFrom(...REGIONS), { minLength: 1, maxLength: 2 }),
      baa: fc.boolean(),
      zeroRetention: fc.option(fc.boolean(), { nil: undefined }),
      attestationsValidUntil: fc.constantFrom('2024-12-31', '2026-06-01', '2030-01-01'),
    })
    .map((p) => aProvider({ id: `p${i}`, ...p }));

const ruleArb = (i: number): fc.Arbitrary<ComplianceRule> =>
  fc
    .record({
      when: fc.record(
        {
          categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { minLength: 1 }),
          level: fc.constantFrom(...DATA_LEVELS),
          tenantRegion: fc.uniqueArray(fc.constantFrom(...TENANT_REGIONS, 'e*'), { minLength: 1 }),
        },
        { requiredKeys: [] },
      ),
      require: fc.option(
        fc.record(
          {
            baa: fc.boolean(),
            hosting: fc.uniqueArray(fc.constantFrom(...HOSTINGS), { minLength: 1 }),
            regions: fc.uniqueArray(fc.constantFrom(...REGIONS, 'eu-*'), { minLength: 1 }),
            zeroRetention: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
      action: fc.constantFrom('allow', 'allow', 'pseudonymize', 'block'),
    })
    .map((r) => aRule({ id: `r${i}`, ...r }));

const bundleArb: fc.Arbitrary<PolicyBundle> = fc
  .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }))
  .chain(([np, nr]) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: np }, (_, i) => providerArb(i))),
      fc.tuple(...Array.from({ length: nr }, (_, i) => ruleArb(i))),
    ),
  )
  .map(([providers, compliance]) => aBundle({ providers, compliance, routes: [] }));

const factsArb: fc.Arbitrary<PolicyFacts> = fc.record({
  level: fc.constantFrom(...DATA_LEVELS),
  categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
  tenantRegion: fc.constantFrom(...TENANT_REGIONS),
  now: fc.constant(new Date('2026-06-01T12:00:00Z')),
});

describe('evaluate (properties)', () => {
  it('partitions the providers: permitted and excluded are disjoint and cover all, each excluded once', () => {
    fc.assert(
      fc.property(bundleArb, factsArb, (bundle, facts) => {
        const d = evaluate(bundle, facts);
        const excluded = d.excluded.map((e) => e.provider);
        expect(d.permitted.filter((p) => excluded.includes(p))).toEqual([]);
        expect(new Set(excluded).size).toBe(excluded.length);
        expect([...d.permitted, ...excluded].sort()).toEqual(bundle.providers.map((p) => p.id).sort());
        if (d.action === 'block') expect(d.permitted).toEqual([]);
      }),
    );
  });

  it('is monotonic: another category or a higher level never enlarges the permitted set', () => {
    fc.assert(
      fc.property(
        bundleArb,
        factsArb,
        fc.constantFrom(...CATEGORIES),
        fc.constantFrom(...DATA_LEVELS),
        (bundle, facts, extra: Category, raise: DataLevel) => {
          const before = new Set(evaluate(bundle, facts).permitted);
          const level = levelRank(raise) > levelRank(facts.level) ? raise : facts.level;
          const categories = facts.categories.includes(extra) ? facts.categories : [...facts.categories, extra];
          for (const more of [
            { ...facts, categories },
            { ...facts, level },
            { ...facts, categories, level },
          ]) {
            for (const p of evaluate(bundle, more).permitted) expect(before.has(p)).toBe(true);
          }
        },
      ),
    );
  });
});
