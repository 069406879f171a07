import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category, DataLevel } from '@libs/core';
import { evaluate, globMatch, type PolicyExclusion } from './evaluate';
import { loadPolicy } from './load';
import { aBundle, aProvider, aRule, facts } from './policy.fixtures';

const demo = loadPolicy([{ source: 'policies/default.yaml', text: readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8') }]);
const ALL = ['sim-local', 'sim-eu', 'sim-us-cheap', 'sim-us-strong'];
const VENDOR = 'hosting vendor not in local, dedicated';

interface Row {
  name: string;
  level: DataLevel;
  categories: Category[];
  region: 'us' | 'eu';
  permitted: string[];
  excluded: PolicyExclusion[];
  matched: string[];
}

const rows: Row[] = [
  { name: 'public from demo-us', level: 'public', categories: [], region: 'us', permitted: ALL, excluded: [], matched: [] },
  { name: 'PII from demo-us', level: 'confidential', categories: ['PII'], region: 'us', permitted: ALL, excluded: [], matched: [] },
  {
    name: 'PHI from demo-us (PHI is restricted, so it also stays local)',
    level: 'restricted',
    categories: ['PHI', 'PII'],
    region: 'us',
    permitted: ['sim-local'],
    excluded: [
      { provider: 'sim-eu', rule: 'restricted-stays-local', reason: VENDOR },
      { provider: 'sim-us-cheap', rule: 'phi-needs-baa', reason: 'no BAA' },
      { provider: 'sim-us-strong', rule: 'restricted-stays-local', reason: VENDOR },
    ],
    matched: ['phi-needs-baa', 'restricted-stays-local'],
  },
  {
    name: 'PHI at a level below restricted (BAA rule alone)',
    level: 'confidential',
    categories: ['PHI'],
    region: 'us',
    permitted: ['sim-local', 'sim-eu', 'sim-us-strong'],
    excluded: [{ provider: 'sim-us-cheap', rule: 'phi-needs-baa', reason: 'no BAA' }],
    matched: ['phi-needs-baa'],
  },
  {
    name: 'internal from demo-eu',
    level: 'internal',
    categories: [],
    region: 'eu',
    permitted: ['sim-local', 'sim-eu'],
    excluded: [
      { provider: 'sim-us-cheap', rule: 'eu-data-stays-in-eu', reason: 'region us-east-1 not in eu-*, on-prem' },
      { provider: 'sim-us-strong', rule: 'eu-data-stays-in-eu', reason: 'region us-east-1 not in eu-*, on-prem' },
    ],
    matched: ['eu-data-stays-in-eu'],
  },
  {
    name: 'PII from demo-eu',
    level: 'confidential',
    categories: ['PII'],
    region: 'eu',
    permitted: ['sim-local', 'sim-eu'],
    excluded: [
      { provider: 'sim-us-cheap', rule: 'eu-data-stays-in-eu', reason: 'region us-east-1 not in eu-*, on-prem' },
      { provider: 'sim-us-strong', rule: 'eu-data-stays-in-eu', reason: 'region us-east-1 not in eu-*, on-prem' },
    ],
    matched: ['eu-data-stays-in-eu'],
  },
  {
    name: 'PHI from demo-eu',
    level: 'restricted',
    categories: ['PHI'],
    region: 'eu',
    permitted: ['sim-local'],
    excluded: [
      { provider: 'sim-eu', rule: 'restricted-stays-local', reason: VENDOR },
      { provider: 'sim-us-cheap', rule: 'phi-needs-baa', reason: 'no BAA' },
      { provider: 'sim-us-strong', rule: 'restricted-stays-local', reason: VENDOR },
    ],
    matched: ['phi-needs-baa', 'restricted-stays-local', 'eu-data-stays-in-eu'],
  },
];

describe('evaluate on the demo bundle', () => {
  it.each(rows)('$name', ({ level, categories, region, permitted, excluded, matched }) => {
    const d = evaluate(demo, facts({ level, categories, tenantRegion: region }));
    expect(d).toEqual({ permitted, excluded, matchedRules: matched, action: 'allow', blockedBy: [] });
  });

  it.each<[string, 'us' | 'eu']>([
    ['demo-us', 'us'],
    ['demo-eu', 'eu'],
  ])('blocks CREDENTIALS from %s with no-secrets-out', (_tenant, region) => {
    const d = evaluate(demo, facts({ level: 'restricted', categories: ['CREDENTIALS', 'PII'], tenantRegion: region }));
    expect(d.action).toBe('block');
    expect(d.blockedBy).toEqual(['no-secrets-out']);
    expect(d.permitted).toEqual([]);
    expect(d.excluded).toEqual(ALL.map((provider) => ({ provider, rule: 'no-secrets-out', reason: 'blocked: CREDENTIALS' })));
  });
});

describe('evaluate: attestations', () => {
  const bundle = aBundle({
    providers: [
      aProvider({ id: 'old', attestationsValidUntil: '2025-01-01' }),
      aProvider({ id: 'new' }),
      aProvider({ id: 'none', attestationsValidUntil: undefined }),
    ],
    routes: [],
  });

  it.each<[DataLevel, string, string[]]>([
    ['public', '2026-06-01T00:00:00Z', ['old', 'new', 'none']],
    ['internal', '2026-06-01T00:00:00Z', ['new', 'none']],
    ['restricted', '2026-06-01T00:00:00Z', ['new', 'none']],
    ['internal', '2025-01-01T23:59:59Z', ['old', 'new', 'none']], // the end date itself is still valid
    ['internal', '2025-01-02T00:00:00Z', ['new', 'none']],
  ])('level %s at %s permits %j', (level, now, permitted) => {
    const d = evaluate(bundle, facts({ level, now: new Date(now) }));
    expect(d.permitted).toEqual(permitted);
    if (!permitted.includes('old')) {
      expect(d.excluded).toEqual([{ provider: 'old', rule: 'attestation-expired', reason: 'attestations expired 2025-01-01' }]);
    }
  });
});

describe('evaluate: rule semantics', () => {
  const providers = [
    aProvider({ id: 'a', hosting: 'dedicated', regions: ['eu-central-1'], zeroRetention: true }),
    aProvider({ id: 'b', hosting: 'vendor', regions: ['eu-west-1', 'us-east-1'] }),
  ];

  it.each<[string, ReturnType<typeof aRule>, ReturnType<typeof facts>, string[], string[]]>([
    ['empty when matches everything', aRule({ require: { zeroRetention: true } }), facts(), ['a'], ['r1']],
    [
      'level matches at or above',
      aRule({ when: { level: 'confidential' }, require: { hosting: ['dedicated'] } }),
      facts({ level: 'restricted' }),
      ['a'],
      ['r1'],
    ],
    [
      'level does not match below',
      aRule({ when: { level: 'confidential' }, require: { hosting: ['dedicated'] } }),
      facts({ level: 'internal' }),
      ['a', 'b'],
      [],
    ],
    [
      'categories match on any overlap',
      aRule({ when: { categories: ['PCI', 'PHI'] }, require: { baa: true } }),
      facts({ categories: ['PHI'] }),
      ['a', 'b'],
      ['r1'],
    ],
    [
      'every provider region must be allowed',
      aRule({ when: { tenantRegion: ['eu'] }, require: { regions: ['eu-*'] } }),
      facts({ tenantRegion: 'eu' }),
      ['a'],
      ['r1'],
    ],
    [
      'tenantRegion globs',
      aRule({ when: { tenantRegion: ['e*'] }, require: { regions: ['eu-*'] } }),
      facts({ tenantRegion: 'eu' }),
      ['a'],
      ['r1'],
    ],
    [
      'all when-conditions must hold',
      aRule({ when: { tenantRegion: ['eu'], level: 'restricted' }, require: { hosting: ['local'] } }),
      facts({ tenantRegion: 'eu' }),
      ['a', 'b'],
      [],
    ],
    ['false requires nothing', aRule({ require: { baa: false, zeroRetention: false } }), facts(), ['a', 'b'], ['r1']],
  ])('%s', (_name, rule, f, permitted, matched) => {
    const d = evaluate(aBundle({ providers, compliance: [rule], routes: [] }), f);
    expect(d.permitted).toEqual(permitted);
    expect(d.matchedRules).toEqual(matched);
  });

  it('reports pseudonymize when a matching rule asks for it, and block wins over it', () => {
    const rules = [
      aRule({ id: 'pseudo', when: { categories: ['PII'] }, action: 'pseudonymize' }),
      aRule({ id: 'stop', when: { level: 'restricted' }, action: 'block' }),
    ];
    const bundle = aBundle({ providers, compliance: rules, routes: [] });
    expect(evaluate(bundle, facts({ level: 'confidential', categories: ['PII'] })).action).toBe('pseudonymize');
    const blocked = evaluate(bundle, facts({ level: 'restricted', categories: ['PII'] }));
    expect([blocked.action, blocked.blockedBy, blocked.matchedRules]).toEqual(['block', ['stop'], ['pseudo', 'stop']]);
    expect(blocked.excluded[0]?.reason).toBe('blocked: level restricted');
  });

  it('excludes a provider by the first failing rule in bundle order', () => {
    const rules = [aRule({ id: 'x', require: { hosting: ['local'] } }), aRule({ id: 'y', require: { zeroRetention: true } })];
    const d = evaluate(aBundle({ providers, compliance: rules, routes: [] }), facts());
    expect(d.excluded).toEqual([
      { provider: 'a', rule: 'x', reason: 'hosting dedicated not in local' },
      { provider: 'b', rule: 'x', reason: 'hosting vendor not in local' },
    ]);
  });

  it.each<[string, string, boolean]>([
    ['eu-*', 'eu-west-1', true],
    ['eu-*', 'us-east-1', false],
    ['on-prem', 'on-prem', true],
    ['on-prem', 'on-prem-2', false],
    ['*', 'anything', true],
  ])('globMatch(%s, %s) = %s', (pattern, value, expected) => {
    expect(globMatch(pattern, value)).toBe(expected);
  });
});
