import { Injectable } from '@nestjs/common';
import { escapeLiteral } from 'pg';
import { Database } from '../database/database';

/** Tenant spend in nano-dollars, per calendar month (UTC). Tenant first in every statement. */
@Injectable()
export class BudgetsRepository {
  constructor(private readonly db: Database) {}

  /**
   * Atomically reserves `estimate` if spent + reserved + estimate stays within `budget`: one round trip.
   * Returns false (and changes nothing) when it would not fit.
   */
  async reserve(tenantId: string, month: string, estimate: number, budget: number): Promise<boolean> {
    const t = escapeLiteral(tenantId);
    const m = escapeLiteral(month);
    const res = await this.db.script(
      [
        'BEGIN',
        'SET LOCAL ROLE gateway_app',
        `INSERT INTO tenant_spend (tenant_id, month) VALUES (${t}, ${m}) ON CONFLICT DO NOTHING`,
        `UPDATE tenant_spend SET reserved_nusd = reserved_nusd + ${estimate}
         WHERE tenant_id = ${t} AND month = ${m} AND spent_nusd + reserved_nusd + ${estimate} <= ${budget} RETURNING 1`,
        'COMMIT',
      ].join(';\n'),
    );
    return res[3]?.rowCount === 1;
  }

  /** Releases a reservation and books the actual cost (0 when the request failed). */
  async settle(tenantId: string, month: string, estimate: number, actual: number): Promise<void> {
    await this.db.asApp((q) =>
      q.query(
        `UPDATE tenant_spend SET reserved_nusd = GREATEST(reserved_nusd - $3, 0), spent_nusd = spent_nusd + $4
         WHERE tenant_id = $1 AND month = $2`,
        [tenantId, month, estimate, actual],
      ),
    );
  }

  async spent(tenantId: string, month: string): Promise<{ spent: number; reserved: number }> {
    const rows = (await this.db.asApp((q) =>
      q.query('SELECT spent_nusd, reserved_nusd FROM tenant_spend WHERE tenant_id = $1 AND month = $2', [tenantId, month]),
    )) as { spent_nusd: string; reserved_nusd: string }[];
    return { spent: Number(rows[0]?.spent_nusd ?? 0), reserved: Number(rows[0]?.reserved_nusd ?? 0) };
  }
}
