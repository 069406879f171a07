import { Injectable } from '@nestjs/common';
import { escapeLiteral } from 'pg';
import { Database } from '../database/database';
import { StatementBatch } from './statement-batch';

/** Tenant spend in nano-dollars, per calendar month (UTC). Tenant first in every statement. */
@Injectable()
export class BudgetsRepository {
  /** Settlements made on their own share one transaction when concurrent (see StatementBatch). */
  private readonly batch: StatementBatch;

  constructor(private readonly db: Database) {
    this.batch = new StatementBatch(db);
  }

  /**
   * The hold of a decision, as statements that commit with its ledger entry (a ledger companion): reserves
   * `estimate` if spent + reserved + estimate stays within `budget`, held under the decision's seq, and only if
   * `written` (the entry is stored). The second statement's row count is 1 when the hold was taken, 0 when it
   * would not fit (then nothing changed).
   */
  holdStatements(tenantId: string, decisionSeq: number, month: string, estimate: number, budget: number, written: string): string[] {
    // Numbers are integers by construction; the tenant id and month are escaped.
    const t = escapeLiteral(tenantId);
    const m = escapeLiteral(month);
    const e = Math.trunc(estimate);
    return [
      `INSERT INTO tenant_spend (tenant_id, month) SELECT ${t}, ${m} WHERE ${written} ON CONFLICT DO NOTHING`,
      `WITH r AS (UPDATE tenant_spend SET reserved_nusd = reserved_nusd + ${e}
         WHERE tenant_id = ${t} AND month = ${m} AND spent_nusd + reserved_nusd + ${e} <= ${Math.trunc(budget)} AND ${written} RETURNING 1)
       INSERT INTO budget_hold (tenant_id, decision_seq, month, amount_nusd) SELECT ${t}, ${Math.trunc(decisionSeq)}, ${m}, ${e} FROM r`,
    ];
  }

  /**
   * Releases the decision's hold and books the actual cost (0 when the request failed), if `written` (as a
   * companion of the outcome entry; `TRUE` on its own). A hold already released (settled, or swept) changes
   * nothing: never released twice.
   */
  settleStatement(tenantId: string, decisionSeq: number, actual: number, written = 'TRUE'): string {
    const t = escapeLiteral(tenantId);
    return `WITH h AS (DELETE FROM budget_hold WHERE tenant_id = ${t} AND decision_seq = ${Math.trunc(decisionSeq)} AND ${written} RETURNING month, amount_nusd)
       UPDATE tenant_spend s SET reserved_nusd = GREATEST(s.reserved_nusd - h.amount_nusd, 0), spent_nusd = s.spent_nusd + ${Math.trunc(actual)}
       FROM h WHERE s.tenant_id = ${t} AND s.month = h.month`;
  }

  /** Settles on its own (the recovery sweep; an outcome that could not be written). */
  async settle(tenantId: string, decisionSeq: number, actual: number): Promise<void> {
    await this.batch.run(tenantId, [this.settleStatement(tenantId, decisionSeq, actual)]);
  }

  async spent(tenantId: string, month: string): Promise<{ spent: number; reserved: number }> {
    const row = await this.db.forTenant(tenantId).one<{
      spent_nusd: string;
      reserved_nusd: string;
    }>('SELECT spent_nusd, reserved_nusd FROM tenant_spend WHERE tenant_id = $1 AND month = $2', [tenantId, month]);
    return { spent: Number(row?.spent_nusd ?? 0), reserved: Number(row?.reserved_nusd ?? 0) };
  }
}
