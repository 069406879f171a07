import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import {
  decodeBase64Strict,
  formatCheckpoint,
  formatVkey,
  generateSigningKey,
  keyId,
  parseCheckpoint,
  parseNote,
  parseVkey,
  publicKeyOf,
  signCheckpoint,
  signNote,
  verifyNote,
  vkeyOf,
} from './signed-note';

interface NoteCase {
  desc: string;
  vkeys: string[];
  note: string | null;
  body?: string;
  want: 'verified' | 'failed' | 'no-known-key' | 'parse-only';
  checkpoint?: { origin: string; tree_size: number; root_hash_b64: string };
}
const cases = (
  JSON.parse(readFileSync(join(__dirname, '../../test/fixtures/ledger-vectors/signed_notes.json'), 'utf8')) as { cases: NoteCase[] }
).cases;

describe('signed_notes vectors', () => {
  it.each(cases.filter((c) => c.want !== 'parse-only').map((c) => [c.desc, c] as const))('%s', (_d, c) => {
    const r = verifyNote(c.note as string, c.vkeys);
    if (c.want === 'verified') {
      expect(r).toMatchObject({ ok: true });
      expect(r.ok && r.body).toBe((c.note as string).slice(0, (c.note as string).lastIndexOf('\n\n') + 1));
    } else {
      expect(r).toMatchObject({ ok: false, reason: c.want === 'failed' ? 'invalid-signature' : 'no-known-key' });
    }
  });

  it.each(cases.filter((c) => c.checkpoint).map((c) => [c.desc, c] as const))('checkpoint body: %s', (_d, c) => {
    const body = c.body ?? (parseNote(c.note as string)?.body as string);
    const cp = parseCheckpoint(body);
    expect(cp.origin).toBe(c.checkpoint?.origin);
    expect(cp.size).toBe(c.checkpoint?.tree_size);
    expect(cp.rootHash.toString('base64')).toBe(c.checkpoint?.root_hash_b64);
    expect(formatCheckpoint(cp)).toBe(body);
  });

  it('vkeys of the vectors parse and their key ids recompute', () => {
    for (const v of cases.flatMap((c) => c.vkeys)) {
      const k = parseVkey(v);
      expect(formatVkey(k.name, k.publicKey)).toBe(v);
      expect(keyId(k.name, k.publicKey).equals(k.keyId)).toBe(true);
    }
  });
});

describe('signing', () => {
  const { privateKeyPem, vkey, publicKey } = generateSigningKey('ledger.example/tenant-a');

  it('generates a PKCS#8 PEM key whose vkey verifies its notes', () => {
    expect(privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(publicKeyOf(privateKeyPem).equals(publicKey)).toBe(true);
    expect(vkeyOf({ name: 'ledger.example/tenant-a', privateKey: privateKeyPem })).toBe(vkey);
    const note = signNote('hello\n', { name: 'ledger.example/tenant-a', privateKey: privateKeyPem });
    expect(note).toMatch(/^hello\n\n\u2014 ledger\.example\/tenant-a [A-Za-z0-9+/]{91}=\n$/);
    expect(verifyNote(note, vkey)).toEqual({ ok: true, body: 'hello\n', verifiedBy: ['ledger.example/tenant-a'] });
  });

  it('signs checkpoints that parse back', () => {
    const cp = { origin: 'gw.example/ledger/t1', size: 42, rootHash: Buffer.alloc(32, 7) };
    const note = signCheckpoint(cp, { name: 'gw.example/ledger', privateKey: privateKeyPem });
    const r = verifyNote(note, vkeyOf({ name: 'gw.example/ledger', privateKey: privateKeyPem }));
    expect(r.ok).toBe(true);
    expect(r.ok && parseCheckpoint(r.body)).toEqual({ ...cp, extensions: [] });
  });

  it('rejects a note signed by another key of the same name, an edited body and a garbled signature', () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    const forged = signNote('hello\n', { name: 'ledger.example/tenant-a', privateKey: other });
    expect(verifyNote(forged, vkey)).toMatchObject({ ok: false, reason: 'no-known-key' }); // key id differs
    const good = signNote('hello\n', { name: 'ledger.example/tenant-a', privateKey: privateKeyPem });
    expect(verifyNote(good.replace('hello', 'hellp'), vkey)).toMatchObject({ ok: false, reason: 'invalid-signature' });
    const sig = good.slice(good.lastIndexOf(' ') + 1, -1);
    const blob = decodeBase64Strict(sig) as Buffer;
    blob[10] = (blob[10] as number) ^ 1;
    expect(verifyNote(good.replace(sig, blob.toString('base64')), vkey)).toMatchObject({ ok: false, reason: 'invalid-signature' });
  });

  it.each([
    ['no blank line', 'hello\n\u2014 a AAAAAAA=\n'],
    ['no trailing newline', 'hello\n\n\u2014 a AAAAAAA='],
    ['hyphen instead of em dash', 'hello\n\n- a AAAAAAA=\n'],
    ['control character', 'hel\u0007lo\n\n\u2014 a AAAAAAA=\n'],
    ['short signature', 'hello\n\n\u2014 a AAAA\n'],
    ['bad base64', 'hello\n\n\u2014 a AAAA*AA=\n'],
    ['name with +', 'hello\n\n\u2014 a+b AAAAAAA=\n'],
  ])('malformed note: %s', (_w, text) => {
    expect(verifyNote(text, vkey)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('refuses to sign a body without a final newline', () => {
    expect(() => signNote('hello', { name: 'x', privateKey: privateKeyPem })).toThrow(TypeError);
  });
});

describe('vkeys and checkpoints: malformed input', () => {
  const good = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k';
  it.each([
    ['wrong key id', good.replace('530d903a', '530d903b')],
    ['uppercase key id', good.replace('530d903a', '530D903A')],
    ['wrong algorithm', 'example.com/foo+530d903a+AukyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k'],
    ['missing part', 'example.com/foo+530d903a'],
    ['short key', 'example.com/foo+530d903a+AekyeRrm'],
  ])('vkey: %s', (_w, v) => {
    expect(() => parseVkey(v)).toThrow(TypeError);
  });
  it('vkey: surrounding whitespace (a file) is fine', () => expect(parseVkey(`${good}\n`).name).toBe('example.com/foo'));

  const root = Buffer.alloc(32, 1).toString('base64');
  it.each([
    ['no final newline', `o\n1\n${root}`],
    ['empty origin', `\n1\n${root}\n`],
    ['leading zero size', `o\n01\n${root}\n`],
    ['negative size', `o\n-1\n${root}\n`],
    ['short root', `o\n1\n${Buffer.alloc(31).toString('base64')}\n`],
    ['missing root', `o\n1\n`],
    ['empty extension line', `o\n1\n${root}\n\n`],
  ])('checkpoint: %s', (_w, body) => {
    expect(() => parseCheckpoint(body)).toThrow(TypeError);
  });
  it('checkpoint extension lines are kept', () => {
    expect(parseCheckpoint(`o\n1\n${root}\next one\n`).extensions).toEqual(['ext one']);
  });
});

describe('keys whose base64 contains "+" or "/"', () => {
  it('round-trip through vkey text and verify (many fresh keys)', () => {
    let plus = 0;
    for (let i = 0; i < 64; i++) {
      const k = generateSigningKey(`k${i}.example/log`);
      if (k.vkey.split('+').length > 3) plus++;
      expect(parseVkey(k.vkey).publicKey.equals(k.publicKey)).toBe(true);
      expect(verifyNote(signNote('x\n', { name: `k${i}.example/log`, privateKey: k.privateKeyPem }), k.vkey).ok).toBe(true);
    }
    expect(plus).toBeGreaterThan(0);
  });
});
