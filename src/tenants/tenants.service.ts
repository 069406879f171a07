import { Injectable } from '@nestjs/common';
import { GatewayError } from '@libs/core';
import { generateApiKey, parseApiKey, secretMatches, type Authority, type Role } from '@libs/auth';
import { TenantsRepository, type KeyInfo, type NewTenantRow, type Tenant } from './tenants.repository';

/** Who is calling, however they proved it. */
export interface Principal {
  /** Recorded in the ledger as who acted: `key:<id>` for an API key, `jwt:<sub>` for a person. */
  actor: string;
  /** The key id, or `jwt:<sub>` for a token: what rate limits count. */
  keyId: string;
  via: 'api_key' | 'jwt';
  roles: Role[];
  /** The scope: the tenant the credential is bound to, or null for the platform (every tenant). */
  tenant: Tenant | null;
}

export function authorityOf(p: Principal): Authority {
  return { roles: p.roles, tenant: p.tenant?.id ?? null };
}

/**
 * How long a key lookup is trusted. Short on purpose: a revocation (or suspension) made by any process
 * takes effect in every other one within this time, and one lookup per key per half-second is nothing.
 */
export const KEY_CACHE_MS = 500;
/**
 * A key used in the last part of its cached time is looked up again in the background, so a busy key's
 * requests never wait for the lookup; the entry still expires at its time, keeping the bound above.
 */
export const KEY_REFRESH_AHEAD_MS = 150;

interface CachedKey {
  principal: Principal | null;
  hash: Buffer | null;
  expiresAt: number | null;
  until: number;
}

/** Keys -> principals, and the tenant and key records behind them. */
@Injectable()
export class TenantsService {
  private readonly keyCache = new Map<string, CachedKey>();
  /** Lookups under way, by key id: concurrent requests with one key share one lookup. */
  private readonly loading = new Map<string, Promise<CachedKey>>();

  constructor(readonly repository: TenantsRepository) {}

  async authenticate(token: string): Promise<Principal> {
    const parsed = parseApiKey(token);
    if (!parsed) throw new GatewayError('unauthorized', 'Invalid API key format.');
    const now = Date.now();
    let cached = this.keyCache.get(parsed.keyId);
    if (!cached || cached.until < now) cached = await this.lookup(parsed.keyId);
    else if (cached.until - now < KEY_REFRESH_AHEAD_MS) this.lookup(parsed.keyId).catch(() => undefined); // the next expiry retries
    if (!cached.principal || !cached.hash || !secretMatches(parsed.secret, cached.hash)) {
      throw new GatewayError('unauthorized', 'Invalid or revoked API key.');
    }
    if (cached.expiresAt !== null && cached.expiresAt <= now) throw new GatewayError('unauthorized', 'This API key has expired.');
    return cached.principal;
  }

  /** Loads a key into the cache, or joins the load already under way for it. */
  private lookup(keyId: string): Promise<CachedKey> {
    let pending = this.loading.get(keyId);
    if (!pending) {
      pending = this.loadKey(keyId, Date.now())
        .then((entry) => {
          if (this.keyCache.size > 10000) this.keyCache.clear();
          this.keyCache.set(keyId, entry);
          return entry;
        })
        .finally(() => this.loading.delete(keyId));
      this.loading.set(keyId, pending);
    }
    return pending;
  }

  private async loadKey(keyId: string, now: number): Promise<CachedKey> {
    let found;
    try {
      found = await this.repository.findKey(keyId);
    } catch {
      // Without the database nothing can be recorded either: fail closed, with the audit error.
      throw new GatewayError('audit_unavailable', 'The gateway database is unavailable.');
    }
    const until = now + KEY_CACHE_MS;
    // A key without a tenant is platform-scoped; a tenant key whose tenant is gone is dead.
    if (!found || found.key.revoked || found.key.roles.length === 0 || (found.key.tenantId && !found.tenant)) {
      return { principal: null, hash: null, expiresAt: null, until };
    }
    const { key, tenant } = found;
    const principal: Principal = { actor: `key:${key.keyId}`, keyId: key.keyId, via: 'api_key', roles: key.roles, tenant };
    return { principal, hash: key.secretHash, expiresAt: key.expiresAt?.getTime() ?? null, until };
  }

  findTenant(id: string): Promise<Tenant | null> {
    return this.repository.findTenant(id);
  }

  upsertTenant(t: NewTenantRow): Promise<void> {
    return this.repository.upsertTenant({
      id: t.id,
      region: t.region,
      floor: t.floor,
      monthlyBudgetUsd: t.monthlyBudgetUsd,
      tier: t.tier ?? null,
      timeZone: t.timeZone ?? null,
    });
  }

  /** Creates a key; the returned token is the only time the secret exists outside the caller. */
  async createKey(tenantId: string | null, roles: Role | readonly Role[], label: string | null): Promise<{ keyId: string; token: string }> {
    const request = { tenant: tenantId, roles: typeof roles === 'string' ? [roles] : roles, label, expiresAt: null };
    return this.issueKeyRecorded(request, null, () => Promise.resolve());
  }

  /** Creates a key after `record(keyId)` resolved: the ledger entry comes before the key exists. */
  async issueKeyRecorded(
    req: { tenant: string | null; roles: readonly Role[]; label: string | null; expiresAt: Date | null },
    by: string | null,
    record: (keyId: string) => Promise<void>,
  ): Promise<{ keyId: string; token: string }> {
    const k = generateApiKey();
    await record(k.keyId);
    await this.repository.insertKey({
      keyId: k.keyId,
      tenantId: req.tenant,
      roles: req.roles,
      secretHash: k.secretHash,
      label: req.label,
      expiresAt: req.expiresAt,
      createdBy: by,
    });
    return { keyId: k.keyId, token: k.token };
  }

  /**
   * Replaces a live key with a new secret and the same roles, scope, label and expiry, after `record(newId)`
   * resolved; null when the old key was no longer live.
   */
  async rotateKeyRecorded(
    old: KeyInfo,
    by: string | null,
    record: (keyId: string) => Promise<void>,
  ): Promise<{ keyId: string; token: string } | null> {
    const k = generateApiKey();
    await record(k.keyId);
    const ok = await this.repository.rotateKey(old.tenant, old.id, {
      keyId: k.keyId,
      tenantId: old.tenant,
      roles: old.roles,
      secretHash: k.secretHash,
      label: old.label,
      expiresAt: old.expiresAt ? new Date(old.expiresAt) : null,
      createdBy: by,
    });
    this.keyCache.delete(old.id);
    return ok ? { keyId: k.keyId, token: k.token } : null;
  }

  async revokeKey(tenantId: string | null, keyId: string): Promise<boolean> {
    const ok = await this.repository.revokeKey(tenantId, keyId);
    this.keyCache.delete(keyId);
    return ok;
  }

  /** Forgets cached lookups, so a change made here (suspension) is seen by this process at once. */
  forgetCachedKeys(): void {
    this.keyCache.clear();
  }

  /** True when the stored key still exists and is not revoked (used to keep demo keys across restarts). */
  async keyIsUsable(token: string): Promise<boolean> {
    const parsed = parseApiKey(token);
    if (!parsed) return false;
    const found = await this.repository.findKey(parsed.keyId);
    return !!found && !found.key.revoked && secretMatches(parsed.secret, found.key.secretHash);
  }
}
