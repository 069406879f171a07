import { Injectable } from '@nestjs/common';
import { isDataLevel, type DataLevel } from '@libs/core';
import { isRole, type Role } from '@libs/auth';
import { Database } from '../database/database';

export interface Tenant {
  id: string;
  region: string;
  floor: DataLevel;
  monthlyBudgetUsd: number | null;
}

export interface StoredKey {
  keyId: string;
  tenantId: string | null;
  role: Role;
  secretHash: Buffer;
  revoked: boolean;
}

interface TenantRow {
  id: string;
  region: string;
  floor: string;
  monthly_budget_usd: string | null;
}

function toTenant(r: TenantRow): Tenant {
  return {
    id: r.id,
    region: r.region,
    floor: isDataLevel(r.floor) ? r.floor : 'restricted',
    monthlyBudgetUsd: r.monthly_budget_usd === null ? null : Number(r.monthly_budget_usd),
  };
}

@Injectable()
export class TenantsRepository {
  constructor(private readonly db: Database) {}

  async upsertTenant(t: Tenant): Promise<void> {
    await this.db.none(
      `INSERT INTO tenant (id, region, floor, monthly_budget_usd) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET region = EXCLUDED.region, floor = EXCLUDED.floor, monthly_budget_usd = EXCLUDED.monthly_budget_usd`,
      [t.id, t.region, t.floor, t.monthlyBudgetUsd],
    );
  }

  async findTenant(tenantId: string): Promise<Tenant | null> {
    const r = await this.db.one<TenantRow>('SELECT id, region, floor, monthly_budget_usd FROM tenant WHERE id = $1', [tenantId]);
    return r ? toTenant(r) : null;
  }

  async insertKey(k: { keyId: string; tenantId: string | null; role: Role; secretHash: Buffer; label: string | null }): Promise<void> {
    await this.db.none('INSERT INTO api_key (key_id, tenant_id, role, secret_sha256, label) VALUES ($1, $2, $3, $4, $5)', [
      k.keyId,
      k.tenantId,
      k.role,
      k.secretHash,
      k.label,
    ]);
  }

  async findKey(keyId: string): Promise<StoredKey | null> {
    const r = await this.db.one<{ key_id: string; tenant_id: string | null; role: string; secret_sha256: Buffer; revoked_at: Date | null }>(
      'SELECT key_id, tenant_id, role, secret_sha256, revoked_at FROM api_key WHERE key_id = $1',
      [keyId],
    );
    if (!r || !isRole(r.role)) return null;
    return { keyId: r.key_id, tenantId: r.tenant_id, role: r.role, secretHash: r.secret_sha256, revoked: r.revoked_at !== null };
  }

  /** Revokes a key of this tenant (tenant first; null means a platform key). Returns false when none matched. */
  async revokeKey(tenantId: string | null, keyId: string): Promise<boolean> {
    const n = await this.db.none(
      'UPDATE api_key SET revoked_at = now() WHERE tenant_id IS NOT DISTINCT FROM $1 AND key_id = $2 AND revoked_at IS NULL',
      [tenantId, keyId],
    );
    return n > 0;
  }
}
