import { Injectable } from '@nestjs/common';
import { escapeLiteral } from 'pg';
import {
  appendLeafHashes,
  compactRangeOf,
  encodeLeaf,
  EMPTY_RANGE,
  LedgerStore,
  parseCompactRange,
  serializeCompactRange,
  type CompactRange,
  type EncodedLeaf,
  type LedgerEntryInput,
} from '@libs/ledger';
import { Database } from '../database/database';

const MAX_CONFLICT_RETRIES = 8;

function leafRow(l: EncodedLeaf): string {
  return `(${escapeLiteral(l.tenant)}, ${l.seq}::bigint, ${escapeLiteral(l.kind)}, ${l.requestId === null ? 'NULL::text' : escapeLiteral(l.requestId)}, ${escapeLiteral(l.ts.toISOString())}::timestamptz, decode('${l.leaf.toString('hex')}', 'hex'), decode('${l.leafHash.toString('hex')}', 'hex'))`;
}

/**
 * The ledger on PostgreSQL: one RFC 6962 log per tenant, one round trip per batch. The process remembers
 * each tenant's head (size and compact range); a batch is one transaction in which, per tenant, a single
 * statement advances `ledger_head` (size and frontier) from the remembered size and inserts the entries
 * only if that succeeded (compare-and-set). If another process moved the head meanwhile, that tenant's
 * statement changes nothing: its head is re-read and its entries are encoded again with the right sequence
 * numbers. An aborted batch changes nothing at all: no gap, no orphan, no fork.
 */
@Injectable()
export class LedgerRepository extends LedgerStore {
  private readonly heads = new Map<string, CompactRange>();
  /** Tenants whose log moved since the checkpointer last asked. */
  private readonly moved = new Set<string>();

  constructor(private readonly db: Database) {
    super();
  }

  async appendBatch(inputs: readonly LedgerEntryInput[]): Promise<EncodedLeaf[]> {
    const byTenant = new Map<string, LedgerEntryInput[]>();
    for (const i of inputs) {
      const list = byTenant.get(i.tenant);
      if (list) list.push(i);
      else byTenant.set(i.tenant, [i]);
    }
    const done = new Map<LedgerEntryInput, EncodedLeaf>();
    let pending = [...byTenant.keys()].sort();
    try {
      for (let round = 0; pending.length > 0; round++) {
        if (round > MAX_CONFLICT_RETRIES) throw new Error('ledger head contention: too many concurrent writers');
        const unknown = pending.filter((t) => !this.heads.has(t));
        if (unknown.length > 0) await this.loadHeads(unknown);
        pending = await this.writeRound(pending, byTenant, done);
      }
    } catch (err) {
      for (const t of byTenant.keys()) this.heads.delete(t); // state unknown after a failure: re-read next time
      throw err;
    }
    return inputs.map((i) => done.get(i) as EncodedLeaf);
  }

  /** Tenants appended to since the last call (for the checkpoint writer). */
  takeMovedTenants(): string[] {
    const out = [...this.moved];
    this.moved.clear();
    return out;
  }

  markMoved(tenant: string): void {
    this.moved.add(tenant);
  }

  /** One transaction for every pending tenant; returns the tenants whose head had moved (to retry). */
  private async writeRound(tenants: string[], byTenant: Map<string, LedgerEntryInput[]>, done: Map<LedgerEntryInput, EncodedLeaf>): Promise<string[]> {
    const ts = new Date();
    const planned = tenants.map((t) => {
      const head = this.heads.get(t) as CompactRange;
      const start = head.size;
      const items = byTenant.get(t) as LedgerEntryInput[];
      const leaves = items.map((input, i) => encodeLeaf(input, start + i, ts));
      return { t, start, items, leaves, next: appendLeafHashes(head, leaves.map((l) => l.leafHash)) };
    });
    const statements = planned.map(
      ({ t, start, leaves, next }) =>
        `WITH h AS (UPDATE ledger_head SET size = ${next.size}, frontier = ${escapeLiteral(serializeCompactRange(next))}, updated_at = now()
                    WHERE tenant_id = ${escapeLiteral(t)} AND size = ${start} RETURNING 1)
         INSERT INTO ledger_entry (tenant_id, seq, kind, request_id, created_at, leaf, leaf_hash)
         SELECT v.* FROM (VALUES ${leaves.map(leafRow).join(',')}) AS v WHERE EXISTS (SELECT 1 FROM h)`,
    );
    const results = await this.db.script(['BEGIN', 'SET LOCAL ROLE gateway_app', ...statements, 'COMMIT'].join(';\n'));
    const retry: string[] = [];
    planned.forEach(({ t, items, leaves, next }, i) => {
      if (results[2 + i]?.rowCount === leaves.length) {
        this.heads.set(t, next);
        this.moved.add(t);
        items.forEach((input, k) => done.set(input, leaves[k] as EncodedLeaf));
      } else {
        this.heads.delete(t);
        retry.push(t);
      }
    });
    return retry;
  }

  private async loadHeads(tenants: string[]): Promise<void> {
    const list = tenants.map((t) => escapeLiteral(t));
    const results = await this.db.script(
      [
        'BEGIN',
        'SET LOCAL ROLE gateway_app',
        `INSERT INTO ledger_head (tenant_id, size) VALUES ${list.map((t) => `(${t}, 0)`).join(',')} ON CONFLICT (tenant_id) DO NOTHING`,
        `SELECT tenant_id, size, frontier FROM ledger_head WHERE tenant_id IN (${list.join(',')})`,
        'COMMIT',
      ].join(';\n'),
    );
    for (const r of (results[3]?.rows ?? []) as { tenant_id: string; size: string; frontier: string | null }[]) {
      const size = Number(r.size);
      let range = r.frontier ? parseCompactRange(r.frontier) : size === 0 ? EMPTY_RANGE : await this.rebuildFrontier(r.tenant_id, size);
      if (range.size !== size) range = await this.rebuildFrontier(r.tenant_id, size);
      this.heads.set(r.tenant_id, range);
    }
  }

  /** A head written before frontiers existed: rebuild the compact range from the stored leaf hashes once. */
  private async rebuildFrontier(tenantId: string, size: number): Promise<CompactRange> {
    const rows = (await this.db.asApp((q) =>
      q.query('SELECT leaf_hash FROM ledger_entry WHERE tenant_id = $1 AND seq < $2 ORDER BY seq', [tenantId, size]),
    )) as { leaf_hash: Buffer }[];
    if (rows.length !== size) throw new Error(`ledger of tenant has ${rows.length} entries below head ${size}`);
    return compactRangeOf(rows.map((r) => r.leaf_hash));
  }
}
