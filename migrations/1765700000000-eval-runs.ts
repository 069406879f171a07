import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from './tenant-isolation-policy';

/** Tables of this migration that a tenant owns (row-level security as in TenantIsolation1765200000000). */
export const TENANT_OWNED_EVAL: readonly (readonly [table: string, column: string])[] = [
  ['eval_run', 'tenant_id'],
  ['drift_run', 'tenant_id'],
];

/**
 * Eval runs and drift runs (issue 17, SPEC §10). An eval run is opened by an authenticated key (its tenant
 * and key are the run's); requests that name the open run are eval traffic in the ledger. Finished runs
 * keep their per-target summaries (ids and numbers, no content). A drift run is one route's golden-prompt
 * scores; the first of a route is its baseline.
 */
export class EvalRuns1765700000000 implements MigrationInterface {
  name = 'EvalRuns1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE eval_run (
      id text PRIMARY KEY CHECK (id ~ '^ev_[a-z0-9]{20}$'),
      tenant_id text NOT NULL,
      key_id text NOT NULL,
      actor text NOT NULL,
      task_set_hash text NOT NULL CHECK (task_set_hash ~ '^[0-9a-f]{64}$'),
      target_names jsonb NOT NULL,
      state text NOT NULL CHECK (state IN ('open','finished')),
      targets jsonb,
      started_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    )`);
    await q.query(`CREATE INDEX eval_run_tenant_started ON eval_run (tenant_id, started_at DESC)`);
    await q.query(`CREATE TABLE drift_run (
      id text PRIMARY KEY CHECK (id ~ '^dr_[a-z0-9]{20}$'),
      tenant_id text NOT NULL,
      route text NOT NULL,
      model text,
      started_at timestamptz NOT NULL DEFAULT now(),
      baseline boolean NOT NULL,
      drift boolean NOT NULL,
      metrics jsonb NOT NULL,
      counts jsonb NOT NULL,
      p_value double precision,
      model_version text,
      reasons jsonb NOT NULL DEFAULT '[]'
    )`);
    await q.query(`CREATE INDEX drift_run_tenant_route ON drift_run (tenant_id, route, started_at DESC)`);
    await q.query(`CREATE UNIQUE INDEX drift_run_one_baseline ON drift_run (tenant_id, route) WHERE baseline`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON eval_run, drift_run TO gateway_app`);
    for (const [table, column] of TENANT_OWNED_EVAL) await enableTenantIsolation(q, table, column);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE drift_run, eval_run`);
  }
}
