import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenant attributes that route rules read (SPEC §5): a free-form tier and the tenant's time zone. */
export class TenantTier1765600000000 implements MigrationInterface {
  name = 'TenantTier1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE tenant ADD COLUMN tier text CHECK (length(tier) BETWEEN 1 AND 64), ADD COLUMN time_zone text CHECK (length(time_zone) BETWEEN 1 AND 64)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenant DROP COLUMN tier, DROP COLUMN time_zone`);
  }
}
