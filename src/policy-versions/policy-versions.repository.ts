import { Injectable } from '@nestjs/common';
import { Database } from '../database/database';

export const VERSION_STATES = ['draft', 'submitted', 'approved', 'active', 'rejected', 'superseded'] as const;
export type VersionState = (typeof VERSION_STATES)[number];

/** `platform`, or `tenant:<id>` for a tenant's overlay. */
export type VersionScope = string;

export interface StoredVersion {
  id: string;
  seq: number;
  scope: VersionScope;
  state: VersionState;
  mode: 'shadow' | 'canary' | null;
  canaryPercent: number | null;
  /** What the canary slice is keyed on. */
  canaryBy: CanaryKey | null;
  document: string;
  contentHash: string;
  author: string;
  submittedBy: string | null;
  approvedBy: string | null;
  rejectedBy: string | null;
  activatedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

interface VersionRow {
  id: string;
  seq: string;
  scope: string;
  state: VersionState;
  mode: 'shadow' | 'canary' | null;
  canary_percent: number | null;
  canary_by: CanaryKey | null;
  document: string;
  content_hash: string;
  author: string;
  submitted_by: string | null;
  approved_by: string | null;
  rejected_by: string | null;
  activated_by: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS =
  'id, seq, scope, state, mode, canary_percent, canary_by, document, content_hash, author, submitted_by, approved_by, rejected_by, activated_by, created_at, updated_at';

function toVersion(r: VersionRow): StoredVersion {
  return {
    id: r.id,
    seq: Number(r.seq),
    scope: r.scope,
    state: r.state,
    mode: r.mode,
    canaryPercent: r.canary_percent,
    canaryBy: r.canary_by,
    document: r.document,
    contentHash: r.content_hash,
    author: r.author,
    submittedBy: r.submitted_by,
    approvedBy: r.approved_by,
    rejectedBy: r.rejected_by,
    activatedBy: r.activated_by,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export type CanaryKey = 'request' | 'tenant' | 'workload';

export const tenantOfScope = (scope: VersionScope): string | null => (scope.startsWith('tenant:') ? scope.slice(7) : null);

/**
 * Policy versions. Platform versions have no tenant and are read on the platform path (every process loads
 * the active one); a tenant's overlays are that tenant's rows.
 */
@Injectable()
export class PolicyVersionsRepository {
  constructor(private readonly db: Database) {}

  async insert(v: {
    scope: VersionScope;
    state: VersionState;
    document: string;
    contentHash: string;
    author: string;
  }): Promise<StoredVersion> {
    const r = await this.db.scopeOf(tenantOfScope(v.scope), 'create a platform policy version').one<VersionRow>(
      `WITH n AS (SELECT nextval('policy_version_seq') AS seq)
       INSERT INTO policy_version (id, seq, scope, tenant_id, state, document, content_hash, author)
       SELECT 'v' || n.seq, n.seq, $1, $2, $3, $4, $5, $6 FROM n RETURNING ${COLUMNS}`,
      [v.scope, tenantOfScope(v.scope), v.state, v.document, v.contentHash, v.author],
    );
    return toVersion(r as VersionRow);
  }

  /** A version visible in `scope` (a tenant sees its overlays; the platform sees everything). */
  async find(scope: string | null, id: string): Promise<StoredVersion | null> {
    const db = this.db.scopeOf(scope, 'read any policy version');
    const r = await db.one<VersionRow>(`SELECT ${COLUMNS} FROM policy_version WHERE id = $1`, [id]);
    return r ? toVersion(r) : null;
  }

  async list(scope: string | null): Promise<StoredVersion[]> {
    const db = this.db.scopeOf(scope, 'list policy versions');
    return (await db.many<VersionRow>(`SELECT ${COLUMNS} FROM policy_version ORDER BY seq`)).map(toVersion);
  }

  /** What every process runs: the active version of each scope, and versions in shadow or canary. */
  async live(): Promise<StoredVersion[]> {
    const rows = await this.db
      .platform('load the active policy versions')
      .many<VersionRow>(
        `SELECT ${COLUMNS} FROM policy_version WHERE state = 'active' OR (state = 'approved' AND mode IS NOT NULL) ORDER BY seq`,
      );
    return rows.map(toVersion);
  }

  /**
   * Decision entries of every tenant since `since` that carry this version's shadow evaluation, each with the
   * usage and cost its outcome recorded (ids, counts and prices only: leaves hold no content).
   */
  async shadowedDecisions(version: string, since: Date): Promise<Record<string, unknown>[]> {
    const rows = await this.db
      .platform('shadow report over every tenant')
      .many<{ d: Record<string, unknown>; o: Record<string, unknown> | null }>(
        `WITH d AS (
         SELECT tenant_id, seq, convert_from(leaf, 'UTF8')::jsonb AS body FROM ledger_entry
         WHERE kind = 'routing_decision' AND created_at >= $2
           AND convert_from(leaf, 'UTF8')::jsonb -> 'shadow' ->> 'version' = $1)
       SELECT d.body AS d, (SELECT convert_from(o.leaf, 'UTF8')::jsonb FROM ledger_entry o
                             WHERE o.tenant_id = d.tenant_id AND o.kind = 'routing_outcome' AND o.created_at >= $2
                               AND convert_from(o.leaf, 'UTF8')::jsonb ->> 'decision_seq' = d.seq::text LIMIT 1) AS o
       FROM d LIMIT 100000`,
        [version, since],
      );
    return rows.map((r) => ({ ...r.d, usage: r.o?.usage ?? null, cost_nusd: r.o?.cost_nusd ?? null }));
  }

  /**
   * Decision and denial entries recorded since `since` (one tenant's, or every tenant's for a platform
   * version), newest 100,000 at most: metadata only, as the gateway wrote them.
   */
  async recordedDecisions(tenant: string | null, since: Date): Promise<Record<string, unknown>[]> {
    const db = this.db.scopeOf(tenant, 'simulate over every tenant');
    const rows = await db.many<{ leaf: Buffer }>(
      `SELECT leaf FROM ledger_entry WHERE kind IN ('routing_decision', 'policy_denied') AND created_at >= $1
       ORDER BY created_at DESC LIMIT 100000`,
      [since],
    );
    return rows.map((r) => JSON.parse(r.leaf.toString('utf8')) as Record<string, unknown>);
  }

  async epoch(): Promise<number> {
    const r = await this.db.one<{ epoch: string }>('SELECT epoch FROM policy_epoch WHERE id = 1');
    return Number(r?.epoch ?? 0);
  }

  /**
   * Moves a version from `from` to `to` with who did it (compare-and-set on the state: a concurrent change
   * makes this return null). Activation supersedes the scope's active version; a shadow or canary mode
   * replaces the scope's previous one. Anything that changes what runs bumps the epoch in the same transaction.
   */
  async transition(
    v: StoredVersion,
    from: readonly VersionState[],
    to: VersionState,
    actorColumn: 'submitted_by' | 'approved_by' | 'rejected_by' | 'activated_by',
    actor: string,
    mode: { mode: 'shadow' | 'canary' | null; canaryPercent: number | null; canaryBy?: CanaryKey | null } = {
      mode: null,
      canaryPercent: null,
    },
  ): Promise<StoredVersion | null> {
    const changesWhatRuns = to === 'active' || mode.mode !== null || v.mode !== null || v.state === 'active';
    return this.db.scopeOf(tenantOfScope(v.scope), 'change a platform policy version').transaction(async (tx) => {
      if (to === 'active') {
        await tx.none(
          `UPDATE policy_version SET state = 'superseded', mode = NULL, updated_at = now() WHERE scope = $1 AND state = 'active' AND id <> $2`,
          [v.scope, v.id],
        );
      }
      if (mode.mode !== null) {
        await tx.none(
          `UPDATE policy_version SET mode = NULL, canary_percent = NULL, canary_by = NULL, updated_at = now() WHERE scope = $1 AND mode = $2 AND id <> $3`,
          [v.scope, mode.mode, v.id],
        );
      }
      const r = await tx.one<VersionRow>(
        `UPDATE policy_version SET state = $3, ${actorColumn} = $4, mode = $5, canary_percent = $6, canary_by = $7, updated_at = now()
         WHERE id = $1 AND state = ANY($2) RETURNING ${COLUMNS}`,
        [v.id, [...from], to, actor, mode.mode, mode.canaryPercent, mode.mode === 'canary' ? (mode.canaryBy ?? 'request') : null],
      );
      if (r && changesWhatRuns) await tx.none('UPDATE policy_epoch SET epoch = epoch + 1 WHERE id = 1');
      return r ? toVersion(r) : null;
    });
  }

  /** Seeds version 1 from the bundle on an empty database (every process may try; one wins). */
  async seedIfEmpty(document: string, contentHash: string): Promise<void> {
    await this.db.platform('seed policy version 1').transaction(async (tx) => {
      await tx.one('SELECT epoch FROM policy_epoch WHERE id = 1 FOR UPDATE'); // one seeder at a time
      const any = await tx.one(`SELECT 1 FROM policy_version WHERE scope = 'platform' LIMIT 1`);
      if (any) return;
      await tx.none(
        `WITH n AS (SELECT nextval('policy_version_seq') AS seq)
         INSERT INTO policy_version (id, seq, scope, tenant_id, state, document, content_hash, author, activated_by)
         SELECT 'v' || n.seq, n.seq, 'platform', NULL, 'active', $1, $2, 'seed', 'seed' FROM n`,
        [document, contentHash],
      );
      await tx.none('UPDATE policy_epoch SET epoch = epoch + 1 WHERE id = 1');
    });
  }
}
