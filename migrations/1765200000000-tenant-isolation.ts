import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation-policy';

/** Every tenant-owned table and the column that names its tenant. */
export const TENANT_OWNED: readonly (readonly [table: string, column: string])[] = [
  ['tenant', 'id'],
  ['api_key', 'tenant_id'],
  ['tenant_spend', 'tenant_id'],
  ['budget_hold', 'tenant_id'],
  ['ledger_head', 'tenant_id'],
  ['ledger_entry', 'tenant_id'],
  ['ledger_checkpoint', 'tenant_id'],
  ['ledger_sweep', 'tenant_id'],
];

/**
 * Tenant isolation that the database enforces (SPEC §8): row-level security on every tenant-owned table,
 * keyed on the transaction setting `app.tenant_id`; `app.platform = 'on'` is the explicit platform path.
 * A transaction with neither sees and writes no tenant-owned row. The tables stay owned by the migrating
 * role and the gateway runs as `gateway_app` (never the owner, never BYPASSRLS), so the policies apply.
 *
 * Also the admin plane's columns: keys carry several roles, an expiry and who made them; a rotated key
 * names its successor; a tenant can be suspended.
 */
export class TenantIsolation1765200000000 implements MigrationInterface {
  name = 'TenantIsolation1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER ROLE gateway_app NOBYPASSRLS`);
    await q.query(`ALTER TABLE tenant ADD COLUMN suspended_at timestamptz`);
    await q.query(`ALTER TABLE api_key ADD COLUMN roles text[] NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE api_key SET roles = ARRAY[role]`);
    await q.query(`ALTER TABLE api_key DROP COLUMN role`);
    await q.query(`ALTER TABLE api_key ADD CONSTRAINT api_key_roles_present CHECK (cardinality(roles) > 0)`);
    await q.query(`ALTER TABLE api_key ADD COLUMN expires_at timestamptz, ADD COLUMN created_by text, ADD COLUMN replaced_by text`);
    await q.query(`ALTER TABLE ledger_entry DROP CONSTRAINT IF EXISTS ledger_entry_kind_check`);
    await q.query(`ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_check CHECK (kind IN
      ('routing_decision','routing_outcome','policy_denied','config_change','key_event','tenant_event','export_event','drift_alert'))`);
    for (const [table, column] of TENANT_OWNED) await enableTenantIsolation(q, table, column);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of TENANT_OWNED) {
      await q.query(`DROP POLICY tenant_isolation ON ${table}`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`ALTER TABLE api_key ADD COLUMN role text`);
    await q.query(`UPDATE api_key SET role = roles[1]`);
    await q.query(`ALTER TABLE api_key DROP COLUMN roles, DROP COLUMN expires_at, DROP COLUMN created_by, DROP COLUMN replaced_by`);
    await q.query(`ALTER TABLE tenant DROP COLUMN suspended_at`);
  }
}
