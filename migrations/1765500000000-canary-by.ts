import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a canary's slice is keyed on: the request id (default), the tenant, or the declared workload. */
export class CanaryBy1765500000000 implements MigrationInterface {
  name = 'CanaryBy1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy_version ADD COLUMN canary_by text CHECK (canary_by IN ('request', 'tenant', 'workload'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy_version DROP COLUMN canary_by`);
  }
}
