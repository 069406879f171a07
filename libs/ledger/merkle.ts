import { createHash } from 'node:crypto';

/**
 * RFC 6962 / RFC 9162 Merkle tree hashing. Leaves are hashed by `leafHash` (leaf.ts): SHA-256(0x00 || leaf);
 * interior nodes here: SHA-256(0x01 || left || right). The tree over n leaves splits at k, the largest power
 * of two strictly below n, so every tree has exactly one shape per size.
 */

export const HASH_SIZE = 32;

const NODE_PREFIX = Buffer.from([0x01]);

/** The root of the empty tree: SHA-256 of the empty string. */
export const EMPTY_ROOT: Buffer = createHash('sha256').digest();

/** RFC 6962 interior node hash: SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** Largest power of two strictly smaller than n (n >= 2). Works for every safe integer. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * Hash of the subtree over leaves [start, end) — MTH(D[start:end]) of RFC 9162. Callers MUST pass
 * 0 <= start < end <= leafHashes.length; it is only a tree node when (start, end) is aligned, but the
 * definition holds for any range. O(end - start).
 */
export function subtreeRoot(leafHashes: readonly Buffer[], start: number, end: number): Buffer {
  if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && start < end && end <= leafHashes.length)) {
    throw new RangeError(`invalid subtree range [${start}, ${end}) over ${leafHashes.length} leaves`);
  }
  return subtree(leafHashes, start, end);
}

function subtree(leafHashes: readonly Buffer[], start: number, end: number): Buffer {
  if (end - start === 1) return leafHashes[start] as Buffer;
  const k = splitPoint(end - start);
  return nodeHash(subtree(leafHashes, start, start + k), subtree(leafHashes, start + k, end));
}

/** Root of the tree over all given leaf hashes; the empty tree's root is SHA-256(""). */
export function rootFromLeafHashes(leafHashes: readonly Buffer[]): Buffer {
  if (leafHashes.length === 0) return Buffer.from(EMPTY_ROOT);
  return subtree(leafHashes, 0, leafHashes.length);
}

/**
 * The frontier of a tree of `size` leaves: the roots of its maximal complete subtrees, left to right
 * (largest first), one per set bit of `size`. Enough to append and to compute the root without old leaves.
 * Invariant: hashes.length === popcount(size). Values are treated as immutable: appends return a new range.
 */
export interface CompactRange {
  readonly size: number;
  readonly hashes: readonly Buffer[];
}

export const EMPTY_RANGE: CompactRange = Object.freeze({ size: 0, hashes: Object.freeze([]) as readonly Buffer[] });

/** Number of set bits of a non-negative safe integer (exact beyond 2^32, unlike the bitwise operators). */
export function popcount(n: number): number {
  let c = 0;
  for (let x = n; x > 0; x = Math.floor(x / 2)) c += x % 2;
  return c;
}

/** The range after appending one leaf hash. O(log n) node hashes, amortised O(1). */
export function appendLeafHash(range: CompactRange, leafHash: Buffer): CompactRange {
  if (leafHash.length !== HASH_SIZE) throw new RangeError(`leaf hash must be ${HASH_SIZE} bytes`);
  if (range.size >= Number.MAX_SAFE_INTEGER) throw new RangeError('tree size overflow');
  const hashes = range.hashes.slice();
  let acc = leafHash;
  // Every trailing 1 bit of the old size is a complete subtree of the same height as acc: merge them.
  for (let s = range.size; s % 2 === 1; s = Math.floor(s / 2)) {
    const left = hashes.pop() as Buffer;
    acc = nodeHash(left, acc);
  }
  hashes.push(acc);
  return { size: range.size + 1, hashes };
}

/** The range after appending many leaf hashes, in order. */
export function appendLeafHashes(range: CompactRange, leafHashes: Iterable<Buffer>): CompactRange {
  let r = range;
  for (const h of leafHashes) r = appendLeafHash(r, h);
  return r;
}

/** The compact range of the tree over these leaves. */
export function compactRangeOf(leafHashes: Iterable<Buffer>): CompactRange {
  return appendLeafHashes(EMPTY_RANGE, leafHashes);
}

/** The root hash of the tree the range describes (equals rootFromLeafHashes of its leaves). */
export function rootOf(range: CompactRange): Buffer {
  const n = range.hashes.length;
  if (n === 0) return Buffer.from(EMPTY_ROOT);
  let acc = range.hashes[n - 1] as Buffer;
  for (let i = n - 2; i >= 0; i--) acc = nodeHash(range.hashes[i] as Buffer, acc);
  return acc;
}

/** Row form of a compact range: `{"size":N,"hashes":["<hex>",…]}`. */
export function serializeCompactRange(range: CompactRange): string {
  return JSON.stringify({ size: range.size, hashes: range.hashes.map((h) => h.toString('hex')) });
}

const HEX32 = /^[0-9a-f]{64}$/;

/** Parses serializeCompactRange output; throws on anything that is not a well-formed frontier. */
export function parseCompactRange(text: string): CompactRange {
  const v: unknown = JSON.parse(text);
  if (typeof v !== 'object' || v === null) throw new TypeError('compact range must be an object');
  const { size, hashes } = v as { size?: unknown; hashes?: unknown };
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
    throw new TypeError('compact range size must be a non-negative integer');
  if (!Array.isArray(hashes) || !hashes.every((h): h is string => typeof h === 'string' && HEX32.test(h))) {
    throw new TypeError('compact range hashes must be 32-byte lowercase hex strings');
  }
  if (hashes.length !== popcount(size))
    throw new TypeError(`compact range of size ${size} needs ${popcount(size)} hashes, got ${hashes.length}`);
  return { size, hashes: hashes.map((h) => Buffer.from(h, 'hex')) };
}
