import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeLeaf, leafHash, newSalt } from './leaf';

interface HasherCase {
  op: string;
  data_hex?: string;
  want_hex?: string;
  want_b64?: string;
}
const vectors = JSON.parse(readFileSync(join(__dirname, '../../test/fixtures/ledger-vectors/rfc6962_hasher.json'), 'utf8')) as {
  cases: HasherCase[];
};

describe('leafHash (RFC 6962)', () => {
  const leafCases = vectors.cases.filter((c) => c.op === 'leaf');
  it.each(leafCases.map((c) => [c.data_hex ?? '', c] as const))('hashes leaf %s as the vector says', (_hex, c) => {
    const got = leafHash(Buffer.from(c.data_hex ?? '', 'hex'));
    if (c.want_hex) expect(got.toString('hex')).toBe(c.want_hex);
    if (c.want_b64) expect(got.toString('base64')).toBe(c.want_b64);
  });
});

describe('encodeLeaf', () => {
  const ts = new Date('2026-01-02T03:04:05.678Z');
  it('writes canonical bytes with the reserved fields and hashes exactly those bytes', () => {
    const leaf = encodeLeaf({ tenant: 't1', kind: 'routing_decision', requestId: 'r1', body: { level: 'public' } }, 7, ts, 'ab');
    expect(leaf.leaf.toString('utf8')).toBe(
      '{"kind":"routing_decision","level":"public","request_id":"r1","salt":"ab","seq":7,"tenant":"t1","ts":"2026-01-02T03:04:05.678Z","v":1}',
    );
    expect(leaf.leafHash.equals(leafHash(leaf.leaf))).toBe(true);
  });

  it('never lets a body override reserved fields', () => {
    const leaf = encodeLeaf({ tenant: 't1', kind: 'routing_outcome', requestId: null, body: { seq: 99, tenant: 'other' } }, 3, ts, 'cd');
    const parsed = JSON.parse(leaf.leaf.toString('utf8')) as Record<string, unknown>;
    expect(parsed.seq).toBe(3);
    expect(parsed.tenant).toBe('t1');
  });

  it('never repeats a salt across pool refills', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => newSalt()));
    expect(seen.size).toBe(1000);
    for (const s of seen) expect(s).toMatch(/^[0-9a-f]{32}$/);
  });

  it('salts leaves so equal bodies hash differently', () => {
    const input = { tenant: 't1', kind: 'routing_decision' as const, requestId: 'r', body: {} };
    expect(encodeLeaf(input, 0, ts).leafHash.equals(encodeLeaf(input, 0, ts).leafHash)).toBe(false);
  });
});
