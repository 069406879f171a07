import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The drift watch's schedule slots: with several processes or hosts each running the schedule, the one that
 * inserts a slot (floor(now / interval)) first runs it; the others find it taken and skip.
 */
export class DriftSlot1765900000000 implements MigrationInterface {
  name = 'DriftSlot1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE drift_slot (
      slot bigint PRIMARY KEY,
      claimed_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON drift_slot TO gateway_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE drift_slot`);
  }
}
