import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy, policyVersion, PolicyLoadError, validatePolicyBundle } from './load';
import { aBundle, aProvider } from './policy.fixtures';

const BASE = `apiVersion: gateway.policy/v1
providers:
  - id: p1
    kind: openai-compatible
    baseUrl: https://api.example.com/v1
    hosting: vendor
    regions: [us-east-1]
    baa: true
    models:
      - id: m1
        inputUsdPerMTok: 1
        outputUsdPerMTok: 2
tenants:
  - id: t1
    region: us
compliance:
  - id: r1
    when: { categories: [PHI] }
    require: { baa: true }
routes:
  - id: default
    match: { workload: chat }
    strategy: cheapest
    candidates: [p1/m1]
`;

/** BASE with 1-based line `n` replaced by `text` (null deletes it; several lines allowed). */
function edit(n: number, text: string | null): string {
  const lines = BASE.split('\n');
  lines.splice(n - 1, 1, ...(text === null ? [] : [text]));
  return lines.join('\n');
}

function errorOf(files: { source: string; text: string }[]): PolicyLoadError {
  try {
    loadPolicy(files);
  } catch (e) {
    if (e instanceof PolicyLoadError) return e;
    throw e;
  }
  throw new Error('expected a PolicyLoadError');
}

const demoText = readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8');

describe('loadPolicy', () => {
  it('loads the base bundle and the default demo bundle', () => {
    expect(loadPolicy([{ source: 'a.yaml', text: BASE }]).providers[0]?.id).toBe('p1');
    const demo = loadPolicy([{ source: 'policies/default.yaml', text: demoText }]);
    expect(demo.providers.map((p) => p.id)).toEqual(['sim-local', 'sim-eu', 'sim-us-cheap', 'sim-us-strong']);
    expect(demo.compliance.map((r) => r.id)).toEqual(['phi-needs-baa', 'restricted-stays-local', 'eu-data-stays-in-eu', 'no-secrets-out']);
    expect(demo.providers.every((p) => p.attestationsValidUntil === '2027-12-31')).toBe(true);
    expect(validatePolicyBundle(demo)).toEqual(demo); // parsing is idempotent
  });

  it.each([
    ['unknown key', edit(8, '    baa: true\n    colour: red'), 'a.yaml:9: providers[0].colour: unknown key'],
    ['unknown top-level key', `${BASE}colour: red\n`, 'a.yaml:25: colour: unknown key'],
    ['bad enum', edit(6, '    hosting: cloud'), 'a.yaml:6: providers[0].hosting: must be one of local, dedicated, vendor'],
    ['missing field', edit(8, null), 'a.yaml:3: providers[0].baa: is required'],
    ['wrong apiVersion', edit(1, 'apiVersion: gateway.policy/v2'), 'a.yaml:1: apiVersion: must be gateway.policy/v1'],
    [
      'wrong type',
      edit(11, '        inputUsdPerMTok: cheap'),
      'a.yaml:11: providers[0].models[0].inputUsdPerMTok: expected a number, got string',
    ],
    ['negative price', edit(12, '        outputUsdPerMTok: -1'), 'a.yaml:12: providers[0].models[0].outputUsdPerMTok: must be >= 0'],
    [
      'bad category',
      edit(18, '    when: { categories: [HEALTH] }'),
      'a.yaml:18: compliance[0].when.categories[0]: must be one of PII, PHI, PCI, CREDENTIALS',
    ],
    ['bad action', edit(19, '    action: deny'), 'a.yaml:19: compliance[0].action: must be one of allow, block, pseudonymize'],
    ['reserved rule id', edit(17, '  - id: attestation-expired'), 'a.yaml:17: compliance[0].id: is reserved for the built-in rule'],
    ['baseUrl required', edit(5, null), 'a.yaml:3: providers[0].baseUrl: is required for kind openai-compatible'],
    ['bad url', edit(5, '    baseUrl: ftp://x'), 'a.yaml:5: providers[0].baseUrl: must be an http(s) URL'],
    [
      'bad date',
      edit(8, '    baa: true\n    attestationsValidUntil: 2027-02-30'),
      'a.yaml:9: providers[0].attestationsValidUntil: must be a real calendar date',
    ],
    ['bad slug', edit(3, '  - id: P 1'), 'a.yaml:3: providers[0].id: must be a lowercase slug (a-z, 0-9, inner -)'],
    ['empty regions', edit(7, '    regions: []'), 'a.yaml:7: providers[0].regions: must have at least 1 item(s)'],
    [
      'bad tenant floor',
      edit(15, '    region: us\n    floor: secret'),
      'a.yaml:16: tenants[0].floor: must be one of public, internal, confidential, restricted',
    ],
    [
      'unknown candidate',
      edit(24, '    candidates: [p1/nope]'),
      'a.yaml:24: routes[0].candidates[0]: unknown model p1/nope (expected provider/model of this bundle)',
    ],
    [
      'bad strategy',
      edit(23, '    strategy: random'),
      'a.yaml:23: routes[0].strategy: must be one of cheapest, fastest, balanced, cascade, ordered',
    ],
    [
      'simulator block on a real provider',
      edit(8, '    baa: true\n    simulator: { port: 1 }'),
      'a.yaml:9: providers[0].simulator: is only allowed for kind simulator',
    ],
    ['yaml syntax', edit(7, '    regions: [us-east-1'), 'a.yaml:'],
  ])('%s', (_name, text, message) => {
    const err = errorOf([{ source: 'a.yaml', text }]);
    expect(err.message.split('\n')[0]).toContain(message);
    expect(err.source).toBe('a.yaml');
    expect(err.line).toBeGreaterThan(0);
    expect(err.issues.length).toBeGreaterThan(0);
  });

  it('exposes source, line and field of the first issue', () => {
    const err = errorOf([{ source: 'a.yaml', text: edit(6, '    hosting: cloud') }]);
    expect([err.source, err.line, err.field]).toEqual(['a.yaml', 6, 'providers[0].hosting']);
  });

  it('reports every issue, one per line', () => {
    const text = edit(6, '    hosting: cloud').replace('strategy: cheapest', 'strategy: random');
    expect(errorOf([{ source: 'a.yaml', text }]).message.split('\n')).toHaveLength(2);
  });

  it('rejects an empty file', () => {
    expect(errorOf([{ source: 'e.yaml', text: '# nothing\n' }]).message).toBe(
      'e.yaml:1: (root): file is empty (expected a mapping with apiVersion)',
    );
  });

  it('rejects no files at all', () => {
    expect(() => loadPolicy([])).toThrow(PolicyLoadError);
  });
});

describe('loadPolicy across several files', () => {
  const [head, routes] = BASE.split('routes:\n') as [string, string];
  const split = [
    { source: 'p/a.yaml', text: head },
    { source: 'p/b.yaml', text: `apiVersion: gateway.policy/v1\nroutes:\n${routes}` },
  ];

  it('concatenates the lists and resolves candidates across files', () => {
    const b = loadPolicy(split);
    expect(b.routes[0]?.candidates).toEqual(['p1/m1']);
    expect(b.providers).toHaveLength(1);
  });

  it('names the file, line and local path of a cross-file error', () => {
    const dup = {
      source: 'p/c.yaml',
      text: 'apiVersion: gateway.policy/v1\ntenants:\n  - id: t2\n    region: eu\n  - id: t1\n    region: eu\n',
    };
    expect(errorOf([...split, dup]).message).toBe('p/c.yaml:5: tenants[1].id: duplicate id t1');
  });

  it('reports an unknown candidate in the file that holds the route', () => {
    const bad = [split[0]!, { source: 'p/b.yaml', text: split[1]!.text.replace('p1/m1', 'p9/m1') }];
    expect(errorOf(bad).message).toMatch(/^p\/b\.yaml:6: routes\[0\]\.candidates\[0\]: unknown model p9\/m1/);
  });

  it('requires every file to agree on apiVersion', () => {
    const bad = [split[0]!, { source: 'p/b.yaml', text: split[1]!.text.replace('policy/v1', 'policy/v9') }];
    expect(errorOf(bad).message).toBe('p/b.yaml:1: apiVersion: must be gateway.policy/v1');
  });

  it('refuses conflicting top-level settings', () => {
    const bad = [
      { source: 'p/a.yaml', text: `${head}presidio: optional\n` },
      { source: 'p/b.yaml', text: `apiVersion: gateway.policy/v1\npresidio: required\nroutes:\n${routes}` },
    ];
    expect(errorOf(bad).message).toBe('p/b.yaml:2: presidio: conflicts with p/a.yaml');
  });
});

describe('validatePolicyBundle', () => {
  it('lets several simulators take port 0 (any free port) but not share a fixed port; rates stay within [0, 1]', () => {
    const sims = (a: object, b: object) => ({
      ...aBundle(),
      providers: [aProvider({ id: 'p1', simulator: a }), aProvider({ id: 'p2', simulator: b })],
    });
    const ok = validatePolicyBundle(sims({ port: 0, refusalRate: 0.1, seed: 7 }, { port: 0, brokenJsonRate: 1 }));
    expect(ok.providers.map((p) => p.simulator?.port)).toEqual([0, 0]);
    expect(() => validatePolicyBundle(sims({ port: 9101 }, { port: 9101 }))).toThrow('port 9101 already used by p1');
    expect(() => validatePolicyBundle(sims({ truncationRate: 1.5 }, {}))).toThrow(PolicyLoadError);
  });

  it('accepts a Date for attestationsValidUntil and normalises it', () => {
    const raw = { ...aBundle(), providers: [{ ...aProvider(), attestationsValidUntil: new Date('2027-12-31T00:00:00Z') }] };
    expect(validatePolicyBundle(raw).providers[0]?.attestationsValidUntil).toBe('2027-12-31');
  });

  it('names the field without a line for non-text bundles', () => {
    expect(() => validatePolicyBundle({ ...aBundle(), routes: [{ id: 'x' }] }, 'config v3')).toThrow(
      'config v3: routes[0].candidates: is required',
    );
  });

  it('refuses two default routes and route names used twice', () => {
    const routes = [
      { id: 'a', match: { model: 'b' }, strategy: 'cheapest', candidates: ['p1/chat'], default: true },
      { id: 'b', match: {}, strategy: 'ordered', candidates: ['p1/chat'], default: true },
    ];
    const err = (() => {
      try {
        validatePolicyBundle({ ...aBundle(), routes });
      } catch (e) {
        return e as PolicyLoadError;
      }
      throw new Error('expected an error');
    })();
    expect(err.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'routes[1].id: name b already used by route a',
      'routes[1].default: only one route may be the default',
    ]);
  });
});

describe('policyVersion', () => {
  it('is sha256: plus 16 hex chars, stable under splitting and key order', () => {
    const one = loadPolicy([{ source: 'a.yaml', text: BASE }]);
    const [head, routes] = BASE.split('routes:\n') as [string, string];
    const two = loadPolicy([
      { source: 'a.yaml', text: head },
      { source: 'b.yaml', text: `routes:\n${routes}apiVersion: gateway.policy/v1\n` },
    ]);
    expect(policyVersion(one)).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(policyVersion(two)).toBe(policyVersion(one));
  });

  it('changes when a rule changes', () => {
    const a = loadPolicy([{ source: 'a.yaml', text: BASE }]);
    const b = loadPolicy([{ source: 'a.yaml', text: edit(19, '    require: { baa: true, zeroRetention: true }') }]);
    expect(policyVersion(a)).not.toBe(policyVersion(b));
  });
});
