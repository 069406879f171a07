import { Injectable } from '@nestjs/common';
import { encodeLeaf, LedgerStore, type EncodedLeaf, type LedgerEntryInput } from '@libs/ledger';
import { Database } from '../database/database';

interface HeadRow {
  tenant_id: string;
  size: string;
}

/**
 * The ledger on PostgreSQL. One transaction per batch: reserve each tenant's next sequence numbers by
 * bumping `ledger_head` (row lock; tenants in sorted order so concurrent processes never deadlock), encode
 * the leaves with those numbers, insert them all in one statement, commit. An abort consumes nothing.
 */
@Injectable()
export class LedgerRepository extends LedgerStore {
  constructor(private readonly db: Database) {
    super();
  }

  async appendBatch(inputs: readonly LedgerEntryInput[]): Promise<EncodedLeaf[]> {
    const counts = new Map<string, number>();
    for (const i of inputs) counts.set(i.tenant, (counts.get(i.tenant) ?? 0) + 1);
    const tenants = [...counts.keys()].sort();
    return this.db.asApp(async (q) => {
      const heads = (await q.query(
        `INSERT INTO ledger_head AS h (tenant_id, size)
         SELECT * FROM unnest($1::text[], $2::bigint[])
         ON CONFLICT (tenant_id) DO UPDATE SET size = h.size + EXCLUDED.size, updated_at = now()
         RETURNING tenant_id, size`,
        [tenants, tenants.map((t) => counts.get(t))],
      )) as HeadRow[];
      const next = new Map<string, number>();
      for (const h of heads) next.set(h.tenant_id, Number(h.size) - (counts.get(h.tenant_id) ?? 0));
      const ts = new Date();
      const leaves = inputs.map((input) => {
        const seq = next.get(input.tenant) as number;
        next.set(input.tenant, seq + 1);
        return encodeLeaf(input, seq, ts);
      });
      await q.query(
        `INSERT INTO ledger_entry (tenant_id, seq, kind, request_id, created_at, leaf, leaf_hash)
         SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::timestamptz[], $6::bytea[], $7::bytea[])`,
        [
          leaves.map((l) => l.tenant),
          leaves.map((l) => l.seq),
          leaves.map((l) => l.kind),
          leaves.map((l) => l.requestId),
          leaves.map((l) => l.ts.toISOString()),
          leaves.map((l) => l.leaf),
          leaves.map((l) => l.leafHash),
        ],
      );
      return leaves;
    });
  }

  /** Entries of one request, for tests and the audit API: tenant first, always. */
  async entriesForRequest(tenantId: string, requestId: string): Promise<{ seq: number; kind: string; leaf: string }[]> {
    return this.db.asApp(async (q) => {
      const rows = (await q.query(
        'SELECT seq, kind, leaf FROM ledger_entry WHERE tenant_id = $1 AND request_id = $2 ORDER BY seq',
        [tenantId, requestId],
      )) as { seq: string; kind: string; leaf: Buffer }[];
      return rows.map((r) => ({ seq: Number(r.seq), kind: r.kind, leaf: r.leaf.toString('utf8') }));
    });
  }
}
