import { Injectable } from '@nestjs/common';
import { escapeLiteral } from 'pg';
import { Database } from '../database/database';
import { StatementBatch } from './statement-batch';

/** Tenant spend in nano-dollars, per calendar month (UTC). Tenant first in every statement. */
@Injectable()
export class BudgetsRepository {
  /** Reservations and settlements of concurrent requests share one transaction (see StatementBatch). */
  private readonly batch: StatementBatch;

  constructor(private readonly db: Database) {
    this.batch = new StatementBatch(db);
  }

  /**
   * Atomically reserves `estimate` if spent + reserved + estimate stays within `budget`, and holds it under
   * the decision's seq. Returns false (and changes nothing) when it would not fit.
   */
  async reserve(tenantId: string, decisionSeq: number, month: string, estimate: number, budget: number): Promise<boolean> {
    const t = escapeLiteral(tenantId);
    const m = escapeLiteral(month);
    const [, reserved] = await this.batch.run(tenantId, [
      `INSERT INTO tenant_spend (tenant_id, month) VALUES (${t}, ${m}) ON CONFLICT DO NOTHING`,
      `WITH r AS (UPDATE tenant_spend SET reserved_nusd = reserved_nusd + ${Math.trunc(estimate)}
         WHERE tenant_id = ${t} AND month = ${m} AND spent_nusd + reserved_nusd + ${Math.trunc(estimate)} <= ${Math.trunc(budget)} RETURNING 1)
       INSERT INTO budget_hold (tenant_id, decision_seq, month, amount_nusd) SELECT ${t}, ${Math.trunc(decisionSeq)}, ${m}, ${Math.trunc(estimate)} FROM r`,
    ]);
    return reserved?.rowCount === 1;
  }

  /**
   * Releases the decision's hold and books the actual cost (0 when the request failed). A hold already
   * released (settled, or swept) changes nothing: never released twice.
   */
  async settle(tenantId: string, decisionSeq: number, actual: number): Promise<void> {
    // Numbers are integers by construction; the tenant id is escaped.
    const t = escapeLiteral(tenantId);
    await this.batch.run(tenantId, [
      `WITH h AS (DELETE FROM budget_hold WHERE tenant_id = ${t} AND decision_seq = ${Math.trunc(decisionSeq)} RETURNING month, amount_nusd)
       UPDATE tenant_spend s SET reserved_nusd = GREATEST(s.reserved_nusd - h.amount_nusd, 0), spent_nusd = s.spent_nusd + ${Math.trunc(actual)}
       FROM h WHERE s.tenant_id = ${t} AND s.month = h.month`,
    ]);
  }

  async spent(tenantId: string, month: string): Promise<{ spent: number; reserved: number }> {
    const row = await this.db.forTenant(tenantId).one<{
      spent_nusd: string;
      reserved_nusd: string;
    }>('SELECT spent_nusd, reserved_nusd FROM tenant_spend WHERE tenant_id = $1 AND month = $2', [tenantId, month]);
    return { spent: Number(row?.spent_nusd ?? 0), reserved: Number(row?.reserved_nusd ?? 0) };
  }
}
