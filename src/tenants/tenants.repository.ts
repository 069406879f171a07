import { Injectable } from '@nestjs/common';
import { escapeLiteral } from 'pg';
import { isDataLevel, type DataLevel } from '@libs/core';
import { isRole, type Role } from '@libs/auth';
import { Database } from '../database/database';

export interface Tenant {
  id: string;
  region: string;
  floor: DataLevel;
  monthlyBudgetUsd: number | null;
  suspended: boolean;
  /** Free-form tier and IANA time zone, read by route rules (null: the bundle's seed entry, else none/UTC). */
  tier: string | null;
  timeZone: string | null;
}

/** A tenant as created or seeded (not suspended); tier and time zone optional. */
export type NewTenantRow = Omit<Tenant, 'suspended' | 'tier' | 'timeZone'> & { tier?: string | null; timeZone?: string | null };

export interface StoredKey {
  keyId: string;
  tenantId: string | null;
  roles: Role[];
  secretHash: Buffer;
  revoked: boolean;
  expiresAt: Date | null;
}

/** What a key listing shows: never the secret or its hash. */
export interface KeyInfo {
  id: string;
  tenant: string | null;
  roles: Role[];
  label: string | null;
  createdAt: string;
  createdBy: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  replacedBy: string | null;
}

export interface NewStoredKey {
  keyId: string;
  tenantId: string | null;
  roles: readonly Role[];
  secretHash: Buffer;
  label: string | null;
  expiresAt: Date | null;
  createdBy: string | null;
}

interface TenantRow {
  id: string;
  region: string;
  floor: string;
  monthly_budget_usd: string | null;
  suspended_at: Date | null;
  tier: string | null;
  time_zone: string | null;
}

interface KeyRow {
  key_id: string;
  tenant_id: string | null;
  roles: string[];
  label: string | null;
  created_at: Date;
  created_by: string | null;
  expires_at: Date | null;
  revoked_at: Date | null;
  replaced_by: string | null;
}

const TENANT_COLUMNS = 'id, region, floor, monthly_budget_usd, suspended_at, tier, time_zone';
const KEY_COLUMNS = 'key_id, tenant_id, roles, label, created_at, created_by, expires_at, revoked_at, replaced_by';

function toTenant(r: TenantRow): Tenant {
  return {
    id: r.id,
    region: r.region,
    floor: isDataLevel(r.floor) ? r.floor : 'restricted',
    monthlyBudgetUsd: r.monthly_budget_usd === null ? null : Number(r.monthly_budget_usd),
    suspended: r.suspended_at !== null,
    tier: r.tier,
    timeZone: r.time_zone,
  };
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

function toKeyInfo(r: KeyRow): KeyInfo {
  return {
    id: r.key_id,
    tenant: r.tenant_id,
    roles: r.roles.filter(isRole),
    label: r.label,
    createdAt: r.created_at.toISOString(),
    createdBy: r.created_by,
    expiresAt: iso(r.expires_at),
    revokedAt: iso(r.revoked_at),
    replacedBy: r.replaced_by,
  };
}

/**
 * Tenants and keys. Row-level security limits every statement to the scope it runs in: the tenant given
 * first, or (named, for cross-tenant work only) the platform.
 */
@Injectable()
export class TenantsRepository {
  constructor(private readonly db: Database) {}

  async upsertTenant(t: NewTenantRow): Promise<void> {
    await this.db.platform('seed tenants from the bundle').none(
      `INSERT INTO tenant (id, region, floor, monthly_budget_usd, tier, time_zone) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET region = EXCLUDED.region, floor = EXCLUDED.floor, monthly_budget_usd = EXCLUDED.monthly_budget_usd,
         tier = EXCLUDED.tier, time_zone = EXCLUDED.time_zone`,
      [t.id, t.region, t.floor, t.monthlyBudgetUsd, t.tier ?? null, t.timeZone ?? null],
    );
  }

  /** Creates a tenant; false when the id is taken. */
  async createTenant(t: NewTenantRow): Promise<boolean> {
    const n = await this.db
      .platform('create a tenant')
      .none(
        `INSERT INTO tenant (id, region, floor, monthly_budget_usd, tier, time_zone) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
        [t.id, t.region, t.floor, t.monthlyBudgetUsd, t.tier ?? null, t.timeZone ?? null],
      );
    return n === 1;
  }

  async findTenant(tenantId: string): Promise<Tenant | null> {
    const r = await this.db.forTenant(tenantId).one<TenantRow>(`SELECT ${TENANT_COLUMNS} FROM tenant WHERE id = $1`, [tenantId]);
    return r ? toTenant(r) : null;
  }

  /** Every tenant the scope covers: its own (a tenant scope) or all of them (null, the platform). */
  async listTenants(scope: string | null): Promise<Tenant[]> {
    const rows = await this.db.scopeOf(scope, 'list every tenant').many<TenantRow>(`SELECT ${TENANT_COLUMNS} FROM tenant ORDER BY id`);
    return rows.map(toTenant);
  }

  async updateTenant(
    tenantId: string,
    patch: Partial<Pick<Tenant, 'region' | 'floor' | 'monthlyBudgetUsd' | 'tier' | 'timeZone'>>,
  ): Promise<Tenant | null> {
    const r = await this.db.forTenant(tenantId).one<TenantRow>(
      `UPDATE tenant SET region = coalesce($2, region), floor = coalesce($3, floor),
         monthly_budget_usd = CASE WHEN $4::boolean THEN $5::numeric ELSE monthly_budget_usd END,
         tier = CASE WHEN $6::boolean THEN $7 ELSE tier END, time_zone = CASE WHEN $8::boolean THEN $9 ELSE time_zone END
       WHERE id = $1 RETURNING ${TENANT_COLUMNS}`,
      [
        tenantId,
        patch.region ?? null,
        patch.floor ?? null,
        'monthlyBudgetUsd' in patch,
        patch.monthlyBudgetUsd ?? null,
        'tier' in patch,
        patch.tier ?? null,
        'timeZone' in patch,
        patch.timeZone ?? null,
      ],
    );
    return r ? toTenant(r) : null;
  }

  async suspendTenant(tenantId: string): Promise<Tenant | null> {
    const r = await this.db
      .forTenant(tenantId)
      .one<TenantRow>(`UPDATE tenant SET suspended_at = coalesce(suspended_at, now()) WHERE id = $1 RETURNING ${TENANT_COLUMNS}`, [
        tenantId,
      ]);
    return r ? toTenant(r) : null;
  }

  async insertKey(k: NewStoredKey): Promise<void> {
    await this.db
      .scopeOf(k.tenantId, 'create a platform key')
      .none(
        `INSERT INTO api_key (key_id, tenant_id, roles, secret_sha256, label, expires_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [k.keyId, k.tenantId, [...k.roles], k.secretHash, k.label, k.expiresAt, k.createdBy],
      );
  }

  /** The key and its tenant in one round trip. Before authentication nobody's tenant is known: platform path. */
  async findKey(keyId: string): Promise<{ key: StoredKey; tenant: Tenant | null } | null> {
    // A script (the id inlined, escaped): one round trip where a parameterised statement in a transaction
    // takes three; this lookup runs on the request path whenever a key's cached entry has expired.
    const { found } = await this.db.platform('authenticate an API key').script({
      found: `SELECT k.key_id, k.tenant_id, k.roles, k.secret_sha256, k.expires_at, k.revoked_at,
              t.id AS t_id, t.region AS t_region, t.floor AS t_floor, t.monthly_budget_usd AS t_monthly_budget_usd, t.suspended_at AS t_suspended_at, t.tier AS t_tier, t.time_zone AS t_time_zone
       FROM api_key k LEFT JOIN tenant t ON t.id = k.tenant_id WHERE k.key_id = ${escapeLiteral(keyId)}`,
    });
    const r = found.rows[0] as
      | (KeyRow & { secret_sha256: Buffer } & { [K in keyof TenantRow as `t_${K}`]: TenantRow[K] | null })
      | undefined;
    if (!r) return null;
    const roles = r.roles.filter(isRole);
    const tenant =
      r.t_id === null
        ? null
        : toTenant({
            id: r.t_id,
            region: r.t_region as string,
            floor: r.t_floor as string,
            monthly_budget_usd: r.t_monthly_budget_usd,
            suspended_at: r.t_suspended_at,
            tier: r.t_tier,
            time_zone: r.t_time_zone,
          });
    const key: StoredKey = {
      keyId: r.key_id,
      tenantId: r.tenant_id,
      roles,
      secretHash: r.secret_sha256,
      revoked: r.revoked_at !== null,
      expiresAt: r.expires_at,
    };
    return { key, tenant };
  }

  /** One key as listed, when it belongs to the scope (null: a platform key). */
  async keyInfo(scope: string | null, keyId: string): Promise<KeyInfo | null> {
    const r = await this.db.scopeOf(scope, 'read any key').one<KeyRow>(`SELECT ${KEY_COLUMNS} FROM api_key WHERE key_id = $1`, [keyId]);
    return r ? toKeyInfo(r) : null;
  }

  /** Keys of one tenant, or platform keys (tenant null). Never secrets. */
  async listKeys(tenantId: string | null): Promise<KeyInfo[]> {
    const rows = await this.db
      .scopeOf(tenantId, 'list platform keys')
      .many<KeyRow>(`SELECT ${KEY_COLUMNS} FROM api_key WHERE tenant_id IS NOT DISTINCT FROM $1 ORDER BY created_at, key_id`, [tenantId]);
    return rows.map(toKeyInfo);
  }

  /** Revokes a key of this tenant (tenant first; null means a platform key). Returns false when none matched. */
  async revokeKey(tenantId: string | null, keyId: string): Promise<boolean> {
    const n = await this.db
      .scopeOf(tenantId, 'revoke a platform key')
      .none('UPDATE api_key SET revoked_at = now() WHERE tenant_id IS NOT DISTINCT FROM $1 AND key_id = $2 AND revoked_at IS NULL', [
        tenantId,
        keyId,
      ]);
    return n > 0;
  }

  /** Replaces a live key by `next` in one transaction: the old one is revoked and names its successor. */
  async rotateKey(tenantId: string | null, keyId: string, next: NewStoredKey): Promise<boolean> {
    return this.db.scopeOf(tenantId, 'rotate a platform key').transaction(async (tx) => {
      const n = await tx.none(
        'UPDATE api_key SET revoked_at = now(), replaced_by = $3 WHERE tenant_id IS NOT DISTINCT FROM $1 AND key_id = $2 AND revoked_at IS NULL',
        [tenantId, keyId, next.keyId],
      );
      if (n === 0) return false;
      await tx.none(
        `INSERT INTO api_key (key_id, tenant_id, roles, secret_sha256, label, expires_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [next.keyId, next.tenantId, [...next.roles], next.secretHash, next.label, next.expiresAt, next.createdBy],
      );
      return true;
    });
  }
}
