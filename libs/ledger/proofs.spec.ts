import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { leafHash } from './leaf';
import { rootFromLeafHashes, subtreeRoot } from './merkle';
import { consistencyProof, inclusionProof, memoizedSubtrees, rootFromInclusionProof, verifyConsistency, verifyInclusion } from './proofs';

const vectors = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, `../../test/fixtures/ledger-vectors/${name}.json`), 'utf8'));
const b64 = (s: string): Buffer => Buffer.from(s, 'base64');
const hex = (s: string): Buffer => Buffer.from(s, 'hex');

interface InclusionProbe {
  file: string;
  desc: string;
  leafIdx: number;
  treeSize: number;
  root: string;
  leafHash: string;
  proof: string[] | null;
  wantErr: boolean;
}
interface ConsistencyProbe {
  file: string;
  desc: string;
  size1: number;
  size2: number;
  root1: string;
  root2: string;
  proof: string[] | null;
  wantErr: boolean;
}
const inclusion = (vectors('inclusion_probes') as { cases: InclusionProbe[] }).cases;
const consistency = (vectors('consistency_probes') as { cases: ConsistencyProbe[] }).cases;
const reference = vectors('reference_proofs') as {
  inclusion: { index: number; size: number; path_hex: string[] }[];
  consistency: { size1: number; size2: number; proof_hex: string[] }[];
};
const roots = vectors('tree_roots') as { leaf_inputs_hex: string[]; root_hashes_by_size_hex: string[] };
const refLeaves = roots.leaf_inputs_hex.map((l) => leafHash(hex(l)));
const refRoot = (size: number): Buffer => hex(roots.root_hashes_by_size_hex[size] as string);

describe('inclusion probes (transparency-dev/merkle testdata)', () => {
  it('has all 98 probes', () => expect(inclusion.length).toBe(98));
  it.each(inclusion.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const ok = verifyInclusion(c.leafIdx, c.treeSize, b64(c.leafHash), (c.proof ?? []).map(b64), b64(c.root));
    expect(ok).toBe(!c.wantErr);
  });
});

describe('consistency probes (transparency-dev/merkle testdata)', () => {
  it('has all 98 probes', () => expect(consistency.length).toBe(98));
  it.each(consistency.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const ok = verifyConsistency(c.size1, c.size2, b64(c.root1), b64(c.root2), (c.proof ?? []).map(b64));
    expect(ok).toBe(!c.wantErr);
  });
});

describe('reference proofs over the tree_roots leaves', () => {
  it.each(reference.inclusion.map((c) => [c.index, c.size, c] as const))(
    'inclusion of %i in %i: generated and verified',
    (index, size, c) => {
      const want = c.path_hex.map(hex);
      expect(inclusionProof(index, size, refLeaves).map((h) => h.toString('hex'))).toEqual(c.path_hex);
      expect(verifyInclusion(index, size, refLeaves[index] as Buffer, want, refRoot(size))).toBe(true);
    },
  );
  it.each(reference.consistency.map((c) => [c.size1, c.size2, c] as const))(
    'consistency %i -> %i: generated and verified',
    (size1, size2, c) => {
      expect(consistencyProof(size1, size2, refLeaves).map((h) => h.toString('hex'))).toEqual(c.proof_hex);
      expect(verifyConsistency(size1, size2, refRoot(size1), refRoot(size2), c.proof_hex.map(hex))).toBe(true);
    },
  );
  it('every (index, size) and (m, n) over 8 leaves, also from a subtree-hash callback', () => {
    const source = (s: number, e: number): Buffer => subtreeRoot(refLeaves, s, e);
    for (let n = 1; n <= 8; n++) {
      for (let i = 0; i < n; i++) {
        const p = inclusionProof(i, n, source);
        expect(p).toEqual(inclusionProof(i, n, refLeaves));
        expect(verifyInclusion(i, n, refLeaves[i] as Buffer, p, refRoot(n))).toBe(true);
      }
      for (let m = 1; m <= n; m++) expect(verifyConsistency(m, n, refRoot(m), refRoot(n), consistencyProof(m, n, source))).toBe(true);
    }
  });
  it('generation refuses impossible requests', () => {
    expect(() => inclusionProof(3, 3, refLeaves)).toThrow(RangeError);
    expect(() => inclusionProof(0, 9, refLeaves)).toThrow(RangeError);
    expect(() => consistencyProof(0, 3, refLeaves)).toThrow(RangeError);
    expect(() => consistencyProof(4, 3, refLeaves)).toThrow(RangeError);
    expect(rootFromInclusionProof(0, 1, Buffer.alloc(31), [])).toBeNull();
  });
});

// ---- properties over random trees ----

const MAX = 300;
const leafCache = new Map<number, Buffer[]>();
const leavesFor = (seed: number): Buffer[] => {
  let l = leafCache.get(seed);
  if (!l) leafCache.set(seed, (l = Array.from({ length: MAX }, (_, i) => leafHash(Buffer.from(`${seed}:${i}`)))));
  return l;
};
const rootCache = new Map<string, Buffer>();
const rootAt = (seed: number, n: number): Buffer => {
  const k = `${seed}/${n}`;
  let r = rootCache.get(k);
  if (!r) rootCache.set(k, (r = rootFromLeafHashes(leavesFor(seed).slice(0, n))));
  return r;
};
const same = (a: readonly Buffer[], b: readonly Buffer[]): boolean => a.length === b.length && a.every((h, i) => h.equals(b[i] as Buffer));

/** Every way of damaging a proof: flip one bit of one element, drop one, insert one, swap two, truncate a byte. */
function mutations(proof: readonly Buffer[], extra: Buffer): Buffer[][] {
  const out: Buffer[][] = [];
  proof.forEach((h, i) => {
    for (const bit of [0, 7 * 8 + 3, 31 * 8 + 7]) {
      const m = Buffer.from(h);
      m[bit >> 3] = (m[bit >> 3] as number) ^ (1 << (bit & 7));
      out.push(proof.map((x, j) => (j === i ? m : x)));
    }
    out.push(proof.filter((_, j) => j !== i));
    out.push(proof.map((x, j) => (j === i ? x.subarray(0, 31) : x)));
    if (i + 1 < proof.length && !h.equals(proof[i + 1] as Buffer))
      out.push(proof.map((x, j) => (j === i ? proof[i + 1] : j === i + 1 ? h : x) as Buffer));
  });
  for (let i = 0; i <= proof.length; i++) out.push([...proof.slice(0, i), extra, ...proof.slice(i)]);
  return out;
}

describe('inclusion proofs (property, sizes 1..300)', () => {
  const arb = fc
    .record({ seed: fc.integer({ min: 0, max: 3 }), size: fc.integer({ min: 1, max: MAX }), other: fc.integer({ min: 1, max: MAX }) })
    .chain((r) =>
      fc
        .record({ index: fc.integer({ min: 0, max: r.size - 1 }), index2: fc.integer({ min: 0, max: r.size - 1 }) })
        .map((x) => ({ ...r, ...x })),
    );

  it('verify, and fail when any element, the index, the size or the root changes', () => {
    fc.assert(
      fc.property(arb, ({ seed, size, other, index, index2 }) => {
        const leaves = leavesFor(seed);
        const root = rootAt(seed, size);
        const proof = inclusionProof(index, size, leaves);
        expect(verifyInclusion(index, size, leaves[index] as Buffer, proof, root)).toBe(true);
        for (const m of mutations(proof, leaves[0] as Buffer))
          expect(verifyInclusion(index, size, leaves[index] as Buffer, m, root)).toBe(false);
        if (index2 !== index) {
          expect(verifyInclusion(index2, size, leaves[index] as Buffer, proof, root)).toBe(false);
          expect(verifyInclusion(index2, size, leaves[index2] as Buffer, proof, root)).toBe(false);
        }
        expect(verifyInclusion(index, size, leaves[(index + 1) % MAX] as Buffer, proof, root)).toBe(false);
        expect(verifyInclusion(size, size, leaves[index] as Buffer, proof, root)).toBe(false);
        if (other !== size) {
          // The size is bound only through its root: with the right root of another size, the proof passes
          // only if it is exactly that size's proof too (same tree shape around the leaf).
          expect(verifyInclusion(index, size, leaves[index] as Buffer, proof, rootAt(seed, other))).toBe(false);
          if (index < other) {
            const accepted = verifyInclusion(index, other, leaves[index] as Buffer, proof, rootAt(seed, other));
            expect(accepted).toBe(same(proof, inclusionProof(index, other, leaves)));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('consistency proofs (property, sizes 1..300)', () => {
  const arb = fc
    .record({ seed: fc.integer({ min: 0, max: 3 }), n: fc.integer({ min: 1, max: MAX }), other: fc.integer({ min: 1, max: MAX }) })
    .chain((r) => fc.integer({ min: 1, max: r.n }).map((m) => ({ ...r, m })));

  it('verify, and fail when any element, either size or either root changes', () => {
    fc.assert(
      fc.property(arb, ({ seed, n, m, other }) => {
        const leaves = leavesFor(seed);
        const root1 = rootAt(seed, m);
        const root2 = rootAt(seed, n);
        const proof = consistencyProof(m, n, leaves);
        expect(verifyConsistency(m, n, root1, root2, proof)).toBe(true);
        for (const p of mutations(proof, leaves[0] as Buffer)) expect(verifyConsistency(m, n, root1, root2, p)).toBe(false);
        if (m !== n) expect(verifyConsistency(m, n, root2, root1, proof)).toBe(false);
        expect(verifyConsistency(m, n, root1, rootAt(seed + 1, n), proof)).toBe(false);
        if (m > 1 || n > 1) expect(verifyConsistency(m, n, rootAt(seed + 1, m), root2, proof)).toBe(false);
        expect(verifyConsistency(0, n, root1, root2, proof)).toBe(false);
        // As for inclusion, a size is bound through its root (a checkpoint signs both): with the right roots of
        // another size the proof passes only if it is exactly that size's proof.
        if (other !== n && other >= m) {
          const accepted = verifyConsistency(m, other, root1, rootAt(seed, other), proof);
          expect(accepted).toBe(same(proof, consistencyProof(m, other, leaves)));
        }
        if (other !== m && other <= n) {
          const accepted = verifyConsistency(other, n, rootAt(seed, other), root2, proof);
          expect(accepted).toBe(same(proof, consistencyProof(other, n, leaves)));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('memoizedSubtrees', () => {
  it('gives the same proofs as the plain leaf-hash source, for every index of several sizes', () => {
    for (const size of [1, 2, 3, 7, 8, 13, 64, 100]) {
      const leaves = Array.from({ length: size }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));
      const memo = memoizedSubtrees(leaves);
      for (let i = 0; i < size; i++) expect(inclusionProof(i, size, memo)).toEqual(inclusionProof(i, size, leaves));
      for (let m = 1; m <= size; m++) expect(consistencyProof(m, size, memo)).toEqual(consistencyProof(m, size, leaves));
    }
  });
});
