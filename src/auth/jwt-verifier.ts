import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { GatewayError } from '@libs/core';
import { isPlatformRole, isRole, type Role } from '@libs/auth';
import { APP_CONFIG, type AppConfig, type JwtConfig } from '../config/app-config';
import { TenantsService, type Principal } from '../tenants/tenants.service';

/** SPEC §8: asymmetric algorithms only; `none` and every HMAC algorithm are refused whatever the header says. */
export const JWT_ALGORITHMS = ['RS256', 'ES256', 'EdDSA'];

/**
 * OIDC access tokens -> principals, with `jose` doing every signature and claim check. Keys come from the
 * JWKS URL (cached; a token with an unknown `kid` triggers a refetch at most once per cool-down, which is
 * how a rotated key is picked up) or from one PEM public key file.
 */
@Injectable()
export class JwtVerifier {
  private readonly cfg: JwtConfig | null;
  private readonly key: JWTVerifyGetKey | KeyObject | null;

  constructor(
    @Inject(APP_CONFIG) app: AppConfig,
    private readonly tenants: TenantsService,
  ) {
    this.cfg = app.jwt;
    this.key = this.cfg ? keySource(this.cfg) : null;
  }

  get enabled(): boolean {
    return this.cfg !== null;
  }

  async verify(token: string): Promise<Principal> {
    if (!this.cfg || !this.key) throw new GatewayError('unauthorized', 'Token authentication is not configured; use an API key.');
    const payload = await this.checked(token, this.cfg, this.key);
    const sub = typeof payload.sub === 'string' && payload.sub.length > 0 ? payload.sub : null;
    if (!sub) throw new GatewayError('unauthorized', 'The token has no subject (sub).');
    const tenantClaim = payload[this.cfg.tenantClaim];
    const tenantId = typeof tenantClaim === 'string' && tenantClaim.length > 0 ? tenantClaim : null;
    const tenant = tenantId === null ? null : await this.tenants.findTenant(tenantId);
    if (tenantId !== null && !tenant) throw new GatewayError('unauthorized', 'The token names an unknown tenant.');
    return {
      actor: `jwt:${sub}`,
      keyId: `jwt:${sub}`,
      via: 'jwt',
      roles: rolesOf(payload[this.cfg.rolesClaim], tenantId !== null),
      tenant,
    };
  }

  private async checked(token: string, cfg: JwtConfig, key: JWTVerifyGetKey | KeyObject): Promise<JWTPayload> {
    const options = { issuer: cfg.issuer, audience: cfg.audience, algorithms: JWT_ALGORITHMS, requiredClaims: ['exp'] };
    try {
      const { payload } = typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
      return payload;
    } catch (err) {
      // jose's codes say what failed (expired, claim, signature, no matching key) without echoing the token.
      const code = (err as { code?: unknown }).code;
      throw new GatewayError('unauthorized', `Invalid token${typeof code === 'string' ? ` (${code})` : ''}.`);
    }
  }
}

function keySource(cfg: JwtConfig): JWTVerifyGetKey | KeyObject {
  if (cfg.jwksUrl) {
    return createRemoteJWKSet(new URL(cfg.jwksUrl), {
      cooldownDuration: cfg.jwksCooldownMs,
      cacheMaxAge: cfg.jwksMaxAgeMs,
      timeoutDuration: 5000,
    });
  }
  return createPublicKey(readFileSync(cfg.publicKeyFile as string, 'utf8'));
}

/** Known role names from the claim; a tenant-bound token cannot carry a platform role (it is dropped). */
function rolesOf(claim: unknown, tenantBound: boolean): Role[] {
  const list = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  return [...new Set(list.filter(isRole))].filter((r) => !(tenantBound && isPlatformRole(r)));
}
