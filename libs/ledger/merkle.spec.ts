import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { leafHash } from './leaf';
import {
  appendLeafHash,
  compactRangeOf,
  EMPTY_RANGE,
  EMPTY_ROOT,
  nodeHash,
  parseCompactRange,
  popcount,
  rootFromLeafHashes,
  rootOf,
  serializeCompactRange,
  subtreeRoot,
  type CompactRange,
} from './merkle';

const vectors = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, `../../test/fixtures/ledger-vectors/${name}.json`), 'utf8'));
const hex = (s: string): Buffer => Buffer.from(s, 'hex');

interface HasherCase {
  desc: string;
  op: string;
  data_hex?: string;
  left_hex?: string;
  right_hex?: string;
  want_hex?: string;
  want_b64?: string;
}
const hasher = vectors('rfc6962_hasher') as { cases: HasherCase[] };
const roots = vectors('tree_roots') as {
  leaf_inputs_hex: string[];
  root_hashes_by_size_hex: string[];
  node_hashes_by_level_hex: string[][];
};
const leafHashes = roots.leaf_inputs_hex.map((l) => leafHash(hex(l)));

describe('RFC 6962 hasher vectors', () => {
  it.each(hasher.cases.map((c) => [c.desc, c] as const))('%s', (_desc, c) => {
    const want = c.want_hex !== undefined ? hex(c.want_hex) : Buffer.from(c.want_b64 ?? '', 'base64');
    let got: Buffer;
    if (c.op === 'empty_root') got = rootFromLeafHashes([]);
    else if (c.op === 'leaf') got = leafHash(hex(c.data_hex ?? ''));
    else got = nodeHash(hex(c.left_hex ?? ''), hex(c.right_hex ?? ''));
    expect(got.toString('hex')).toBe(want.toString('hex'));
  });
});

describe('tree_roots vectors', () => {
  it.each(roots.root_hashes_by_size_hex.map((r, size) => [size, r] as const))('root of the first %i leaves', (size, want) => {
    expect(rootFromLeafHashes(leafHashes.slice(0, size)).toString('hex')).toBe(want);
    expect(rootOf(compactRangeOf(leafHashes.slice(0, size))).toString('hex')).toBe(want);
  });

  it('complete subtree hashes at every level', () => {
    roots.node_hashes_by_level_hex.forEach((level, height) => {
      level.forEach((want, i) => {
        const width = 2 ** height;
        expect(subtreeRoot(leafHashes, i * width, (i + 1) * width).toString('hex')).toBe(want);
      });
    });
  });

  it('the empty tree', () => {
    expect(rootOf(EMPTY_RANGE).equals(EMPTY_ROOT)).toBe(true);
    expect(EMPTY_ROOT.toString('hex')).toBe(roots.root_hashes_by_size_hex[0]);
  });
});

const randomLeaves = (n: number, seed: number): Buffer[] => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`leaf ${seed} ${i}`)));

describe('compact range', () => {
  it('root equals rootFromLeafHashes for every prefix (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer(), (n, seed) => {
        const leaves = randomLeaves(n, seed);
        let range: CompactRange = EMPTY_RANGE;
        for (let i = 0; i < n; i++) {
          range = appendLeafHash(range, leaves[i] as Buffer);
          expect(range.size).toBe(i + 1);
          expect(range.hashes.length).toBe(popcount(i + 1));
          expect(rootOf(range).equals(rootFromLeafHashes(leaves.slice(0, i + 1)))).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('round-trips through its row form, and appends continue from a parsed row', () => {
    const leaves = randomLeaves(77, 1);
    const half = compactRangeOf(leaves.slice(0, 40));
    const restored = parseCompactRange(serializeCompactRange(half));
    expect(restored.size).toBe(40);
    let r = restored;
    for (const h of leaves.slice(40)) r = appendLeafHash(r, h);
    expect(rootOf(r).equals(rootFromLeafHashes(leaves))).toBe(true);
    expect(serializeCompactRange(EMPTY_RANGE)).toBe('{"size":0,"hashes":[]}');
  });

  it.each([
    ['not JSON', 'nope'],
    ['negative size', '{"size":-1,"hashes":[]}'],
    ['fractional size', '{"size":1.5,"hashes":[]}'],
    ['too few hashes', '{"size":3,"hashes":["' + '00'.repeat(32) + '"]}'],
    ['short hash', '{"size":1,"hashes":["00"]}'],
    ['uppercase hex', '{"size":1,"hashes":["' + 'AB'.repeat(32) + '"]}'],
  ])('refuses a malformed row: %s', (_what, text) => {
    expect(() => parseCompactRange(text)).toThrow();
  });

  it('popcount is exact beyond 32 bits', () => {
    expect(popcount(123456789012)).toBe(
      123456789012n
        .toString(2)
        .split('')
        .filter((c) => c === '1').length,
    );
    expect(popcount(2 ** 52 + 1)).toBe(2);
  });

  it('subtreeRoot refuses empty or out-of-bounds ranges', () => {
    expect(() => subtreeRoot(leafHashes, 3, 3)).toThrow(RangeError);
    expect(() => subtreeRoot(leafHashes, 0, 9)).toThrow(RangeError);
  });
});
