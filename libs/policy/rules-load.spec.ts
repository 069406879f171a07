import { loadPolicy, PolicyLoadError, validatePolicyBundle } from './load';

const BASE = `apiVersion: gateway.policy/v1
providers:
  - id: p1
    kind: openai-compatible
    baseUrl: https://api.example.com/v1
    hosting: vendor
    regions: [us-east-1]
    baa: true
    models:
      - { id: small, inputUsdPerMTok: 0.1, outputUsdPerMTok: 0.2 }
      - { id: large, inputUsdPerMTok: 3, outputUsdPerMTok: 6 }
tenants:
  - { id: t1, region: us, tier: free, timeZone: Europe/Berlin }
routes:
  - { id: cheap, strategy: cheapest, candidates: [p1/small], default: true }
  - { id: strong, strategy: cheapest, candidates: [p1/large] }
`;

const RULES = `keywordLists:
  escalation: [complaint, refund, "billing error"]
rules:
  - id: refund-to-strong
    when: { any: [ { keywords: escalation }, { promptTokens: { gt: 2000 } } ] }
    route: strong
`;

function issues(text: string, extra: { source: string; text: string }[] = []): string[] {
  try {
    loadPolicy([{ source: 'p.yaml', text }, ...extra]);
  } catch (e) {
    if (e instanceof PolicyLoadError) return e.message.split('\n');
    throw e;
  }
  throw new Error('expected a PolicyLoadError');
}

describe('route rules in the bundle', () => {
  it('loads keyword lists, rules and tenant attributes, idempotently', () => {
    const b = loadPolicy([{ source: 'p.yaml', text: BASE + RULES }]);
    expect(b.rules?.map((r) => r.id)).toEqual(['refund-to-strong']);
    expect(b.keywordLists?.escalation).toContain('billing error');
    expect(b.tenants[0]).toMatchObject({ tier: 'free', timeZone: 'Europe/Berlin' });
    expect(validatePolicyBundle(b)).toEqual(b);
  });

  it.each([
    [
      'an unknown route, naming the rule',
      RULES.replace('route: strong', 'route: nowhere'),
      /p\.yaml:\d+: rules\[0\]\.route: rule refund-to-strong: unknown route nowhere/,
    ],
    [
      'an unknown keyword list, naming the rule',
      RULES.replace('keywords: escalation', 'keywords: escalations'),
      /rules\[0\]\.when: rule refund-to-strong: unknown keyword list escalations/,
    ],
    [
      'an unknown signal',
      RULES.replace('promptTokens: { gt: 2000 }', 'promptWords: { gt: 2000 }'),
      /rules\[0\]\.when\.any\[1\]\.promptWords: rule refund-to-strong: unknown key/,
    ],
    [
      'a bad bound',
      RULES.replace('gt: 2000', 'gt: -1'),
      /rules\[0\]\.when\.any\[1\]\.promptTokens\.gt: rule refund-to-strong: must be >= 0/,
    ],
    ['an empty count test', RULES.replace('{ gt: 2000 }', '{}'), /promptTokens: rule refund-to-strong: needs at least one of gt/],
    ['an unknown format', RULES.replace('{ keywords: escalation }', '{ format: xml }'), /rules\[0\]\.when\.any\[0\]\.format: /],
    [
      'a bad time',
      RULES.replace('{ keywords: escalation }', '{ timeOfDay: { from: "25:00", to: "06:00" } }'),
      /timeOfDay\.from: rule refund-to-strong: must be a time HH:MM/,
    ],
    ['a missing route', RULES.replace('    route: strong\n', ''), /rules\[0\]\.route: rule refund-to-strong: is required/],
    [
      'a duplicate rule id',
      `${RULES}  - { id: refund-to-strong, when: {}, route: cheap }\n`,
      /rules\[1\]\.id: duplicate rule id refund-to-strong/,
    ],
    [
      'an empty keyword list',
      RULES.replace('[complaint, refund, "billing error"]', '[]'),
      /keywordLists\.escalation: must have at least 1 item/,
    ],
  ])('refuses %s', (_name, rules, message) => {
    expect(issues(BASE + rules).join('\n')).toMatch(message);
  });

  it('refuses a bad time zone and low_confidence without a threshold', () => {
    expect(issues(BASE.replace('Europe/Berlin', 'Mars/Olympus')).join('\n')).toMatch(/tenants\[0\]\.timeZone: must be an IANA time zone/);
    const cascade = BASE.replace(
      '  - { id: strong, strategy: cheapest, candidates: [p1/large] }',
      '  - { id: strong, strategy: cascade, candidates: [p1/small, p1/large], escalateOn: [low_confidence] }',
    );
    expect(issues(cascade).join('\n')).toMatch(/routes\[1\]\.confidenceThreshold: is required with escalateOn low_confidence/);
    expect(() =>
      loadPolicy([{ source: 'p.yaml', text: cascade.replace('[low_confidence] }', '[low_confidence], confidenceThreshold: 0.6 }') }]),
    ).not.toThrow();
  });

  it('merges rules of several files in file order; a keyword list is defined once', () => {
    const more = `apiVersion: gateway.policy/v1
rules:
  - { id: catch-all, when: {}, route: cheap }
`;
    const b = loadPolicy([
      { source: 'a.yaml', text: BASE + RULES },
      { source: 'b.yaml', text: more },
    ]);
    expect(b.rules?.map((r) => r.id)).toEqual(['refund-to-strong', 'catch-all']);
    const twice = `apiVersion: gateway.policy/v1\nkeywordLists:\n  escalation: [refund]\n`;
    expect(issues(BASE + RULES, [{ source: 'b.yaml', text: twice }]).join('\n')).toMatch(
      /b\.yaml:3: keywordLists\.escalation: keyword list escalation is already defined in p\.yaml/,
    );
  });
});
