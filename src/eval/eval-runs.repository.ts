import { Injectable } from '@nestjs/common';
import { Database } from '../database/database';

export interface EvalRunRow {
  id: string;
  tenant: string;
  keyId: string;
  actor: string;
  taskSetHash: string;
  targetNames: string[];
  state: 'open' | 'finished';
  /** The SPEC §10 `--json` target objects, once finished. */
  targets: Record<string, unknown>[] | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface DriftRunRow {
  id: string;
  tenant: string;
  route: string;
  model: string | null;
  startedAt: string;
  baseline: boolean;
  drift: boolean;
  metrics: { quality: number; formatAdherence: number; refusalRate: number };
  counts: Record<string, unknown>;
  pValue: number | null;
  modelVersion: string | null;
  reasons: string[];
}

interface EvalDbRow {
  id: string;
  tenant_id: string;
  key_id: string;
  actor: string;
  task_set_hash: string;
  target_names: string[];
  state: 'open' | 'finished';
  targets: Record<string, unknown>[] | null;
  started_at: Date;
  finished_at: Date | null;
}

interface DriftDbRow {
  id: string;
  tenant_id: string;
  route: string;
  model: string | null;
  started_at: Date;
  baseline: boolean;
  drift: boolean;
  metrics: DriftRunRow['metrics'];
  counts: Record<string, unknown>;
  p_value: number | null;
  model_version: string | null;
  reasons: string[];
}

const EVAL_COLUMNS = 'id, tenant_id, key_id, actor, task_set_hash, target_names, state, targets, started_at, finished_at';
const DRIFT_COLUMNS = 'id, tenant_id, route, model, started_at, baseline, drift, metrics, counts, p_value, model_version, reasons';
const LIST_LIMIT = 50;

const evalRun = (r: EvalDbRow): EvalRunRow => ({
  id: r.id,
  tenant: r.tenant_id,
  keyId: r.key_id,
  actor: r.actor,
  taskSetHash: r.task_set_hash,
  targetNames: r.target_names,
  state: r.state,
  targets: r.targets,
  startedAt: r.started_at.toISOString(),
  finishedAt: r.finished_at?.toISOString() ?? null,
});

const driftRun = (r: DriftDbRow): DriftRunRow => ({
  id: r.id,
  tenant: r.tenant_id,
  route: r.route,
  model: r.model,
  startedAt: r.started_at.toISOString(),
  baseline: r.baseline,
  drift: r.drift,
  metrics: r.metrics,
  counts: r.counts,
  pValue: r.p_value,
  modelVersion: r.model_version,
  reasons: r.reasons,
});

/** Eval and drift runs: tenant-owned rows, the tenant id first in every call (RLS backs it up). */
@Injectable()
export class EvalRunsRepository {
  constructor(private readonly db: Database) {}

  async openRun(r: Pick<EvalRunRow, 'id' | 'tenant' | 'keyId' | 'actor' | 'taskSetHash' | 'targetNames'>): Promise<EvalRunRow> {
    const row = await this.db
      .forTenant(r.tenant)
      .one<EvalDbRow>(
        `INSERT INTO eval_run (id, tenant_id, key_id, actor, task_set_hash, target_names, state) VALUES ($1, $2, $3, $4, $5, $6, 'open') RETURNING ${EVAL_COLUMNS}`,
        [r.id, r.tenant, r.keyId, r.actor, r.taskSetHash, JSON.stringify(r.targetNames)],
      );
    return evalRun(row as EvalDbRow);
  }

  async findRun(tenant: string, id: string): Promise<EvalRunRow | null> {
    const row = await this.db
      .forTenant(tenant)
      .one<EvalDbRow>(`SELECT ${EVAL_COLUMNS} FROM eval_run WHERE tenant_id = $1 AND id = $2`, [tenant, id]);
    return row ? evalRun(row) : null;
  }

  /** Closes an open run with its summaries; false when it was not open. */
  async finishRun(tenant: string, id: string, targets: Record<string, unknown>[]): Promise<boolean> {
    const n = await this.db
      .forTenant(tenant)
      .none(
        `UPDATE eval_run SET state = 'finished', targets = $3, finished_at = now() WHERE tenant_id = $1 AND id = $2 AND state = 'open'`,
        [tenant, id, JSON.stringify(targets)],
      );
    return n === 1;
  }

  /** Finished runs, newest first; every tenant's on the platform path when `tenant` is null. */
  async listRuns(tenant: string | null): Promise<EvalRunRow[]> {
    const db = this.db.scopeOf(tenant, 'list every tenant’s eval runs');
    const rows = await db.many<EvalDbRow>(
      `SELECT ${EVAL_COLUMNS} FROM eval_run WHERE state = 'finished' AND ($1::text IS NULL OR tenant_id = $1) ORDER BY started_at DESC, id LIMIT ${LIST_LIMIT}`,
      [tenant],
    );
    return rows.map(evalRun);
  }

  async insertDrift(r: Omit<DriftRunRow, 'startedAt'>): Promise<DriftRunRow> {
    const row = await this.db.forTenant(r.tenant).one<DriftDbRow>(
      `INSERT INTO drift_run (id, tenant_id, route, model, baseline, drift, metrics, counts, p_value, model_version, reasons)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${DRIFT_COLUMNS}`,
      [
        r.id,
        r.tenant,
        r.route,
        r.model,
        r.baseline,
        r.drift,
        JSON.stringify(r.metrics),
        JSON.stringify(r.counts),
        r.pValue,
        r.modelVersion,
        JSON.stringify(r.reasons),
      ],
    );
    return driftRun(row as DriftDbRow);
  }

  /**
   * Claims one slot of the drift schedule for this process: true for exactly one claimant per slot, whatever
   * the number of processes and hosts. Slots older than a day are dropped on the way.
   */
  async claimDriftSlot(slot: number): Promise<boolean> {
    const db = this.db.platform('claim a drift schedule slot');
    const rows = await db.many('INSERT INTO drift_slot (slot) VALUES ($1::bigint) ON CONFLICT DO NOTHING RETURNING slot', [slot]);
    if (rows.length > 0) await db.none(`DELETE FROM drift_slot WHERE claimed_at < now() - interval '1 day'`);
    return rows.length > 0;
  }

  async driftBaseline(tenant: string, route: string): Promise<DriftRunRow | null> {
    const row = await this.db
      .forTenant(tenant)
      .one<DriftDbRow>(`SELECT ${DRIFT_COLUMNS} FROM drift_run WHERE tenant_id = $1 AND route = $2 AND baseline`, [tenant, route]);
    return row ? driftRun(row) : null;
  }

  async listDrift(tenant: string | null): Promise<DriftRunRow[]> {
    const db = this.db.scopeOf(tenant, 'list every tenant’s drift runs');
    const rows = await db.many<DriftDbRow>(
      `SELECT ${DRIFT_COLUMNS} FROM drift_run WHERE ($1::text IS NULL OR tenant_id = $1) ORDER BY started_at DESC, id LIMIT ${LIST_LIMIT}`,
      [tenant],
    );
    return rows.map(driftRun);
  }
}
