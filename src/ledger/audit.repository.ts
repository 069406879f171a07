import { Injectable } from '@nestjs/common';
import { parseCompactRange, EMPTY_RANGE, type CompactRange } from '@libs/ledger';
import { Database } from '../database/database';

export interface StoredEntry {
  seq: number;
  kind: string;
  requestId: string | null;
  createdAt: Date;
  leaf: Buffer;
  leafHash: Buffer;
}

export interface StoredCheckpoint {
  treeSize: number;
  rootHash: Buffer;
  note: string;
}

interface EntryRow {
  seq: string;
  kind: string;
  request_id: string | null;
  created_at: Date;
  leaf: Buffer;
  leaf_hash: Buffer;
}

const toEntry = (r: EntryRow): StoredEntry => ({
  seq: Number(r.seq),
  kind: r.kind,
  requestId: r.request_id,
  createdAt: r.created_at,
  leaf: r.leaf,
  leafHash: r.leaf_hash,
});

interface CheckpointRow {
  tree_size: string;
  root_hash: Buffer;
  note: string;
}

const toCheckpoint = (r: CheckpointRow): StoredCheckpoint => ({ treeSize: Number(r.tree_size), rootHash: r.root_hash, note: r.note });

/** Reads of the audit trail. Tenant first in every query: a tenant's log never shows another's rows. */
@Injectable()
export class AuditRepository {
  constructor(private readonly db: Database) {}

  async head(tenantId: string): Promise<CompactRange> {
    const r = await this.db
      .forTenant(tenantId)
      .one<{ size: string; frontier: string | null }>('SELECT size, frontier FROM ledger_head WHERE tenant_id = $1', [tenantId]);
    if (!r || Number(r.size) === 0) return EMPTY_RANGE;
    if (!r.frontier) throw new Error('ledger head has no frontier yet');
    return parseCompactRange(r.frontier);
  }

  async tenantExists(tenantId: string): Promise<boolean> {
    return (await this.db.forTenant(tenantId).one('SELECT 1 FROM tenant WHERE id = $1', [tenantId])) !== null;
  }

  /** Entries with seq in [from, to), in order, at most `limit`. */
  async entries(tenantId: string, from: number, to: number, limit = 5000, kind?: string): Promise<StoredEntry[]> {
    const rows = await this.db.forTenant(tenantId).many<EntryRow>(
      `SELECT seq, kind, request_id, created_at, leaf, leaf_hash FROM ledger_entry
       WHERE tenant_id = $1 AND seq >= $2 AND seq < $3 AND ($4::text IS NULL OR kind = $4) ORDER BY seq LIMIT $5`,
      [tenantId, from, to, kind ?? null, limit],
    );
    return rows.map(toEntry);
  }

  async leafHashes(tenantId: string, size: number): Promise<Buffer[]> {
    const rows = await this.db
      .forTenant(tenantId)
      .many<{ leaf_hash: Buffer }>('SELECT leaf_hash FROM ledger_entry WHERE tenant_id = $1 AND seq < $2 ORDER BY seq', [tenantId, size]);
    return rows.map((r) => r.leaf_hash);
  }

  /** The seq range [first, last+1) of entries created in [fromTs, toTs). */
  async seqRangeForTime(tenantId: string, fromTs: Date | null, toTs: Date | null): Promise<[number, number] | null> {
    const r = await this.db.forTenant(tenantId).one<{ lo: string | null; hi: string | null }>(
      `SELECT min(seq) AS lo, max(seq) AS hi FROM ledger_entry
       WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR created_at >= $2) AND ($3::timestamptz IS NULL OR created_at < $3)`,
      [tenantId, fromTs, toTs],
    );
    return r && r.lo !== null && r.hi !== null ? [Number(r.lo), Number(r.hi) + 1] : null;
  }

  async checkpoints(tenantId: string, maxSize: number): Promise<StoredCheckpoint[]> {
    const rows = await this.db
      .forTenant(tenantId)
      .many<CheckpointRow>(
        'SELECT tree_size, root_hash, note FROM ledger_checkpoint WHERE tenant_id = $1 AND tree_size <= $2 ORDER BY tree_size',
        [tenantId, maxSize],
      );
    return rows.map(toCheckpoint);
  }

  async latestCheckpoint(tenantId: string): Promise<StoredCheckpoint | null> {
    const r = await this.db
      .forTenant(tenantId)
      .one<CheckpointRow>('SELECT tree_size, root_hash, note FROM ledger_checkpoint WHERE tenant_id = $1 ORDER BY tree_size DESC LIMIT 1', [
        tenantId,
      ]);
    return r ? toCheckpoint(r) : null;
  }

  /** Two processes may sign the same size: the first note stays (both are valid signatures of one root). */
  async insertCheckpoint(tenantId: string, cp: StoredCheckpoint): Promise<void> {
    await this.db
      .forTenant(tenantId)
      .none(
        'INSERT INTO ledger_checkpoint (tenant_id, tree_size, root_hash, note) VALUES ($1, $2, $3, $4) ON CONFLICT (tenant_id, tree_size) DO NOTHING',
        [tenantId, cp.treeSize, cp.rootHash, cp.note],
      );
  }
}
