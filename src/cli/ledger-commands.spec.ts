import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anExport, testVkey } from '../../libs/ledger/ledger.fixtures';
import { generateSigningKey, parseNote, signNote } from '@libs/ledger';
import { runAsync } from './gatewayctl';

const dir = mkdtempSync(join(tmpdir(), 'gwctl-verify-'));
const vkeyFile = join(dir, 'ledger.vkey');
writeFileSync(vkeyFile, testVkey + '\n');

async function verify(lines: readonly string[], extra: string[] = []) {
  const file = join(dir, `export-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAsync(['ledger', 'verify', file, '--vkey', vkeyFile, ...extra], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const isEntry = (l: string) => l.startsWith('{"type":"entry"');

describe('gatewayctl ledger verify', () => {
  const good = anExport({ entries: 40, checkpointEvery: 10 }).lines;

  it('accepts a real export (exit 0)', async () => {
    const r = await verify(good);
    expect(r.code).toBe(0);
    expect(r.out).toContain('VERIFIED');
  });

  it('rejects one edited leaf, naming its seq', async () => {
    const lines = good.map((l) => (l.includes('"seq":17,') && isEntry(l) ? l.replace('\\"tenant\\"', '\\"tenant \\"') : l));
    const r = await verify(lines);
    expect(r.code).toBe(1);
    expect(r.err).toContain('FIRST BAD SEQ: 17');
  });

  it('rejects a removed entry, naming the missing seq', async () => {
    const r = await verify(good.filter((l) => !(isEntry(l) && l.includes('"seq":23,'))));
    expect(r.code).toBe(1);
    expect(r.err).toContain('FIRST BAD SEQ: 23');
  });

  it('rejects two swapped entries, naming the first', async () => {
    const i = good.findIndex((l) => isEntry(l) && l.includes('"seq":5,'));
    const lines = [...good];
    [lines[i], lines[i + 1]] = [lines[i + 1] as string, lines[i] as string];
    const r = await verify(lines);
    expect(r.code).toBe(1);
    expect(r.err).toContain('FIRST BAD SEQ: 5');
  });

  it('rejects a forged checkpoint', async () => {
    // The final checkpoint re-signed by another key under the same key name.
    const name = testVkey.split('+')[0] as string;
    const forger = generateSigningKey(name);
    const last = JSON.parse(good[good.length - 1] as string) as { type: string; note: string };
    expect(last.type).toBe('checkpoint');
    const body = parseNote(last.note)?.body as string;
    const lines = [...good.slice(0, -1), JSON.stringify({ ...last, note: signNote(body, { name, privateKey: forger.privateKeyPem }) })];
    const r = await verify(lines);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/FIRST BAD SEQ|BAD RANGE/);
  });

  it('says BAD INPUT and exits 2 on a file that is not an export', async () => {
    const r = await verify(['not json']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('BAD INPUT');
  });

  it('exits 2 on bad usage', async () => {
    const code = await runAsync(['ledger', 'verify'], { out: () => undefined, err: () => undefined });
    expect(code).toBe(2);
  });
});
