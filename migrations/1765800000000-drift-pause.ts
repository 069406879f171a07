import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A shared block may also be a drift pause: a model the drift watch stopped until an admin resumes it. */
export class DriftPause1765800000000 implements MigrationInterface {
  name = 'DriftPause1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE shared_block DROP CONSTRAINT shared_block_reason_check`);
    await q.query(
      `ALTER TABLE shared_block ADD CONSTRAINT shared_block_reason_check CHECK (reason IN ('breaker_open', 'rate_limited', 'drift_paused'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM shared_block WHERE reason = 'drift_paused'`);
    await q.query(`ALTER TABLE shared_block DROP CONSTRAINT shared_block_reason_check`);
    await q.query(`ALTER TABLE shared_block ADD CONSTRAINT shared_block_reason_check CHECK (reason IN ('breaker_open', 'rate_limited'))`);
  }
}
