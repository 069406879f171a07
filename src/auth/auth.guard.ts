import { applyDecorators, Injectable, SetMetadata, UseGuards, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { GatewayError } from '@libs/core';
import { permits, type Permission } from '@libs/auth';
import { authorityOf, type Principal } from '../tenants/tenants.service';
import type { GatewayRequest } from '../common/request-context';

interface Requirement {
  permission: Permission;
  /** The endpoint acts on the platform as a whole: only a platform-scoped grant will do. */
  platform: boolean;
}

const REQUIREMENT = 'gateway:requirement';

/**
 * The one guard: passport authenticates (our API keys, then OIDC tokens), then the endpoint's permission
 * is checked against the principal's roles. Which tenant an object belongs to is checked where the object
 * is known (another tenant's object is 404 there, never 403).
 */
@Injectable()
export class GatewayAuthGuard extends AuthGuard(['api-key', 'jwt']) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<GatewayRequest>();
    const header = req.headers.authorization;
    if (!header) throw new GatewayError('unauthorized', 'Missing credentials: send Authorization: Bearer <key or token>.');
    if (!/^Bearer\s+\S+\s*$/i.test(header))
      throw new GatewayError('unauthorized', 'Malformed Authorization header: expected Bearer <key or token>.');
    await super.canActivate(ctx);
    const principal = (req as GatewayRequest & { user?: unknown }).user as Principal;
    req.principal = principal;
    const need = this.reflector.get<Requirement | undefined>(REQUIREMENT, ctx.getHandler());
    if (need && !permits(authorityOf(principal), need.permission, need.platform ? null : (principal.tenant?.id ?? null))) {
      throw new GatewayError(
        'forbidden',
        need.platform
          ? `This endpoint needs ${need.permission} at platform scope.`
          : `Your roles (${principal.roles.join(', ') || 'none'}) do not include ${need.permission}.`,
      );
    }
    return true;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err instanceof GatewayError) throw err;
    if (err || !user) throw new GatewayError('unauthorized', 'Invalid or revoked API key or token.');
    return user;
  }
}

/** Authenticates the caller and requires `permission` (platform-scoped with `{ platform: true }`). */
export const Requires = (permission: Permission, opts: { platform?: boolean } = {}) =>
  applyDecorators(
    UseGuards(GatewayAuthGuard),
    SetMetadata(REQUIREMENT, { permission, platform: opts.platform ?? false } satisfies Requirement),
  );
