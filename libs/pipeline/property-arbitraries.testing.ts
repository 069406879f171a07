import fc from 'fast-check';
import { CATEGORIES, DATA_LEVELS, WORKLOADS } from '@libs/core';
import { OUTPUT_FORMATS, PRIORITIES, type RuleCondition } from '@libs/policy';
import { aBundle, aProvider, aRoute, aRule } from '../policy/policy.fixtures';
import { HOSTINGS, type PolicyBundle } from '../policy/schema';
import { whenOf } from '../policy/rule-arbitraries.testing';

/** Random bundles (four providers, routes, rules over every signal) and requests, for the property specs. */

const PROVIDERS = ['p0', 'p1', 'p2', 'p3'];
const WORDS = ['refund', 'complaint', 'hello', 'Rückerstattung', '退款', 'parcel'];

export const leafArb: fc.Arbitrary<RuleCondition> = fc.oneof(
  fc.record({ promptTokens: fc.record({ gt: fc.nat(3000) }) }),
  fc.record({ messages: fc.record({ lte: fc.nat(5) }) }),
  fc.record({ keywords: fc.constantFrom('a', 'b', ['a', 'b']) }),
  fc.record({ format: fc.constantFrom(...OUTPUT_FORMATS) }),
  fc.record({ tools: fc.boolean() }),
  fc.record({ levels: fc.uniqueArray(fc.constantFrom(...DATA_LEVELS), { minLength: 1 }) }),
  fc.record({ categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { minLength: 1 }) }),
  fc.record({ tenantRegion: fc.constantFrom('us', 'eu') }),
  fc.record({ tenantTier: fc.constantFrom('free', 'pro') }),
  fc.record({ workload: fc.constantFrom(...WORKLOADS) }),
  fc.record({ priority: fc.constantFrom(...PRIORITIES) }),
  fc.record({ timeOfDay: fc.constantFrom({ from: '08:00', to: '18:00' }, { from: '22:00', to: '06:00' }) }),
  fc.constant({}),
);

export const whenArb = whenOf(leafArb, true);

export const bundleArb: fc.Arbitrary<PolicyBundle> = fc
  .record({
    providers: fc.tuple(
      ...PROVIDERS.map((id) =>
        fc
          .record({
            baa: fc.boolean(),
            hosting: fc.constantFrom(...HOSTINGS),
            regions: fc.constantFrom('us-east-1', 'eu-west-1', 'on-prem').map((r) => [r]),
          })
          .map((p) =>
            aProvider({
              id,
              ...p,
              models: [
                {
                  id: 'chat',
                  inputUsdPerMTok: PROVIDERS.indexOf(id) + 1,
                  outputUsdPerMTok: 1,
                  capabilities: ['chat', 'json_schema', 'tools'],
                },
              ],
            }),
          ),
      ),
    ),
    routes: fc.array(fc.uniqueArray(fc.constantFrom(...PROVIDERS), { minLength: 1 }), { minLength: 1, maxLength: 4 }),
    rules: fc.array(fc.record({ when: whenArb, route: fc.nat(3) }), { maxLength: 5 }),
  })
  .map(({ providers, routes, rules }) =>
    aBundle({
      providers,
      tenants: [{ id: 't1', region: 'us', tier: 'free', timeZone: 'Europe/Berlin' }],
      compliance: [
        aRule({ id: 'phi-needs-baa', when: { categories: ['PHI'] }, require: { baa: true } }),
        aRule({ id: 'restricted-local', when: { level: 'restricted' }, require: { hosting: ['local', 'dedicated'] } }),
        aRule({ id: 'eu-in-eu', when: { tenantRegion: ['eu'] }, require: { regions: ['eu-*', 'on-prem'] } }),
      ],
      routes: routes.map((c, i) => aRoute({ id: `r${i}`, match: {}, candidates: c.map((p) => `${p}/chat`), default: i === 0 })),
      keywordLists: { a: ['refund', 'complaint'], b: ['退款', 'rückerstattung'] },
      rules: rules.map((r, i) => ({ id: `rule${i}`, when: r.when, route: `r${r.route % routes.length}` })),
    }),
  );

export const requestArb = fc.record({
  level: fc.constantFrom(...DATA_LEVELS),
  categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
  region: fc.constantFrom('us', 'eu'),
  promptTokens: fc.nat(4000),
  text: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join(' ')),
  format: fc.constantFrom(...OUTPUT_FORMATS),
  tools: fc.boolean(),
  priority: fc.constantFrom('interactive' as const, 'background' as const, null),
  workload: fc.constantFrom(null, ...WORKLOADS),
  hour: fc.nat(23),
});
