import { HASH_SIZE, nodeHash, splitPoint, subtreeRoot } from './merkle';

/**
 * Inclusion and consistency proofs of RFC 9162 §2.1.3 / §2.1.4. Generation follows the recursive PATH and
 * SUBPROOF definitions; verification follows the RFC's algorithms in the bit-decomposed form of
 * transparency-dev/merkle (proof/verify.go). Verifiers never throw: any malformed input is `false`.
 */

/**
 * Returns MTH(D[start:end]) of the tree being proven. MUST be exact for every range the RFC recursion asks
 * for (0 <= start < end <= size); the ranges asked for by one proof are disjoint, so an array-backed
 * source costs O(size) per proof.
 */
export type SubtreeHashSource = (start: number, end: number) => Buffer;

/** A proof's data source: all leaf hashes of (at least) the first `size` leaves, or a subtree hasher. */
export type ProofSource = readonly Buffer[] | SubtreeHashSource;

function hasherOf(source: ProofSource, size: number): SubtreeHashSource {
  if (typeof source === 'function') return source;
  if (source.length < size) throw new RangeError(`need ${size} leaf hashes, got ${source.length}`);
  return (start, end) => subtreeRoot(source, start, end);
}

function assertSize(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative safe integer`);
}

/** Audit path for leaf `index` in the tree of `size` leaves, leaf-side first (RFC 9162 PATH). */
export function inclusionProof(index: number, size: number, source: ProofSource): Buffer[] {
  assertSize('index', index);
  assertSize('size', size);
  if (index >= size) throw new RangeError(`index ${index} is not below tree size ${size}`);
  const mth = hasherOf(source, size);
  const topDown: Buffer[] = [];
  let lo = 0;
  let hi = size;
  while (hi - lo > 1) {
    const k = splitPoint(hi - lo);
    if (index < lo + k) {
      topDown.push(mth(lo + k, hi));
      hi = lo + k;
    } else {
      topDown.push(mth(lo, lo + k));
      lo += k;
    }
  }
  return topDown.reverse();
}

/**
 * Consistency proof that the tree of size `m` is a prefix of the tree of size `n` (RFC 9162 PROOF).
 * 0 < m <= n; m === n gives the empty proof.
 */
export function consistencyProof(m: number, n: number, source: ProofSource): Buffer[] {
  assertSize('m', m);
  assertSize('n', n);
  if (m === 0 || m > n) throw new RangeError(`consistency proof needs 0 < m <= n, got m=${m} n=${n}`);
  const mth = hasherOf(source, n);
  const topDown: Buffer[] = [];
  let lo = 0;
  let hi = n;
  let rest = m;
  let complete = true; // RFC "b": the m-subtree is the old root itself, so the verifier already has it
  for (;;) {
    if (rest === hi - lo) {
      if (!complete) topDown.push(mth(lo, hi));
      break;
    }
    const k = splitPoint(hi - lo);
    if (rest <= k) {
      topDown.push(mth(lo + k, hi));
      hi = lo + k;
    } else {
      topDown.push(mth(lo, lo + k));
      lo += k;
      rest -= k;
      complete = false;
    }
  }
  return topDown.reverse();
}

// ---- verification: bit arithmetic in BigInt so sizes above 2^32 stay exact ----

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

function onesCount(x: bigint): number {
  let c = 0;
  for (const ch of x.toString(2)) if (ch === '1') c++;
  return c;
}

function trailingZeros(x: bigint): number {
  let n = 0;
  for (let v = x; v > 0n && (v & 1n) === 0n; v >>= 1n) n++;
  return n;
}

/** Splits an audit path for (index, size) into the inner part (below the split) and the right border. */
function decompose(index: bigint, size: bigint): { inner: number; border: number } {
  const inner = bitLength(index ^ (size - 1n));
  return { inner, border: onesCount(index >> BigInt(inner)) };
}

function chainInner(seed: Buffer, proof: readonly Uint8Array[], index: bigint): Buffer {
  let acc = seed;
  proof.forEach((h, i) => {
    acc = ((index >> BigInt(i)) & 1n) === 0n ? nodeHash(acc, h) : nodeHash(h, acc);
  });
  return acc;
}

function chainInnerRight(seed: Buffer, proof: readonly Uint8Array[], index: bigint): Buffer {
  let acc = seed;
  proof.forEach((h, i) => {
    if (((index >> BigInt(i)) & 1n) === 1n) acc = nodeHash(h, acc);
  });
  return acc;
}

function chainBorderRight(seed: Buffer, proof: readonly Uint8Array[]): Buffer {
  let acc = seed;
  for (const h of proof) acc = nodeHash(h, acc);
  return acc;
}

function isSafeCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

function wellFormed(proof: readonly Uint8Array[]): boolean {
  return proof.every((h) => h.length === HASH_SIZE);
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

/** The root an inclusion proof implies, or null when the proof cannot be one for (index, size). */
export function rootFromInclusionProof(index: number, size: number, leafHash: Uint8Array, proof: readonly Uint8Array[]): Buffer | null {
  if (!isSafeCount(index) || !isSafeCount(size) || index >= size) return null;
  if (leafHash.length !== HASH_SIZE || !wellFormed(proof)) return null;
  const i = BigInt(index);
  const { inner, border } = decompose(i, BigInt(size));
  if (proof.length !== inner + border) return null;
  const res = chainInner(Buffer.from(leafHash), proof.slice(0, inner), i);
  return chainBorderRight(res, proof.slice(inner));
}

/** True iff `proof` proves that `leafHash` is leaf `index` of the tree of `size` leaves with root `root`. */
export function verifyInclusion(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  const calc = rootFromInclusionProof(index, size, leafHash, proof);
  return calc !== null && same(calc, root);
}

/**
 * True iff `proof` proves that the tree of `size1` leaves with root `root1` is a prefix of the tree of
 * `size2` leaves with root `root2`. size1 = 0 is rejected (an empty prefix proves nothing); size1 = size2
 * requires an empty proof and byte-equal roots.
 */
export function verifyConsistency(
  size1: number,
  size2: number,
  root1: Uint8Array,
  root2: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!isSafeCount(size1) || !isSafeCount(size2) || size1 === 0 || size2 < size1) return false;
  if (size1 === size2) return proof.length === 0 && same(root1, root2);
  if (proof.length === 0 || !wellFormed(proof)) return false;
  const s1 = BigInt(size1);
  const decomposed = decompose(s1 - 1n, BigInt(size2));
  const shift = trailingZeros(s1);
  const inner = decomposed.inner - shift; // shift < inner because size1 < size2
  // The proof starts with the hash of the 2^shift subtree ending at size1, unless that subtree is root1 itself.
  const seedIsRoot = s1 === 1n << BigInt(shift);
  const seed = seedIsRoot ? Buffer.from(root1) : Buffer.from(proof[0] as Uint8Array);
  const rest = seedIsRoot ? proof : proof.slice(1);
  if (rest.length !== inner + decomposed.border) return false;
  const mask = (s1 - 1n) >> BigInt(shift);
  const innerPart = rest.slice(0, inner);
  const borderPart = rest.slice(inner);
  const hash1 = chainBorderRight(chainInnerRight(seed, innerPart, mask), borderPart);
  if (!same(hash1, root1)) return false;
  const hash2 = chainBorderRight(chainInner(seed, innerPart, mask), borderPart);
  return same(hash2, root2);
}

/**
 * A subtree hasher over leaf hashes that remembers every node it computes: many proofs in one tree (a
 * partial export) cost O(n log n) in all instead of O(n) each. Ranges follow RFC 6962's split points,
 * which is all the proof algorithms ask for.
 */
export function memoizedSubtrees(leafHashes: readonly Buffer[]): SubtreeHashSource {
  const cache = new Map<string, Buffer>();
  const hash = (start: number, end: number): Buffer => {
    if (end - start === 1) return leafHashes[start] as Buffer;
    const key = `${start}:${end}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const k = splitPoint(end - start);
    const h = nodeHash(hash(start, start + k), hash(start + k, end));
    cache.set(key, h);
    return h;
  };
  return (start, end) => (end - start === 0 ? subtreeRoot(leafHashes, start, end) : hash(start, end));
}
