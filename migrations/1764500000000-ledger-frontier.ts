import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-tenant Merkle logs: the head row keeps the tree's compact range (frontier), updated in the same
 * transaction as the entries, so extending the tree never re-reads old leaves and an aborted append
 * leaves head and entries unchanged together. Checkpoints are signed notes, append-only like entries.
 */
export class LedgerFrontier1764500000000 implements MigrationInterface {
  name = 'LedgerFrontier1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ledger_head ADD COLUMN frontier text`);
    await q.query(`CREATE INDEX ledger_entry_created_idx ON ledger_entry (tenant_id, created_at)`);
    await q.query(`CREATE INDEX ledger_checkpoint_latest_idx ON ledger_checkpoint (tenant_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ledger_checkpoint_latest_idx`);
    await q.query(`DROP INDEX ledger_entry_created_idx`);
    await q.query(`ALTER TABLE ledger_head DROP COLUMN frontier`);
  }
}
