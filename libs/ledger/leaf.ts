import { createHash, randomFillSync } from 'node:crypto';
import { canonicalJson, type CanonicalValue } from './canonical-json';

export const LEDGER_ENTRY_VERSION = 1;

export const LEDGER_KINDS = [
  'routing_decision',
  'routing_outcome',
  'policy_denied',
  'config_change',
  'key_event',
  'tenant_event',
  'export_event',
  'drift_alert',
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** What a caller appends. The appender adds v, tenant, seq, ts and salt. Bodies MUST NOT carry content or PII. */
export interface LedgerEntryInput {
  tenant: string;
  kind: LedgerKind;
  requestId: string | null;
  body: { [k: string]: CanonicalValue | undefined };
  /** Work that commits with this entry, in the same transaction, or not at all (never part of the leaf). */
  companion?: Companion;
}

/**
 * Statements, in the store's own query language, that belong to an entry: they run in the transaction that
 * writes it, after it, and take effect only if the entry was written (a budget hold with its decision, the
 * settlement with its outcome). One round trip and one commit instead of two.
 */
export interface Companion {
  /** `seq` is the entry's position; `written` is a condition (in the store's language) true only once it is stored. */
  statements(seq: number, written: string): readonly string[];
  /** Set by the store when the entry is stored: what each statement returned, in order. */
  results?: readonly unknown[];
}

export interface EncodedLeaf {
  tenant: string;
  seq: number;
  kind: LedgerKind;
  requestId: string | null;
  ts: Date;
  leaf: Buffer;
  leafHash: Buffer;
}

const LEAF_PREFIX = Buffer.from([0x00]);

// Salts come from a pooled CSPRNG buffer: one kernel call per 256 leaves instead of one per leaf.
const SALT_BYTES = 16;
const saltPool = Buffer.alloc(SALT_BYTES * 256);
let saltOffset = saltPool.length;

/** 16 fresh random bytes, hex: makes a leaf's hash unguessable from its (low-entropy) metadata. */
export function newSalt(): string {
  if (saltOffset >= saltPool.length) {
    randomFillSync(saltPool);
    saltOffset = 0;
  }
  const salt = saltPool.toString('hex', saltOffset, saltOffset + SALT_BYTES);
  saltOffset += SALT_BYTES;
  return salt;
}

/** RFC 6962 leaf hash: SHA-256(0x00 || leaf). */
export function leafHash(leaf: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(leaf).digest();
}

/**
 * Builds the exact bytes of one leaf. Reserved keys (v, kind, tenant, seq, ts, request_id, salt) win over
 * body keys of the same name, so a body can never forge them.
 */
export function encodeLeaf(input: LedgerEntryInput, seq: number, ts: Date, salt = newSalt()): EncodedLeaf {
  const value: { [k: string]: CanonicalValue | undefined } = {
    ...input.body,
    v: LEDGER_ENTRY_VERSION,
    kind: input.kind,
    tenant: input.tenant,
    seq,
    ts: ts.toISOString(),
    request_id: input.requestId,
    salt,
  };
  const leaf = Buffer.from(canonicalJson(value), 'utf8');
  return { tenant: input.tenant, seq, kind: input.kind, requestId: input.requestId, ts, leaf, leafHash: leafHash(leaf) };
}
