import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicy } from '@libs/policy';
import { readPolicyFiles } from '../policy/policy-files';
import { run, runAsync } from './gatewayctl';

const policies = join(__dirname, '../../policies');
const example = join(policies, 'examples/support-rules.yaml');
const env = { GATEWAY_POLICY: example };

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

function file(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gwctl-explain-')), 'req.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const chat = (content: string, extra: Record<string, unknown> = {}) => ({ model: 'auto', messages: [{ role: 'user', content }], ...extra });

describe('gatewayctl policy explain', () => {
  it('prints level, permitted set, the rule, route and model (exit 0)', async () => {
    const c = capture();
    expect(await runAsync(['policy', 'explain', file(chat('I need a refund')), '--tenant', 'demo-us'], c.io, env)).toBe(0);
    expect(c.out).toEqual(
      expect.arrayContaining([
        'level: public',
        'permitted: sim-local, sim-eu, sim-us-cheap, sim-us-strong',
        'rule: route strong by rule refund-to-strong (the request contains a word from keyword list escalation)',
        'route: strong',
        'model: sim-us-strong/chat',
      ]),
    );
    expect(c.out.join('\n')).not.toContain('I need a refund');
  });

  it('--json prints the SPEC §10 shape; headers in the file count (priority)', async () => {
    const c = capture();
    const req = { headers: { 'X-Gateway-Priority': 'background' }, body: chat('nightly digest') };
    expect(await runAsync(['policy', 'explain', file(req), '--tenant', 'demo-eu', '--json'], c.io, env)).toBe(0);
    expect(JSON.parse(c.out.join(''))).toEqual({
      level: 'internal',
      categories: [],
      permitted: ['sim-local', 'sim-eu'],
      excluded: [
        { provider: 'sim-us-cheap', rule: 'eu-data-stays-in-eu', reason: 'region us-east-1 not in eu-*, on-prem' },
        { provider: 'sim-us-strong', rule: 'eu-data-stays-in-eu', reason: 'region us-east-1 not in eu-*, on-prem' },
      ],
      rule: 'background-to-batch',
      route: 'batch',
      provider: 'sim-local',
      model: 'sim-local/chat',
    });
  });

  it('exits 1 when the request would be refused', async () => {
    const c = capture();
    const secret = chat('my key is sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd');
    expect(await runAsync(['policy', 'explain', file(secret), '--json'], c.io, env)).toBe(1);
    expect(JSON.parse(c.out.join(''))).toMatchObject({ categories: ['CREDENTIALS'], rule: null, route: null, provider: null, model: null });
  });

  it.each<[string, () => string[]]>([
    ['no file', () => []],
    ['an unknown tenant', () => [file(chat('hi')), '--tenant', 'nobody']],
    ['a bad priority header', () => [file({ headers: { 'x-gateway-priority': 'urgent' }, body: chat('hi') })]],
    ['not JSON', () => [file('{nope')]],
    ['an invalid request', () => [file({ model: 'auto', messages: 'hi' })]],
  ])('exits 2 on %s', async (_name, argv) => {
    const c = capture();
    expect(await runAsync(['policy', 'explain', ...argv()], c.io, env)).toBe(2);
    expect(c.err.join('\n')).not.toBe('');
  });
});

describe('gatewayctl policy check: route rules', () => {
  it('warns about rules that never match or are shadowed', () => {
    const bad = readFileSync(example, 'utf8').replace(
      '  - id: short-to-cheap',
      '  - { id: never, when: { promptTokens: { gt: 10, lt: 5 } }, route: cheap }\n  - { id: long-again, when: { promptTokens: { gt: 3000 } }, route: strong }\n  - id: short-to-cheap',
    );
    const path = join(mkdtempSync(join(tmpdir(), 'gwctl-check-')), 'p.yaml');
    writeFileSync(path, bad);
    const c = capture();
    expect(run(['policy', 'check', path], c.io, {}, new Date('2026-11-29T00:00:00Z'))).toBe(0);
    expect(c.out).toContain('warning: rule never can never match');
    expect(c.out).toContain('warning: rule long-again is shadowed by earlier rule refund-to-strong: it never decides');
  });

  it('finds nothing to say about the support example', () => {
    const c = capture();
    run(['policy', 'check', example], c.io, {}, new Date('2026-11-29T00:00:00Z'));
    expect(c.out.filter((l) => l.startsWith('warning: rule'))).toEqual([]);
  });

  it('the example lives in a sub-folder the default bundle does not load', () => {
    const files = readPolicyFiles(policies).map((f) => f.source);
    expect(files.some((f) => f.includes('examples'))).toBe(false);
    expect(loadPolicy(readPolicyFiles(policies)).rules).toBeUndefined();
  });
});
