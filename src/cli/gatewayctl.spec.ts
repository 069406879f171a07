import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './gatewayctl';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}
const policies = join(__dirname, '../../policies');

describe('gatewayctl policy', () => {
  it('validates the demo bundle', () => {
    const c = capture();
    expect(run(['policy', 'validate', policies], c.io)).toBe(0);
    expect(c.out[0]).toContain('valid (4 providers, 4 rules');
  });

  it('names file, line and field of an invalid bundle and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gwctl-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(join(policies, 'default.yaml'), 'utf8').replace('baa: false', 'baa: maybe'));
    const c = capture();
    expect(run(['policy', 'validate', bad], c.io)).toBe(1);
    expect(c.err.join('\n')).toMatch(/bad\.yaml:\d+: providers\[2\]\.baa/);
  });

  it('lists routes a rule can cut as warnings, and fails on attestations expiring within 30 days', () => {
    const ok = capture();
    expect(run(['policy', 'check', policies], ok.io, {}, new Date('2026-11-29T00:00:00Z'))).toBe(0);
    expect(ok.out).toContain('warning: route default candidate sim-us-cheap/chat can be excluded by rule phi-needs-baa (no BAA)');
    const late = capture();
    expect(run(['policy', 'check', policies], late.io, {}, new Date('2027-12-15T00:00:00Z'))).toBe(1);
    expect(late.err.join('\n')).toContain('expiring: provider sim-local attestations valid until 2027-12-31');
  });

  it('exits 2 on bad usage', () => {
    const c = capture();
    expect(run(['nonsense'], c.io)).toBe(2);
    expect(c.err[0]).toContain('usage');
  });
});
