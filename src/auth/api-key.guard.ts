import { Injectable, type CanActivate, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GatewayError } from '@libs/core';
import { isGranted, type Permission } from '@libs/auth';
import { TenantsService, type Principal } from '../tenants/tenants.service';
import type { GatewayRequest } from '../common/request-context';

export const REQUIRED_PERMISSION = 'gateway:permission';
/** Declares the permission a handler needs; the guard refuses keys whose role lacks it. */
export const RequirePermission = (p: Permission) => SetMetadata(REQUIRED_PERMISSION, p);

/** Bearer key -> principal (tenant, role). Missing or bad key: 401; role without the permission: 403. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly tenants: TenantsService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<GatewayRequest>();
    const header = req.headers.authorization;
    if (!header) throw new GatewayError('unauthorized', 'Missing API key: send Authorization: Bearer <key>.');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) throw new GatewayError('unauthorized', 'Malformed Authorization header: expected Bearer <key>.');
    const principal: Principal = await this.tenants.authenticate(m[1] as string);
    const needed = this.reflector.get<Permission | undefined>(REQUIRED_PERMISSION, ctx.getHandler());
    if (needed && !isGranted(principal.role, needed)) {
      throw new GatewayError('forbidden', `This key's role (${principal.role}) may not call this endpoint.`);
    }
    req.principal = principal;
    return true;
  }
}
