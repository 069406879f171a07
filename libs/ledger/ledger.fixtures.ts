/** Test fixtures: signed ledger exports built from real leaves, with overridable defaults. */
import { encodeLeaf, type EncodedLeaf, type LedgerEntryInput } from './leaf';
import { exportLines, type ExportCheckpoint, type ExportConsistency, type ExportEntry } from './export';
import { rootFromLeafHashes } from './merkle';
import { consistencyProof, inclusionProof } from './proofs';
import { generateSigningKey, signCheckpoint, type NoteSigner } from './signed-note';

const KEY_NAME = 'gateway.test/ledger';
const generated = generateSigningKey(KEY_NAME);

/** One key for all fixtures (key generation is cheap, but stable keys make failures reproducible). */
export const testSigner: NoteSigner = { name: KEY_NAME, privateKey: generated.privateKeyPem };
export const testVkey = generated.vkey;

export function aLeafInput(overrides: Partial<LedgerEntryInput> = {}): LedgerEntryInput {
  return {
    tenant: 't1',
    kind: 'routing_decision',
    requestId: 'req-1',
    body: { level: 'internal', policy_version: 'v1', permitted: ['local', 'azure'], strategy: 'cheapest' },
    ...overrides,
  };
}

/** n leaves of one tenant, seq 0..n-1, one second apart, deterministic salts. */
export function someLeaves(n: number, tenant = 't1'): EncodedLeaf[] {
  const t0 = Date.parse('2026-03-01T00:00:00.000Z');
  return Array.from({ length: n }, (_, seq) =>
    encodeLeaf(aLeafInput({ tenant, requestId: `req-${seq}` }), seq, new Date(t0 + seq * 1000), seq.toString(16).padStart(32, '0')),
  );
}

export function checkpointFor(
  leaves: readonly EncodedLeaf[],
  size: number,
  origin: string,
  signer: NoteSigner = testSigner,
): ExportCheckpoint {
  const rootHash = rootFromLeafHashes(leaves.slice(0, size).map((l) => l.leafHash));
  return { origin, treeSize: size, rootHash, note: signCheckpoint({ origin, size, rootHash }, signer) };
}

export interface ExportFixtureOptions {
  entries?: number;
  tenant?: string;
  origin?: string;
  /** Full mode: a signed checkpoint after every this many entries (and always one at the end). */
  checkpointEvery?: number;
  mode?: 'full' | 'partial';
  /** Partial mode: the exported seq range [from, to). */
  from?: number;
  to?: number;
  /** Adds consistency lines from these earlier sizes to the final size. */
  consistencyFrom?: number[];
  leaves?: EncodedLeaf[];
}

export interface ExportFixture {
  lines: string[];
  leaves: EncodedLeaf[];
  origin: string;
  /** The final signed checkpoint note. */
  note: string;
}

export function anExport(o: ExportFixtureOptions = {}): ExportFixture {
  const tenant = o.tenant ?? 't1';
  const origin = o.origin ?? `gateway.test/ledger/${tenant}`;
  const leaves = o.leaves ?? someLeaves(o.entries ?? 20, tenant);
  const n = leaves.length;
  const hashes = leaves.map((l) => l.leafHash);
  const mode = o.mode ?? 'full';
  const every = o.checkpointEvery ?? 8;
  const sizes =
    mode === 'full' ? [...Array.from({ length: Math.floor(n / every) }, (_, i) => (i + 1) * every).filter((s) => s < n), n] : [n];
  const checkpoints = sizes.map((s) => checkpointFor(leaves, s, origin));
  const selected = mode === 'full' ? leaves : leaves.slice(o.from ?? 0, o.to ?? n);
  const entries: ExportEntry[] = selected.map((l) => ({
    seq: l.seq,
    leaf: l.leaf,
    leafHash: l.leafHash,
    inclusion: mode === 'partial' ? { treeSize: n, proof: inclusionProof(l.seq, n, hashes) } : undefined,
  }));
  const consistency: ExportConsistency[] = (o.consistencyFrom ?? []).map((m) => ({
    size1: m,
    root1: rootFromLeafHashes(hashes.slice(0, m)),
    size2: n,
    proof: consistencyProof(m, n, hashes),
  }));
  const lines = [...exportLines({ header: { origin, tenant, mode }, entries, checkpoints, consistency })];
  return { lines, leaves, origin, note: (checkpoints[checkpoints.length - 1] as ExportCheckpoint).note as string };
}
