import { canonicalJson, type CanonicalValue } from './canonical-json';
import { leafHash } from './leaf';

/**
 * The `ledger-export/v1` JSON Lines writer (SPEC §7) and the flat CSV rows of `format=csv`, as pure
 * functions from data to lines. Lines carry no terminator: JSONL joins with "\n", CSV with "\r\n".
 * Hashes are lowercase hex. The leaf is written as the exact text whose UTF-8 bytes were hashed.
 */

export const EXPORT_FORMAT = 'ledger-export/v1';
export type ExportMode = 'full' | 'partial';

export interface ExportHeader {
  origin: string;
  tenant: string;
  mode: ExportMode;
}

export interface ExportInclusion {
  treeSize: number;
  proof: readonly Uint8Array[];
}

export interface ExportEntry {
  seq: number;
  /** The stored leaf bytes (or their UTF-8 text), byte-exact as hashed. */
  leaf: Uint8Array | string;
  /** The stored leaf hash; SHOULD be passed so that a tampered stored leaf shows up as a mismatch. */
  leafHash?: Uint8Array;
  /** Partial mode: the audit path of this leaf in the tree of the signed checkpoint. */
  inclusion?: ExportInclusion;
}

export interface ExportCheckpoint {
  origin: string;
  treeSize: number;
  rootHash: Uint8Array;
  /** The signed note text. The last checkpoint of an export MUST carry one. */
  note?: string;
}

export interface ExportConsistency {
  size1: number;
  root1: Uint8Array;
  size2: number;
  proof: readonly Uint8Array[];
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function leafText(leaf: Uint8Array | string): string {
  return typeof leaf === 'string' ? leaf : Buffer.from(leaf).toString('utf8');
}

export function headerLine(h: ExportHeader): string {
  return JSON.stringify({ type: 'header', format: EXPORT_FORMAT, origin: h.origin, tenant: h.tenant, mode: h.mode });
}

export function entryLine(e: ExportEntry): string {
  const bytes = typeof e.leaf === 'string' ? Buffer.from(e.leaf, 'utf8') : e.leaf;
  const line: Record<string, unknown> = {
    type: 'entry',
    seq: e.seq,
    leaf: leafText(e.leaf),
    leaf_hash: hex(e.leafHash ?? leafHash(bytes)),
  };
  if (e.inclusion) line['inclusion'] = { tree_size: e.inclusion.treeSize, proof: e.inclusion.proof.map(hex) };
  return JSON.stringify(line);
}

export function checkpointLine(c: ExportCheckpoint): string {
  const line: Record<string, unknown> = { type: 'checkpoint', origin: c.origin, tree_size: c.treeSize, root_hash: hex(c.rootHash) };
  if (c.note !== undefined) line['note'] = c.note;
  return JSON.stringify(line);
}

export function consistencyLine(c: ExportConsistency): string {
  return JSON.stringify({ type: 'consistency', size1: c.size1, root1: hex(c.root1), size2: c.size2, proof: c.proof.map(hex) });
}

export interface ExportInput {
  header: ExportHeader;
  /** In seq order: 0..N-1 for full mode, one contiguous seq range for partial mode (the verifier checks both). */
  entries: Iterable<ExportEntry>;
  /** In tree-size order; each is written right after the entry it seals (the one with seq = treeSize - 1). */
  checkpoints: readonly ExportCheckpoint[];
  consistency?: readonly ExportConsistency[];
}

/** All lines of one export, checkpoints interleaved after the entries they seal, consistency lines last. */
export function* exportLines(input: ExportInput): Generator<string> {
  yield headerLine(input.header);
  let c = 0;
  for (const e of input.entries) {
    for (let cp = input.checkpoints[c]; cp && cp.treeSize <= e.seq; cp = input.checkpoints[++c]) yield checkpointLine(cp);
    yield entryLine(e);
  }
  for (; c < input.checkpoints.length; c++) yield checkpointLine(input.checkpoints[c] as ExportCheckpoint);
  for (const p of input.consistency ?? []) yield consistencyLine(p);
}

// ---- CSV ----

/** Flat columns; leaf keys not listed here (except v and salt) go, as canonical JSON, into `other`. */
export const CSV_COLUMNS = [
  'seq',
  'ts',
  'kind',
  'tenant',
  'request_id',
  'key_id',
  'level',
  'categories',
  'region',
  'policy_version',
  'permitted',
  'excluded',
  'strategy',
  'plan',
  'provider',
  'model',
  'status',
  'decision_seq',
  'cost_nusd',
  'total_tokens',
  'error_code',
  'explanation',
  'leaf_hash',
  'other',
] as const;

const DERIVED = new Set<string>(['total_tokens', 'leaf_hash', 'other']);
const OMITTED = new Set<string>(['v', 'salt', 'usage']);

/** One CSV field: RFC 4180 quoting; cells that a spreadsheet would run as a formula get a leading quote. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellText(v: CanonicalValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) {
    return v
      .map((x) => {
        if (
          x !== null &&
          typeof x === 'object' &&
          !Array.isArray(x) &&
          typeof x['provider'] === 'string' &&
          typeof x['rule'] === 'string'
        ) {
          return `${x['provider']} (${x['rule']})`; // excluded providers: who, by which rule
        }
        return x !== null && typeof x === 'object' ? canonicalJson(x) : String(x);
      })
      .join('; ');
  }
  return canonicalJson(v);
}

export function csvHeaderLine(): string {
  return CSV_COLUMNS.join(',');
}

/** The CSV row of one stored leaf. Throws if the leaf is not a JSON object (a stored leaf always is). */
export function csvRow(entry: { leaf: Uint8Array | string; leafHash?: Uint8Array }): string {
  const text = leafText(entry.leaf);
  const parsed: unknown = JSON.parse(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new TypeError('a ledger leaf is a JSON object');
  const leaf = parsed as { [k: string]: CanonicalValue };
  const usage = leaf['usage'];
  const other: { [k: string]: CanonicalValue } = {};
  for (const [k, v] of Object.entries(leaf)) {
    if (!OMITTED.has(k) && !(CSV_COLUMNS as readonly string[]).includes(k)) other[k] = v;
  }
  const cells = CSV_COLUMNS.map((col): string => {
    if (!DERIVED.has(col)) return cellText(leaf[col]);
    if (col === 'total_tokens') return usage && typeof usage === 'object' && !Array.isArray(usage) ? cellText(usage['total_tokens']) : '';
    if (col === 'leaf_hash') return hex(entry.leafHash ?? leafHash(Buffer.from(text, 'utf8')));
    return Object.keys(other).length > 0 ? canonicalJson(other) : '';
  });
  return cells.map(csvCell).join(',');
}
