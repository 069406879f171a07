import { Injectable } from '@nestjs/common';
import { GatewayError, type DataLevel } from '@libs/core';
import { delegationRefusal, permits, PLATFORM_LOG, type Authority, type Permission, type Role } from '@libs/auth';
import { isTimeZone } from '@libs/policy';
import { LedgerService } from '../ledger/ledger.service';
import type { KeyInfo, Tenant } from '../tenants/tenants.repository';
import { TenantsService } from '../tenants/tenants.service';

/** Who performs an admin action: what they hold, and the name the ledger records. */
export interface Actor extends Authority {
  actor: string;
}

export interface NewTenant {
  id: string;
  region: string;
  floor: DataLevel;
  monthlyBudgetUsd: number | null;
  tier: string | null;
  timeZone: string | null;
}

export type TenantPatch = Partial<Pick<NewTenant, 'region' | 'floor' | 'monthlyBudgetUsd' | 'tier' | 'timeZone'>>;

export interface NewKey {
  tenant: string | null;
  roles: Role[];
  expiresAt: Date | null;
  label: string | null;
}

export interface IssuedKey {
  id: string;
  key: string;
  tenant: string | null;
  roles: Role[];
  expiresAt: string | null;
  replaces?: string;
}

/** Money in a ledger leaf: canonical JSON carries integers only, so a budget is recorded as a decimal string. */
const usd = (v: number | null | undefined): string | null | undefined => (v === undefined ? undefined : v === null ? null : String(v));

/** Route rules read the time of day in this zone: an unknown name is refused here, not at request time. */
function validTimeZone(tz: string | null | undefined): void {
  if (tz && !isTimeZone(tz))
    throw new GatewayError('invalid_request', 'timeZone must be an IANA time zone such as Europe/Berlin or UTC.', 'timeZone');
}

const notFound = (what: string): GatewayError => new GatewayError('not_found', `No such ${what}.`);

/**
 * The security team's actions on tenants and keys (SPEC §8). Each one is checked against the actor's
 * roles and scope (another tenant's object is 404), then written to the ledger of the tenant concerned
 * (`_platform` for platform actions) with who did it, and only then carried out: no ledger, no change.
 */
@Injectable()
export class AdminService {
  constructor(
    private readonly tenants: TenantsService,
    private readonly ledger: LedgerService,
  ) {}

  async createTenant(by: Actor, t: NewTenant): Promise<Tenant> {
    this.require(by, 'tenants:admin', null);
    validTimeZone(t.timeZone);
    if (await this.tenants.findTenant(t.id)) throw new GatewayError('invalid_request', `Tenant ${t.id} already exists.`, 'id');
    await this.record(by, PLATFORM_LOG, 'tenant_event', {
      action: 'create',
      tenant_id: t.id,
      region: t.region,
      floor: t.floor,
      monthly_budget_usd: usd(t.monthlyBudgetUsd),
      tier: t.tier,
      time_zone: t.timeZone,
    });
    if (!(await this.tenants.repository.createTenant(t))) {
      throw new GatewayError('invalid_request', `Tenant ${t.id} already exists.`, 'id');
    }
    return { ...t, suspended: false };
  }

  listTenants(by: Actor): Promise<Tenant[]> {
    return this.tenants.repository.listTenants(by.tenant);
  }

  async getTenant(by: Actor, id: string): Promise<Tenant> {
    return this.visibleTenant(by, id, 'tenants:admin');
  }

  async updateTenant(by: Actor, id: string, patch: TenantPatch): Promise<Tenant> {
    validTimeZone(patch.timeZone);
    await this.visibleTenant(by, id, 'tenants:admin');
    this.require(by, 'tenants:admin', null);
    await this.record(by, id, 'tenant_event', {
      action: 'update',
      tenant_id: id,
      region: patch.region,
      floor: patch.floor,
      monthly_budget_usd: usd(patch.monthlyBudgetUsd),
      tier: patch.tier,
      time_zone: patch.timeZone,
    });
    const updated = await this.tenants.repository.updateTenant(id, patch);
    if (!updated) throw notFound('tenant');
    this.tenants.forgetCachedKeys();
    return updated;
  }

  async suspendTenant(by: Actor, id: string): Promise<Tenant> {
    await this.visibleTenant(by, id, 'tenants:admin');
    this.require(by, 'tenants:admin', null);
    await this.record(by, id, 'tenant_event', { action: 'suspend', tenant_id: id });
    const t = await this.tenants.repository.suspendTenant(id);
    if (!t) throw notFound('tenant');
    this.tenants.forgetCachedKeys();
    return t;
  }

  async createKey(by: Actor, k: NewKey): Promise<IssuedKey> {
    if (k.tenant !== null) await this.visibleTenant(by, k.tenant, 'keys:admin');
    this.delegable(by, { roles: k.roles, tenant: k.tenant });
    const { keyId, token } = await this.tenants.issueKeyRecorded(k, by.actor, (id) =>
      this.record(by, k.tenant ?? PLATFORM_LOG, 'key_event', {
        action: 'create',
        key_id: id,
        tenant_id: k.tenant,
        roles: k.roles,
        expires_at: k.expiresAt?.toISOString() ?? null,
      }),
    );
    return { id: keyId, key: token, tenant: k.tenant, roles: k.roles, expiresAt: k.expiresAt?.toISOString() ?? null };
  }

  async listKeys(by: Actor, tenant: string | null): Promise<KeyInfo[]> {
    if (tenant !== null) await this.visibleTenant(by, tenant, 'keys:admin');
    else this.require(by, 'keys:admin', null);
    return this.tenants.repository.listKeys(tenant);
  }

  async rotateKey(by: Actor, keyId: string): Promise<IssuedKey> {
    const old = await this.visibleKey(by, keyId);
    if (old.revokedAt !== null) throw new GatewayError('invalid_request', 'This key is revoked; create a new one instead.', 'id');
    this.delegable(by, { roles: old.roles, tenant: old.tenant });
    const rotated = await this.tenants.rotateKeyRecorded(old, by.actor, (id) =>
      this.record(by, old.tenant ?? PLATFORM_LOG, 'key_event', { action: 'rotate', key_id: old.id, new_key_id: id, tenant_id: old.tenant }),
    );
    if (!rotated) throw notFound('key');
    return { id: rotated.keyId, key: rotated.token, tenant: old.tenant, roles: old.roles, expiresAt: old.expiresAt, replaces: old.id };
  }

  async revokeKey(by: Actor, keyId: string): Promise<KeyInfo> {
    const key = await this.visibleKey(by, keyId);
    if (key.revokedAt === null) {
      await this.record(by, key.tenant ?? PLATFORM_LOG, 'key_event', { action: 'revoke', key_id: key.id, tenant_id: key.tenant });
      await this.tenants.revokeKey(key.tenant, key.id);
    }
    return (await this.tenants.repository.keyInfo(key.tenant, key.id)) ?? key;
  }

  /** A tenant the actor may see with `permission`; anything else (another tenant's, or none) is 404. */
  private async visibleTenant(by: Actor, id: string, permission: Permission): Promise<Tenant> {
    if (!permits(by, permission, id)) throw notFound('tenant');
    const t = await this.tenants.findTenant(id);
    if (!t) throw notFound('tenant');
    return t;
  }

  private async visibleKey(by: Actor, keyId: string): Promise<KeyInfo> {
    const key = await this.tenants.repository.keyInfo(by.tenant, keyId);
    if (!key || !permits(by, 'keys:admin', key.tenant)) throw notFound('key');
    return key;
  }

  private require(by: Actor, permission: Permission, target: string | null): void {
    if (!permits(by, permission, target)) {
      throw new GatewayError(
        'forbidden',
        target === null ? `This action needs ${permission} at platform scope.` : `This action needs ${permission}.`,
      );
    }
  }

  private delegable(by: Actor, wanted: Authority): void {
    const why = delegationRefusal(by, wanted);
    if (why) throw new GatewayError('forbidden', `Cannot grant this key: ${why}.`);
  }

  private async record(by: Actor, log: string, kind: 'tenant_event' | 'key_event', body: Record<string, unknown>): Promise<void> {
    await this.ledger.append({ tenant: log, kind, requestId: null, body: { ...body, actor: by.actor, actor_roles: [...by.roles] } });
  }
}
