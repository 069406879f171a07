import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where the outcome sweep of each tenant's log resumes: every decision below `next_seq` is known to have its
 * outcome, so a sweep reads only the recent part of the log (by primary key), never the whole history.
 * `leased_until`/`leased_by` let one process at a time sweep a tenant without holding a connection; the
 * holder may take its own lease again (a lease it could not release while the database was away).
 */
export class OutcomeSweep1764800000000 implements MigrationInterface {
  name = 'OutcomeSweep1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE ledger_sweep (
      tenant_id text PRIMARY KEY,
      next_seq bigint NOT NULL CHECK (next_seq >= 0),
      leased_until timestamptz,
      leased_by text
    )`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON ledger_sweep TO gateway_app`);
    // One row per budget reservation still open, named by its decision: what a crash leaves behind is
    // released by the sweep when it closes that decision, never twice (settling deletes the row).
    await q.query(`CREATE TABLE budget_hold (
      tenant_id text NOT NULL,
      decision_seq bigint NOT NULL,
      month date NOT NULL,
      amount_nusd bigint NOT NULL CHECK (amount_nusd >= 0),
      PRIMARY KEY (tenant_id, decision_seq)
    )`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON budget_hold TO gateway_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE budget_hold, ledger_sweep`);
  }
}
