import { aBundle, aRoute } from './policy.fixtures';
import { checkRules } from './rule-check';
import type { RouteRule } from './rule-schema';

function warnings(rules: Omit<RouteRule, 'route'>[]) {
  const bundle = aBundle({
    routes: [aRoute({ id: 'default', default: true }), aRoute({ id: 'other', match: {} })],
    keywordLists: { escalation: ['refund'], legal: ['court'] },
    rules: rules.map((r) => ({ ...r, route: 'other' })),
  });
  return checkRules(bundle);
}

describe('checkRules: rules that can never match', () => {
  it.each<[string, RouteRule['when']]>([
    ['an empty count range', { promptTokens: { gt: 100, lt: 50 } }],
    ['a count both above and at most', { all: [{ messages: { gt: 3 } }, { messages: { lte: 3 } }] }],
    ['a condition and its negation', { all: [{ keywords: 'escalation' }, { not: { keywords: 'escalation' } }] }],
    ['two formats at once', { all: [{ format: 'json_schema' }, { format: 'text' }] }],
    ['tools and no tools', { tools: true, not: { tools: true } }],
    ['not of everything', { not: {} }],
    ['a level excluded', { levels: ['restricted'], not: { levels: ['restricted', 'public'] } }],
    ['outside every time', { all: [{ timeOfDay: { from: '08:00', to: '12:00' } }, { timeOfDay: { from: '12:00', to: '18:00' } }] }],
    ['two tiers at once', { all: [{ tenantTier: 'free' }, { tenantTier: 'pro' }] }],
  ])('%s', (_name, when) => {
    expect(warnings([{ id: 'r', when }])).toEqual([{ rule: 'r', kind: 'never_matches' }]);
  });

  it.each<[string, RouteRule['when']]>([
    ['a plain keyword rule', { keywords: 'escalation' }],
    ['a window over midnight', { timeOfDay: { from: '22:00', to: '06:00' } }],
    ['any of two contradicting branches still has one', { any: [{ tools: true, not: { tools: true } }, { priority: 'background' }] }],
    ['a tier that is not free', { not: { tenantTier: 'free' } }],
  ])('%s can match', (_name, when) => {
    expect(warnings([{ id: 'r', when }])).toEqual([]);
  });
});

describe('checkRules: shadowed rules', () => {
  it('reports a rule every request of which an earlier rule takes', () => {
    expect(
      warnings([
        { id: 'long', when: { promptTokens: { gt: 1000 } } },
        { id: 'very-long', when: { promptTokens: { gt: 5000 } } },
      ]),
    ).toEqual([{ rule: 'very-long', kind: 'shadowed', by: ['long'] }]);
  });

  it('reports a rule after a catch-all, and one covered by several earlier rules together', () => {
    expect(
      warnings([
        { id: 'json', when: { format: 'json_schema' } },
        { id: 'object', when: { format: 'json_object' } },
        { id: 'any-json', when: { format: ['json_object', 'json_schema'] } },
        { id: 'all', when: {} },
        { id: 'late', when: { tools: true } },
      ]),
    ).toEqual([
      { rule: 'any-json', kind: 'shadowed', by: ['json', 'object'] },
      { rule: 'late', kind: 'shadowed', by: ['all'] },
    ]);
  });

  it('keeps rules that still decide some requests', () => {
    expect(
      warnings([
        { id: 'refund', when: { keywords: 'escalation' } },
        { id: 'long', when: { promptTokens: { gt: 2000 } } },
        { id: 'legal-or-long', when: { any: [{ keywords: 'legal' }, { promptTokens: { gt: 100 } }] } },
      ]),
    ).toEqual([]);
  });
});
