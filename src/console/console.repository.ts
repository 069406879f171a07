import { Injectable } from '@nestjs/common';
import type { DecisionRecord } from '@libs/pipeline';
import { Database } from '../database/database';

export interface CheckpointRow {
  treeSize: number;
  rootHash: string;
  note: string;
  createdAt: string;
}

interface JoinedRow {
  tenant_id: string;
  seq: string;
  leaf: Buffer;
  outcome: Buffer | null;
}

const parse = (b: Buffer): Record<string, unknown> => JSON.parse(b.toString('utf8')) as Record<string, unknown>;

/**
 * Reads for the console: decisions joined with their outcomes, newest first, and checkpoint history. One
 * tenant through row-level security, or (tenant null, a platform-scoped caller) every tenant through the
 * named platform path.
 */
@Injectable()
export class ConsoleRepository {
  constructor(private readonly db: Database) {}

  /** Decision and denial entries created in [from, to), newest first, at most `limit`, each with its outcome. */
  async decisions(tenantId: string | null, from: Date, to: Date, limit: number): Promise<DecisionRecord[]> {
    const rows = await this.db.scopeOf(tenantId, 'console: decisions of every tenant').many<JoinedRow>(
      `SELECT d.tenant_id, d.seq, d.leaf, o.leaf AS outcome
         FROM ledger_entry d
         LEFT JOIN LATERAL (
           SELECT leaf FROM ledger_entry o
            WHERE o.tenant_id = d.tenant_id AND o.request_id = d.request_id AND o.kind = 'routing_outcome'
            ORDER BY o.seq LIMIT 1
         ) o ON d.kind = 'routing_decision'
        WHERE ($1::text IS NULL OR d.tenant_id = $1) AND d.kind IN ('routing_decision', 'policy_denied')
          AND d.created_at >= $2 AND d.created_at < $3
        ORDER BY d.created_at DESC, d.seq DESC
        LIMIT $4`,
      [tenantId, from, to, limit],
    );
    return rows.map((r) => ({
      tenant: r.tenant_id,
      seq: Number(r.seq),
      decision: parse(r.leaf),
      outcome: r.outcome ? parse(r.outcome) : null,
    }));
  }

  /** The newest `limit` signed checkpoints of one log, newest first. */
  async checkpoints(tenantId: string, limit: number): Promise<CheckpointRow[]> {
    const rows = await this.db.forTenant(tenantId).many<{
      tree_size: string;
      root_hash: Buffer;
      note: string;
      created_at: Date;
    }>(`SELECT tree_size, root_hash, note, created_at FROM ledger_checkpoint WHERE tenant_id = $1 ORDER BY tree_size DESC LIMIT $2`, [tenantId, limit]);
    return rows.map((r) => ({
      treeSize: Number(r.tree_size),
      rootHash: r.root_hash.toString('hex'),
      note: r.note,
      createdAt: r.created_at.toISOString(),
    }));
  }
}
