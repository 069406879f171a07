import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monthly spend per tenant, shared by every gateway process: `reserved` holds the estimated cost of
 * requests in flight (taken atomically against the budget before egress), `spent` the settled cost.
 */
export class TenantSpend1764600000000 implements MigrationInterface {
  name = 'TenantSpend1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE tenant_spend (
      tenant_id text NOT NULL REFERENCES tenant(id),
      month date NOT NULL,
      spent_nusd bigint NOT NULL DEFAULT 0 CHECK (spent_nusd >= 0),
      reserved_nusd bigint NOT NULL DEFAULT 0 CHECK (reserved_nusd >= 0),
      PRIMARY KEY (tenant_id, month)
    )`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON tenant_spend TO gateway_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tenant_spend`);
  }
}
