import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation-policy';

/** Tables of this migration that a tenant owns (row-level security as in TenantIsolation1765200000000). */
export const TENANT_OWNED_POLICY: readonly (readonly [table: string, column: string])[] = [['policy_version', 'tenant_id']];

/**
 * Policy versions in the database (SPEC §8): immutable once submitted, `draft → submitted → approved →
 * active` (or `rejected`), `superseded` when replaced; one active version per scope. A platform version has
 * no tenant (only the platform path sees it); a tenant's overlay belongs to that tenant. `policy_epoch`
 * moves on every activation, so every process notices a change with one cheap read.
 */
export class PolicyVersions1765400000000 implements MigrationInterface {
  name = 'PolicyVersions1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE policy_version_seq`);
    await q.query(`CREATE TABLE policy_version (
      id text PRIMARY KEY CHECK (id ~ '^v[0-9]+$'),
      seq bigint NOT NULL UNIQUE,
      scope text NOT NULL CHECK (scope = 'platform' OR scope ~ '^tenant:[a-z0-9][a-z0-9_-]{0,62}$'),
      tenant_id text CHECK ((scope = 'platform') = (tenant_id IS NULL)),
      state text NOT NULL CHECK (state IN ('draft','submitted','approved','active','rejected','superseded')),
      mode text CHECK (mode IN ('shadow','canary')),
      canary_percent integer CHECK (canary_percent BETWEEN 0 AND 100),
      document text NOT NULL,
      content_hash text NOT NULL,
      author text NOT NULL,
      submitted_by text,
      approved_by text,
      rejected_by text,
      activated_by text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX policy_version_one_active ON policy_version (scope) WHERE state = 'active'`);
    await q.query(`CREATE TABLE policy_epoch (id integer PRIMARY KEY CHECK (id = 1), epoch bigint NOT NULL)`);
    await q.query(`INSERT INTO policy_epoch (id, epoch) VALUES (1, 0)`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON policy_version, policy_epoch TO gateway_app`);
    await q.query(`GRANT USAGE, SELECT ON SEQUENCE policy_version_seq TO gateway_app`);
    for (const [table, column] of TENANT_OWNED_POLICY) await enableTenantIsolation(q, table, column);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE policy_epoch, policy_version`);
    await q.query(`DROP SEQUENCE policy_version_seq`);
  }
}
