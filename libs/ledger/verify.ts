import { type ExportMode } from './export';
import { ExportFormatError, parseExportLine, type ParsedExportLine } from './export-parse';
import { leafHash } from './leaf';
import { appendLeafHash, EMPTY_RANGE, EMPTY_ROOT, rootOf, type CompactRange } from './merkle';
import { verifyConsistency, verifyInclusion } from './proofs';
import { parseCheckpoint, parseVkey, verifyNote, type Checkpoint, type NoteVerifierKey } from './signed-note';

/**
 * Offline verification of a `ledger-export/v1` file: needs only the export, the log's vkey and optionally a
 * checkpoint kept from earlier. Full mode recomputes every leaf hash and every root; partial mode checks each
 * entry's inclusion proof against a signed checkpoint. The first failure ends verification and is reported
 * as precisely as the evidence allows: the first bad seq, else the range of seqs no valid signature covers.
 */

export type VerifyResult =
  | { ok: true; origin: string; tenant: string; mode: ExportMode; treeSize: number; rootHash: string; entries: number; checkpoints: number }
  | VerifyFailure;

export interface VerifyFailure {
  ok: false;
  reason: string;
  /** The input is not a readable export, vkey or checkpoint (CLI exit 2), as opposed to a failed check (exit 1). */
  inputError?: true;
  /** 1-based line of the export where the failure was found. */
  line?: number;
  firstBadSeq?: number;
  /** Inclusive seq range that no valid signed checkpoint vouches for. */
  range?: [number, number];
}

type Header = Extract<ParsedExportLine, { type: 'header' }>;
type Pending = { seq: number; hash: Buffer; treeSize: number; proof: Buffer[] };
type Consistency = Extract<ParsedExportLine, { type: 'consistency' }>;

const inputError = (reason: string, line?: number): VerifyFailure => ({
  ok: false,
  inputError: true,
  reason: `bad input: ${reason}`,
  line,
});

/** Incremental verifier: push lines in order (e.g. from a readline stream), then finish(). */
export class ExportVerifier {
  private failure: VerifyFailure | null = null;
  private key: NoteVerifierKey | null = null;
  private prev: Required<Checkpoint> | null = null;
  private header: Header | null = null;
  private lineNo = 0;
  private range: CompactRange = EMPTY_RANGE;
  private lastSeq = -1;
  private entries = 0;
  private checkpoints = 0;
  private lastSignedSize = 0;
  private last: { size: number; root: Buffer; signed: boolean } | null = null;
  private prevRootSeen: Buffer | null = null;
  private readonly trustedRoots = new Map<number, Buffer>();
  private readonly pending: Pending[] = [];
  private readonly consistency: Consistency[] = [];

  constructor(vkeyText: string, prevCheckpointNote?: string) {
    try {
      this.key = parseVkey(vkeyText);
    } catch (e) {
      this.failure = inputError(`vkey: ${(e as Error).message}`);
      return;
    }
    if (prevCheckpointNote !== undefined) this.failure = this.readPrev(prevCheckpointNote);
  }

  private readPrev(note: string): VerifyFailure | null {
    const v = verifyNote(note, [this.key as NoteVerifierKey]);
    if (!v.ok && v.reason === 'malformed') return inputError('previous checkpoint is not a signed note');
    if (!v.ok) return { ok: false, reason: `previous checkpoint: ${v.detail}` };
    try {
      this.prev = parseCheckpoint(v.body);
    } catch (e) {
      return inputError(`previous checkpoint: ${(e as Error).message}`);
    }
    return null;
  }

  /** Feeds one line; returns the failure once one is found (later lines are then ignored). */
  push(text: string): VerifyFailure | null {
    if (this.failure) return this.failure;
    this.lineNo++;
    const t = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (t.trim() === '') return null;
    let line: ParsedExportLine;
    try {
      line = parseExportLine(t);
    } catch (e) {
      const msg = e instanceof ExportFormatError || e instanceof SyntaxError ? e.message : String(e);
      return (this.failure = inputError(msg, this.lineNo));
    }
    const f = this.apply(line);
    if (f) this.failure = { ...f, line: f.line ?? this.lineNo };
    return this.failure;
  }

  private apply(line: ParsedExportLine): VerifyFailure | null {
    if (line.type === 'header') {
      if (this.header) return inputError('a second header line');
      this.header = line;
      if (this.prev && this.prev.origin !== line.origin)
        return { ok: false, reason: 'previous checkpoint is from another log (origin differs)' };
      return null;
    }
    if (!this.header) return inputError('the first line must be the header');
    if (line.type === 'entry') return this.entry(this.header, line);
    if (line.type === 'checkpoint') return this.checkpoint(this.header, line);
    this.consistency.push(line);
    return null;
  }

  private entry(h: Header, e: Extract<ParsedExportLine, { type: 'entry' }>): VerifyFailure | null {
    const full = h.mode === 'full';
    // Full mode starts at 0; a partial export is one contiguous seq range starting anywhere.
    const expected = full || this.lastSeq >= 0 ? this.lastSeq + 1 : e.seq;
    if (e.seq !== expected) {
      const reason =
        e.seq > expected ? `entry ${expected} is missing (next is seq ${e.seq})` : `seq ${e.seq} appears where ${expected} belongs`;
      return { ok: false, reason, firstBadSeq: expected };
    }
    const hash = leafHash(Buffer.from(e.leaf, 'utf8'));
    if (!hash.equals(e.leafHash)) return { ok: false, reason: `leaf ${e.seq} does not match its leaf_hash`, firstBadSeq: e.seq };
    const bad = leafMismatch(e.leaf, e.seq, h.tenant);
    if (bad) return { ok: false, reason: `leaf ${e.seq}: ${bad}`, firstBadSeq: e.seq };
    if (e.inclusion) this.pending.push({ seq: e.seq, hash, treeSize: e.inclusion.treeSize, proof: e.inclusion.proof });
    else if (!full) return { ok: false, reason: `leaf ${e.seq} has no inclusion proof`, firstBadSeq: e.seq };
    if (full) {
      this.range = appendLeafHash(this.range, hash);
      if (this.prev && this.range.size === this.prev.size) this.prevRootSeen = rootOf(this.range);
    }
    this.lastSeq = e.seq;
    this.entries++;
    return null;
  }

  private checkpoint(h: Header, c: Extract<ParsedExportLine, { type: 'checkpoint' }>): VerifyFailure | null {
    this.checkpoints++;
    const full = h.mode === 'full';
    const span = (): [number, number] => [this.lastSignedSize, Math.max(this.lastSignedSize, c.treeSize - 1)];
    if (c.origin !== h.origin)
      return { ok: false, reason: `checkpoint origin ${JSON.stringify(c.origin)} is not the export's`, range: span() };
    if (this.last && c.treeSize < this.last.size)
      return { ok: false, reason: `checkpoint size ${c.treeSize} after size ${this.last.size}`, range: span() };
    if (full && c.treeSize !== this.entries) {
      // A checkpoint follows the entry it seals: a count off by some entries means some were removed or added.
      const firstBadSeq = Math.min(c.treeSize, this.entries);
      return { ok: false, reason: `checkpoint for size ${c.treeSize} follows ${this.entries} entries`, firstBadSeq };
    }
    let signed = false;
    if (c.note !== undefined) {
      const v = verifyNote(c.note, [this.key as NoteVerifierKey]);
      if (!v.ok) return { ok: false, reason: `checkpoint ${c.treeSize}: ${v.detail}`, range: span() };
      let body: Required<Checkpoint>;
      try {
        body = parseCheckpoint(v.body);
      } catch (e) {
        return { ok: false, reason: `checkpoint ${c.treeSize}: signed body is not a checkpoint (${(e as Error).message})`, range: span() };
      }
      if (body.origin !== c.origin || body.size !== c.treeSize || !body.rootHash.equals(c.rootHash)) {
        return { ok: false, reason: `checkpoint ${c.treeSize}: the signed note says something else than the line`, range: span() };
      }
      signed = true;
    } else if (!full) {
      return { ok: false, reason: `checkpoint ${c.treeSize} in a partial export is not signed`, range: span() };
    }
    if (full) {
      const root = rootOf(this.range);
      if (!root.equals(c.rootHash))
        return { ok: false, reason: `root of the first ${c.treeSize} entries differs from checkpoint`, range: span() };
    }
    this.trustedRoots.set(c.treeSize, c.rootHash);
    this.last = { size: c.treeSize, root: c.rootHash, signed };
    if (signed) this.lastSignedSize = c.treeSize;
    return null;
  }

  /** Ends the input: checks what needs the whole export (the final seal, proofs, the previous checkpoint). */
  finish(): VerifyResult {
    if (this.failure) return this.failure;
    const f = this.close();
    if (f) return (this.failure = f);
    const h = this.header as Header;
    const last = this.last as { size: number; root: Buffer };
    return {
      ok: true,
      origin: h.origin,
      tenant: h.tenant,
      mode: h.mode,
      treeSize: last.size,
      rootHash: last.root.toString('hex'),
      entries: this.entries,
      checkpoints: this.checkpoints,
    };
  }

  private close(): VerifyFailure | null {
    const h = this.header;
    if (!h) return inputError('no header line');
    const last = this.last;
    if (!last || !last.signed || (h.mode === 'full' && last.size !== this.entries)) {
      const range: [number, number] = [this.lastSignedSize, Math.max(this.lastSignedSize, this.entries - 1)];
      return { ok: false, reason: 'the export does not end with a signed checkpoint over all its entries', range };
    }
    for (const p of this.pending) {
      const root = this.trustedRoots.get(p.treeSize);
      if (!root)
        return { ok: false, reason: `leaf ${p.seq}: no checkpoint of size ${p.treeSize} for its inclusion proof`, firstBadSeq: p.seq };
      if (!verifyInclusion(p.seq, p.treeSize, p.hash, p.proof, root))
        return { ok: false, reason: `leaf ${p.seq}: inclusion proof does not verify`, firstBadSeq: p.seq };
    }
    for (const c of this.consistency) {
      const root2 = this.trustedRoots.get(c.size2);
      if (!root2) return { ok: false, reason: `consistency proof to size ${c.size2}: no checkpoint of that size` };
      if (!verifyConsistency(c.size1, c.size2, c.root1, root2, c.proof))
        return { ok: false, reason: `consistency proof ${c.size1} -> ${c.size2} does not verify` };
    }
    return this.prev ? this.checkPrev(h, this.prev, last) : null;
  }

  private checkPrev(h: Header, prev: Required<Checkpoint>, last: { size: number; root: Buffer }): VerifyFailure | null {
    if (prev.size > last.size) {
      return {
        ok: false,
        reason: `previous checkpoint has ${prev.size} entries, this export ${last.size}`,
        firstBadSeq: last.size,
        range: [last.size, prev.size - 1],
      };
    }
    const notPrefix: VerifyFailure = {
      ok: false,
      reason: 'the previous checkpoint is not a prefix of this export',
      range: [0, Math.max(0, prev.size - 1)],
    };
    if (prev.size === 0) return prev.rootHash.equals(EMPTY_ROOT) ? null : notPrefix;
    if (h.mode === 'full') return this.prevRootSeen && this.prevRootSeen.equals(prev.rootHash) ? null : notPrefix;
    if (prev.size === last.size) return prev.rootHash.equals(last.root) ? null : notPrefix;
    // Partial mode: a consistency line from the previous checkpoint to the final one must exist (all lines verified above).
    const proven = this.consistency.some((c) => c.size1 === prev.size && c.root1.equals(prev.rootHash) && c.size2 === last.size);
    return proven ? null : { ...notPrefix, reason: 'no consistency proof from the previous checkpoint to this export' };
  }
}

/** The embedded seq and tenant of a leaf must be those of its line and of the export. */
function leafMismatch(leaf: string, seq: number, tenant: string): string | null {
  let v: unknown;
  try {
    v = JSON.parse(leaf);
  } catch {
    return 'leaf is not JSON';
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return 'leaf is not a JSON object';
  const o = v as { seq?: unknown; tenant?: unknown };
  if (o.seq !== seq) return `leaf records seq ${JSON.stringify(o.seq)}`;
  if (o.tenant !== tenant) return `leaf belongs to tenant ${JSON.stringify(o.tenant)}`;
  return null;
}

/** Verifies a whole export (its text, or its lines in order). */
export function verifyExport(lines: Iterable<string> | string, vkeyText: string, prevCheckpointNote?: string): VerifyResult {
  const v = new ExportVerifier(vkeyText, prevCheckpointNote);
  for (const line of typeof lines === 'string' ? lines.split('\n') : lines) {
    if (v.push(line)) break;
  }
  return v.finish();
}

/** CLI exit code of SPEC §7: 0 verified, 1 failed check, 2 bad input. */
export function verifyExitCode(r: VerifyResult): 0 | 1 | 2 {
  return r.ok ? 0 : r.inputError ? 2 : 1;
}

/** Human-readable summary; a failure starts with `FIRST BAD SEQ: k` or `BAD RANGE: a..b` when known. */
export function describeVerifyResult(r: VerifyResult): string {
  if (r.ok) return `VERIFIED: ${r.origin} tenant ${r.tenant}, ${r.entries} entries, tree size ${r.treeSize}, root ${r.rootHash}`;
  const where = r.line !== undefined ? ` (line ${r.line})` : '';
  if (r.firstBadSeq !== undefined) return `FIRST BAD SEQ: ${r.firstBadSeq}\n${r.reason}${where}`;
  if (r.range) return `BAD RANGE: ${r.range[0]}..${r.range[1]}\n${r.reason}${where}`;
  return `${r.inputError ? 'BAD INPUT' : 'FAILED'}: ${r.reason}${where}`;
}
