/**
 * Verification of a `ledger-export/v1` export in the browser (SPEC §7), the same checks as
 * libs/ledger/verify.ts (`gatewayctl ledger verify`), with hashing and Ed25519 supplied by the caller
 * (WebCrypto in the browser, so nothing here trusts the server that served the page's data): every leaf
 * hash, every Merkle root against its checkpoint, inclusion proofs (partial exports), consistency proofs,
 * the Ed25519 signature of each signed note against the pinned verifier key, and optionally that the
 * export extends a checkpoint verified before. The first failure ends verification and names the first
 * bad seq, or the range of seqs no valid signature covers. Pure: no DOM, no network.
 */

export interface CryptoPort {
  sha256(data: Uint8Array): Promise<Uint8Array>;
  /** Ed25519 verification with a raw 32-byte public key. */
  verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean>;
}

export type VerifyResult =
  | { ok: true; origin: string; tenant: string; mode: string; treeSize: number; rootHash: string; entries: number; checkpoints: number }
  | { ok: false; reason: string; inputError?: true; line?: number; firstBadSeq?: number; range?: [number, number] };
type Failure = Extract<VerifyResult, { ok: false }>;

const HEX32 = /^[0-9a-f]{64}$/;
const STRICT_B64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const enc = new TextEncoder();

export const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const fromHex = (s: string): Uint8Array => Uint8Array.from(s.match(/../g) ?? [], (x) => parseInt(x, 16));
const equal = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

function b64(s: string): Uint8Array | null {
  if (!STRICT_B64.test(s)) return null;
  const bin = atob(s);
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return btoa(bin) === s ? bytes : null;
}

class InputError extends Error {}

/** RFC 6962 hashing over the port. */
class Hasher {
  constructor(private readonly c: CryptoPort) {}
  leaf = (leaf: Uint8Array) => this.c.sha256(concat(Uint8Array.of(0), leaf));
  node = (l: Uint8Array, r: Uint8Array) => this.c.sha256(concat(Uint8Array.of(1), l, r));
  empty = () => this.c.sha256(new Uint8Array(0));
}

/** Compact range (the tree's right frontier): appends in O(log n) hashes, root on demand. */
class Frontier {
  size = 0;
  private hashes: Uint8Array[] = [];
  constructor(private readonly h: Hasher) {}
  async append(leafHash: Uint8Array): Promise<void> {
    let acc = leafHash;
    for (let s = this.size; s % 2 === 1; s = Math.floor(s / 2)) acc = await this.h.node(this.hashes.pop() as Uint8Array, acc);
    this.hashes.push(acc);
    this.size++;
  }
  async root(): Promise<Uint8Array> {
    const n = this.hashes.length;
    if (n === 0) return this.h.empty();
    let acc = this.hashes[n - 1] as Uint8Array;
    for (let i = n - 2; i >= 0; i--) acc = await this.h.node(this.hashes[i] as Uint8Array, acc);
    return acc;
  }
}

const bitLength = (x: bigint): number => (x === 0n ? 0 : x.toString(2).length);
const ones = (x: bigint): number => [...x.toString(2)].filter((c) => c === '1').length;
function decompose(index: bigint, size: bigint): { inner: number; border: number } {
  const inner = bitLength(index ^ (size - 1n));
  return { inner, border: ones(index >> BigInt(inner)) };
}

async function chainInner(h: Hasher, seed: Uint8Array, proof: Uint8Array[], index: bigint): Promise<Uint8Array> {
  let acc = seed;
  for (const [i, p] of proof.entries()) acc = ((index >> BigInt(i)) & 1n) === 0n ? await h.node(acc, p) : await h.node(p, acc);
  return acc;
}
async function chainInnerRight(h: Hasher, seed: Uint8Array, proof: Uint8Array[], index: bigint): Promise<Uint8Array> {
  let acc = seed;
  for (const [i, p] of proof.entries()) if (((index >> BigInt(i)) & 1n) === 1n) acc = await h.node(p, acc);
  return acc;
}
async function chainBorderRight(h: Hasher, seed: Uint8Array, proof: Uint8Array[]): Promise<Uint8Array> {
  let acc = seed;
  for (const p of proof) acc = await h.node(p, acc);
  return acc;
}

/** RFC 9162 §2.1.3.2. */
export async function verifyInclusion(
  h: Hasher,
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: Uint8Array[],
  root: Uint8Array,
): Promise<boolean> {
  if (index >= size || proof.some((p) => p.length !== 32)) return false;
  const { inner, border } = decompose(BigInt(index), BigInt(size));
  if (proof.length !== inner + border) return false;
  const r = await chainBorderRight(h, await chainInner(h, leafHash, proof.slice(0, inner), BigInt(index)), proof.slice(inner));
  return equal(r, root);
}

/** RFC 9162 §2.1.4.2. */
export async function verifyConsistency(
  h: Hasher,
  size1: number,
  size2: number,
  root1: Uint8Array,
  root2: Uint8Array,
  proof: Uint8Array[],
): Promise<boolean> {
  if (size1 === 0 || size2 < size1) return false;
  if (size1 === size2) return proof.length === 0 && equal(root1, root2);
  if (proof.length === 0 || proof.some((p) => p.length !== 32)) return false;
  const s1 = BigInt(size1);
  const d = decompose(s1 - 1n, BigInt(size2));
  let shift = 0;
  while (((s1 >> BigInt(shift)) & 1n) === 0n) shift++;
  const inner = d.inner - shift;
  const seedIsRoot = s1 === 1n << BigInt(shift);
  const seed = seedIsRoot ? root1 : (proof[0] as Uint8Array);
  const rest = seedIsRoot ? proof : proof.slice(1);
  if (rest.length !== inner + d.border) return false;
  const mask = (s1 - 1n) >> BigInt(shift);
  const innerPart = rest.slice(0, inner);
  const borderPart = rest.slice(inner);
  const hash1 = await chainBorderRight(h, await chainInnerRight(h, seed, innerPart, mask), borderPart);
  if (!equal(hash1, root1)) return false;
  return equal(await chainBorderRight(h, await chainInner(h, seed, innerPart, mask), borderPart), root2);
}

interface Vkey {
  name: string;
  keyId: Uint8Array;
  publicKey: Uint8Array;
}

const validName = (n: string): boolean => n.length > 0 && !/[\s+]/u.test(n);

/** `<name>+<hex key id>+<base64(0x01 || key)>`, the key id checked against name and key. */
export async function parseVkey(c: CryptoPort, text: string): Promise<Vkey> {
  const m = /^([^+]*)\+([^+]*)\+(.*)$/s.exec(text.trim());
  if (!m) throw new InputError('vkey must be <name>+<hex key id>+<base64 key>');
  const [, name = '', id = '', key64 = ''] = m;
  if (!validName(name)) throw new InputError('vkey has an invalid key name');
  if (!/^[0-9a-f]{8}$/.test(id)) throw new InputError('vkey key id must be 8 lowercase hex digits');
  const key = b64(key64);
  if (!key || key.length !== 33 || key[0] !== 1) throw new InputError('vkey key must be base64(0x01 || 32-byte Ed25519 key)');
  const publicKey = key.subarray(1);
  const keyId = (await c.sha256(concat(enc.encode(name), Uint8Array.of(0x0a, 1), publicKey))).subarray(0, 4);
  if (hex(keyId) !== id) throw new InputError('vkey key id does not match its name and key');
  return { name, keyId, publicKey };
}

interface Checkpoint {
  origin: string;
  size: number;
  rootHash: Uint8Array;
}

/** Verifies a signed note by `key` and returns its checkpoint body, or why not. */
export async function verifyNote(c: CryptoPort, note: string, key: Vkey): Promise<Checkpoint | string> {
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return 'not a well-formed signed note';
  const body = note.slice(0, split + 1);
  let verified = false;
  for (const line of note.slice(split + 2, -1).split('\n')) {
    if (!line.startsWith('\u2014 ')) return 'not a well-formed signed note';
    const [name, blob64] = line.slice(2).split(' ');
    const blob = blob64 === undefined ? null : b64(blob64);
    if (!name || !blob || blob.length < 5) return 'not a well-formed signed note';
    if (name !== key.name || !equal(blob.subarray(0, 4), key.keyId)) continue; // another key's signature
    const sig = blob.subarray(4);
    if (sig.length !== 64 || !(await c.verifyEd25519(key.publicKey, sig, enc.encode(body)))) return `signature by ${name} does not verify`;
    verified = true;
  }
  if (!verified) return 'no signature from the pinned key';
  const [origin, size, root64, ...ext] = body.slice(0, -1).split('\n');
  const rootHash = root64 === undefined ? null : b64(root64);
  if (!origin || !size || !/^(0|[1-9][0-9]*)$/.test(size) || !rootHash || rootHash.length !== 32 || ext.some((l) => l === ''))
    return 'the signed body is not a checkpoint';
  return { origin, size: Number(size), rootHash };
}

type Obj = Record<string, unknown>;
const str = (o: Obj, k: string): string => {
  if (typeof o[k] !== 'string') throw new InputError(`"${k}" must be a string`);
  return o[k] as string;
};
const count = (o: Obj, k: string): number => {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new InputError(`"${k}" must be a non-negative integer`);
  return v;
};
const hash = (o: Obj, k: string): Uint8Array => {
  const v = str(o, k);
  if (!HEX32.test(v)) throw new InputError(`"${k}" must be 64 lowercase hex digits`);
  return fromHex(v);
};
const hashes = (o: Obj, k: string): Uint8Array[] => {
  const v = o[k];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && HEX32.test(x)))
    throw new InputError(`"${k}" must be an array of hashes`);
  return v.map((x: string) => fromHex(x));
};
const object = (v: unknown, what: string): Obj => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new InputError(`${what} must be a JSON object`);
  return v as Obj;
};

/** The embedded seq and tenant of a leaf must be those of its line and of the export. */
function leafMismatch(leaf: string, seq: number, tenant: string): string | null {
  let v: unknown;
  try {
    v = JSON.parse(leaf);
  } catch {
    return 'leaf is not JSON';
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return 'leaf is not a JSON object';
  const o = v as Obj;
  if (o.seq !== seq) return `leaf records seq ${JSON.stringify(o.seq)}`;
  if (o.tenant !== tenant) return `leaf belongs to tenant ${JSON.stringify(o.tenant)}`;
  return null;
}

interface Pending {
  seq: number;
  hash: Uint8Array;
  treeSize: number;
  proof: Uint8Array[];
}
interface ConsistencyLine {
  size1: number;
  root1: Uint8Array;
  size2: number;
  proof: Uint8Array[];
}

/** One pass over the export's lines; state as in libs/ledger/verify.ts. */
class Run {
  header: { origin: string; tenant: string; mode: string } | null = null;
  lastSeq = -1;
  entries = 0;
  checkpoints = 0;
  lastSignedSize = 0;
  last: { size: number; root: Uint8Array; signed: boolean } | null = null;
  prevRootSeen: Uint8Array | null = null;
  readonly trusted = new Map<number, Uint8Array>();
  readonly pending: Pending[] = [];
  readonly consistency: ConsistencyLine[] = [];
  readonly frontier: Frontier;

  constructor(
    readonly c: CryptoPort,
    readonly h: Hasher,
    readonly key: Vkey,
    readonly prev: Checkpoint | null,
  ) {
    this.frontier = new Frontier(h);
  }

  async line(o: Obj): Promise<Failure | null> {
    const type = o.type;
    if (type === 'header') {
      if (this.header) throw new InputError('a second header line');
      if (o.format !== 'ledger-export/v1') throw new InputError('header format must be "ledger-export/v1"');
      if (o.mode !== 'full' && o.mode !== 'partial') throw new InputError('header mode must be "full" or "partial"');
      this.header = { origin: str(o, 'origin'), tenant: str(o, 'tenant'), mode: o.mode };
      if (this.prev && this.prev.origin !== this.header.origin) return { ok: false, reason: 'the pinned checkpoint is from another log' };
      return null;
    }
    if (!this.header) throw new InputError('the first line must be the header');
    if (type === 'entry') return this.entry(o, this.header.mode === 'full', this.header.tenant);
    if (type === 'checkpoint') return this.checkpoint(o, this.header);
    if (type === 'consistency') {
      this.consistency.push({ size1: count(o, 'size1'), root1: hash(o, 'root1'), size2: count(o, 'size2'), proof: hashes(o, 'proof') });
      return null;
    }
    throw new InputError(`unknown line type ${JSON.stringify(type)}`);
  }

  private async entry(o: Obj, full: boolean, tenant: string): Promise<Failure | null> {
    const seq = count(o, 'seq');
    const leaf = str(o, 'leaf');
    const given = hash(o, 'leaf_hash');
    const inc = o.inclusion === undefined ? null : object(o.inclusion, '"inclusion"');
    const expected = full || this.lastSeq >= 0 ? this.lastSeq + 1 : seq;
    if (seq !== expected) {
      const reason = seq > expected ? `entry ${expected} is missing (next is seq ${seq})` : `seq ${seq} appears where ${expected} belongs`;
      return { ok: false, reason, firstBadSeq: expected };
    }
    const lh = await this.h.leaf(enc.encode(leaf));
    if (!equal(lh, given)) return { ok: false, reason: `leaf ${seq} does not match its leaf_hash`, firstBadSeq: seq };
    const bad = leafMismatch(leaf, seq, tenant);
    if (bad) return { ok: false, reason: `leaf ${seq}: ${bad}`, firstBadSeq: seq };
    if (inc) this.pending.push({ seq, hash: lh, treeSize: count(inc, 'tree_size'), proof: hashes(inc, 'proof') });
    else if (!full) return { ok: false, reason: `leaf ${seq} has no inclusion proof`, firstBadSeq: seq };
    if (full) {
      await this.frontier.append(lh);
      if (this.prev && this.frontier.size === this.prev.size) this.prevRootSeen = await this.frontier.root();
    }
    this.lastSeq = seq;
    this.entries++;
    return null;
  }

  private async checkpoint(o: Obj, hd: { origin: string; mode: string }): Promise<Failure | null> {
    const origin = str(o, 'origin');
    const size = count(o, 'tree_size');
    const root = hash(o, 'root_hash');
    const note = o.note;
    if (note !== undefined && note !== null && typeof note !== 'string') throw new InputError('"note" must be a string');
    this.checkpoints++;
    const full = hd.mode === 'full';
    const span = (): [number, number] => [this.lastSignedSize, Math.max(this.lastSignedSize, size - 1)];
    if (origin !== hd.origin)
      return { ok: false, reason: `checkpoint origin ${JSON.stringify(origin)} is not the export's`, range: span() };
    if (this.last && size < this.last.size)
      return { ok: false, reason: `checkpoint size ${size} after size ${this.last.size}`, range: span() };
    if (full && size !== this.entries)
      return {
        ok: false,
        reason: `checkpoint for size ${size} follows ${this.entries} entries`,
        firstBadSeq: Math.min(size, this.entries),
      };
    let signed = false;
    if (typeof note === 'string') {
      const body = await verifyNote(this.c, note, this.key);
      if (typeof body === 'string') return { ok: false, reason: `checkpoint ${size}: ${body}`, range: span() };
      if (body.origin !== origin || body.size !== size || !equal(body.rootHash, root))
        return { ok: false, reason: `checkpoint ${size}: the signed note says something else than the line`, range: span() };
      signed = true;
    } else if (!full) {
      return { ok: false, reason: `checkpoint ${size} in a partial export is not signed`, range: span() };
    }
    if (full && !equal(await this.frontier.root(), root))
      return { ok: false, reason: `root of the first ${size} entries differs from checkpoint`, range: span() };
    this.trusted.set(size, root);
    this.last = { size, root, signed };
    if (signed) this.lastSignedSize = size;
    return null;
  }

  async finish(): Promise<VerifyResult> {
    const hd = this.header;
    if (!hd) return { ok: false, inputError: true, reason: 'bad input: no header line' };
    const last = this.last;
    if (!last || !last.signed || (hd.mode === 'full' && last.size !== this.entries))
      return {
        ok: false,
        reason: 'the export does not end with a signed checkpoint over all its entries',
        range: [this.lastSignedSize, Math.max(this.lastSignedSize, this.entries - 1)],
      };
    for (const p of this.pending) {
      const root = this.trusted.get(p.treeSize);
      if (!root)
        return { ok: false, reason: `leaf ${p.seq}: no checkpoint of size ${p.treeSize} for its inclusion proof`, firstBadSeq: p.seq };
      if (!(await verifyInclusion(this.h, p.seq, p.treeSize, p.hash, p.proof, root)))
        return { ok: false, reason: `leaf ${p.seq}: inclusion proof does not verify`, firstBadSeq: p.seq };
    }
    for (const cl of this.consistency) {
      const root2 = this.trusted.get(cl.size2);
      if (!root2) return { ok: false, reason: `consistency proof to size ${cl.size2}: no checkpoint of that size` };
      if (!(await verifyConsistency(this.h, cl.size1, cl.size2, cl.root1, root2, cl.proof)))
        return { ok: false, reason: `consistency proof ${cl.size1} -> ${cl.size2} does not verify` };
    }
    const f = this.prev ? await this.checkPrev(hd.mode, this.prev, last) : null;
    if (f) return f;
    return {
      ok: true,
      origin: hd.origin,
      tenant: hd.tenant,
      mode: hd.mode,
      treeSize: last.size,
      rootHash: hex(last.root),
      entries: this.entries,
      checkpoints: this.checkpoints,
    };
  }

  private async checkPrev(mode: string, prev: Checkpoint, last: { size: number; root: Uint8Array }): Promise<Failure | null> {
    if (prev.size > last.size)
      return {
        ok: false,
        reason: `the pinned checkpoint has ${prev.size} entries, this export ${last.size}`,
        firstBadSeq: last.size,
        range: [last.size, prev.size - 1],
      };
    const notPrefix: Failure = {
      ok: false,
      reason: 'the pinned checkpoint is not a prefix of this export',
      range: [0, Math.max(0, prev.size - 1)],
    };
    if (prev.size === 0) return equal(prev.rootHash, await this.h.empty()) ? null : notPrefix;
    if (mode === 'full') return this.prevRootSeen && equal(this.prevRootSeen, prev.rootHash) ? null : notPrefix;
    if (prev.size === last.size) return equal(prev.rootHash, last.root) ? null : notPrefix;
    const proven = this.consistency.some((cl) => cl.size1 === prev.size && equal(cl.root1, prev.rootHash) && cl.size2 === last.size);
    return proven ? null : { ...notPrefix, reason: 'no consistency proof from the pinned checkpoint to this export' };
  }
}

/**
 * Verifies an export's text against a verifier key, optionally also checking that it extends a signed
 * checkpoint note verified earlier (`prevNote`).
 */
export async function verifyExportText(c: CryptoPort, text: string, vkey: string, prevNote?: string): Promise<VerifyResult> {
  let key: Vkey;
  try {
    key = await parseVkey(c, vkey);
  } catch (e) {
    return { ok: false, inputError: true, reason: `bad input: vkey: ${(e as Error).message}` };
  }
  let prev: Checkpoint | null = null;
  if (prevNote) {
    const p = await verifyNote(c, prevNote, key);
    if (typeof p === 'string') return { ok: false, reason: `pinned checkpoint: ${p}` };
    prev = p;
  }
  const run = new Run(c, new Hasher(c), key, prev);
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const t = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (t.trim() === '') continue;
    try {
      const f = await run.line(object(JSON.parse(t), 'a line'));
      if (f) return { ...f, line: i + 1 };
    } catch (e) {
      if (e instanceof InputError || e instanceof SyntaxError)
        return { ok: false, inputError: true, reason: `bad input: ${e.message}`, line: i + 1 };
      throw e;
    }
  }
  return run.finish();
}

/** The last signed note of an export (what the console pins after a successful verification). */
export function lastNote(text: string): string | null {
  let note: string | null = null;
  for (const line of text.split('\n')) {
    if (!line.includes('"checkpoint"')) continue;
    try {
      const o = JSON.parse(line) as Obj;
      if (o.type === 'checkpoint' && typeof o.note === 'string') note = o.note;
    } catch {
      // not a line of ours: verification reports it
    }
  }
  return note;
}
