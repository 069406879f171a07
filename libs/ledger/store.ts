import type { EncodedLeaf, LedgerEntryInput } from './leaf';

/**
 * Where leaves are kept. A port: the shell implements it over PostgreSQL.
 *
 * appendBatch MUST, in one transaction: assign each tenant's next dense sequence numbers (in input order),
 * encode every leaf with its seq, store them, and commit durably before resolving. If it rejects, none of
 * the entries exist and no sequence number was consumed (no gap, no orphan). An entry's companion statements
 * run in the same transaction, after the entry, and change nothing unless the entry was stored; when the entry
 * is stored, `companion.results` holds what they returned.
 */
export abstract class LedgerStore {
  abstract appendBatch(inputs: readonly LedgerEntryInput[]): Promise<EncodedLeaf[]>;
}
