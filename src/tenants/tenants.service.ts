import { Injectable } from '@nestjs/common';
import { GatewayError } from '@libs/core';
import { generateApiKey, parseApiKey, secretMatches, type Role } from '@libs/auth';
import { TenantsRepository, type Tenant } from './tenants.repository';

export interface Principal {
  keyId: string;
  role: Role;
  tenant: Tenant | null;
}

const CACHE_MS = 5000;

/**
 * Keys -> principals. Lookups are cached briefly (the hot path must not pay a database round trip per
 * request); a revocation in this process takes effect at once, in other processes within CACHE_MS.
 */
@Injectable()
export class TenantsService {
  private readonly keyCache = new Map<string, { principal: Principal | null; hash: Buffer | null; until: number }>();

  constructor(private readonly repo: TenantsRepository) {}

  async authenticate(token: string): Promise<Principal> {
    const parsed = parseApiKey(token);
    if (!parsed) throw new GatewayError('unauthorized', 'Invalid API key format.');
    const now = Date.now();
    let cached = this.keyCache.get(parsed.keyId);
    if (!cached || cached.until < now) {
      cached = await this.loadKey(parsed.keyId, now);
      if (this.keyCache.size > 10000) this.keyCache.clear();
      this.keyCache.set(parsed.keyId, cached);
    }
    if (!cached.principal || !cached.hash || !secretMatches(parsed.secret, cached.hash)) {
      throw new GatewayError('unauthorized', 'Invalid or revoked API key.');
    }
    return cached.principal;
  }

  private async loadKey(keyId: string, now: number): Promise<{ principal: Principal | null; hash: Buffer | null; until: number }> {
    let key;
    let tenant: Tenant | null = null;
    try {
      key = await this.repo.findKey(keyId);
      if (key?.tenantId) tenant = await this.repo.findTenant(key.tenantId);
    } catch {
      // Without the database nothing can be recorded either: fail closed, with the audit error.
      throw new GatewayError('audit_unavailable', 'The gateway database is unavailable.');
    }
    // A key without a tenant is platform-scoped; a tenant key whose tenant is gone is dead.
    if (!key || key.revoked || (key.tenantId && !tenant)) {
      return { principal: null, hash: null, until: now + CACHE_MS };
    }
    return { principal: { keyId: key.keyId, role: key.role, tenant }, hash: key.secretHash, until: now + CACHE_MS };
  }

  findTenant(id: string): Promise<Tenant | null> {
    return this.repo.findTenant(id);
  }

  upsertTenant(t: Tenant): Promise<void> {
    return this.repo.upsertTenant(t);
  }

  /** Creates a key; the returned token is the only time the secret exists outside the caller. */
  async createKey(tenantId: string | null, role: Role, label: string | null): Promise<{ keyId: string; token: string }> {
    const k = generateApiKey();
    await this.repo.insertKey({ keyId: k.keyId, tenantId, role, secretHash: k.secretHash, label });
    return { keyId: k.keyId, token: k.token };
  }

  async revokeKey(tenantId: string | null, keyId: string): Promise<boolean> {
    const ok = await this.repo.revokeKey(tenantId, keyId);
    this.keyCache.delete(keyId);
    return ok;
  }

  /** True when the stored key still exists and is not revoked (used to keep demo keys across restarts). */
  async keyIsUsable(token: string): Promise<boolean> {
    const parsed = parseApiKey(token);
    if (!parsed) return false;
    const key = await this.repo.findKey(parsed.keyId);
    return !!key && !key.revoked && secretMatches(parsed.secret, key.secretHash);
  }
}
