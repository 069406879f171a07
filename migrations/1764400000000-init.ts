import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenants, API keys and the append-only ledger. The application role `gateway_app` gets INSERT and SELECT
 * on the ledger tables only; triggers refuse UPDATE, DELETE and TRUNCATE and are ENABLE ALWAYS so that
 * `session_replication_role = replica` does not switch them off.
 */
export class Init1764400000000 implements MigrationInterface {
  name = 'Init1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gateway_app') THEN CREATE ROLE gateway_app NOLOGIN; END IF;
    END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO gateway_app`);
    await q.query(`CREATE TABLE tenant (
      id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
      region text NOT NULL,
      floor text NOT NULL DEFAULT 'public' CHECK (floor IN ('public','internal','confidential','restricted')),
      monthly_budget_usd numeric(14,4),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE api_key (
      key_id text PRIMARY KEY,
      tenant_id text REFERENCES tenant(id),
      role text NOT NULL,
      secret_sha256 bytea NOT NULL CHECK (length(secret_sha256) = 32),
      label text,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz
    )`);
    await q.query(`CREATE INDEX api_key_tenant_idx ON api_key (tenant_id)`);
    await q.query(`CREATE TABLE ledger_head (
      tenant_id text PRIMARY KEY,
      size bigint NOT NULL CHECK (size >= 0),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE ledger_entry (
      tenant_id text NOT NULL,
      seq bigint NOT NULL CHECK (seq >= 0),
      kind text NOT NULL CHECK (kind IN ('routing_decision','routing_outcome','policy_denied','config_change','key_event','tenant_event','export_event')),
      request_id text,
      created_at timestamptz NOT NULL,
      leaf bytea NOT NULL,
      leaf_hash bytea NOT NULL CHECK (length(leaf_hash) = 32),
      PRIMARY KEY (tenant_id, seq)
    )`);
    await q.query(`CREATE INDEX ledger_entry_request_idx ON ledger_entry (tenant_id, request_id)`);
    await q.query(`CREATE TABLE ledger_checkpoint (
      tenant_id text NOT NULL,
      tree_size bigint NOT NULL,
      root_hash bytea NOT NULL,
      note text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, tree_size)
    )`);
    await q.query(`CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'ledger table % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege'; END
    $$`);
    for (const t of ['ledger_entry', 'ledger_checkpoint']) {
      await q.query(`CREATE TRIGGER ${t}_no_change BEFORE UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()`);
      await q.query(`CREATE TRIGGER ${t}_no_truncate BEFORE TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()`);
      await q.query(`ALTER TABLE ${t} ENABLE ALWAYS TRIGGER ${t}_no_change`);
      await q.query(`ALTER TABLE ${t} ENABLE ALWAYS TRIGGER ${t}_no_truncate`);
      await q.query(`REVOKE ALL ON ${t} FROM PUBLIC`);
      await q.query(`GRANT SELECT, INSERT ON ${t} TO gateway_app`);
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE ON ledger_head, tenant, api_key TO gateway_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ledger_checkpoint, ledger_entry, ledger_head, api_key, tenant`);
    await q.query(`DROP FUNCTION ledger_refuse_change()`);
  }
}
