import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { z } from 'zod';
import { DATA_LEVELS, GatewayError } from '@libs/core';
import { ROLES } from '@libs/auth';
import { Requires } from '../auth/auth.guard';
import { actorOf, parseBody } from '../common/admin-input';
import type { GatewayRequest } from '../common/request-context';
import { AdminService } from './admin.service';

const tenantId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'must be 1-63 characters: a-z, 0-9, _ and -, starting with a letter or digit');
const region = z.string().min(1).max(64);
const budget = z.number().finite().min(0).max(1e12).nullable();
const tier = z.string().min(1).max(64).nullable();
const timeZone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Berlin or UTC')
  .nullable();

const newTenant = z.strictObject({
  id: tenantId,
  region,
  floor: z.enum(DATA_LEVELS).default('public'),
  monthlyBudgetUsd: budget.default(null),
  tier: tier.default(null),
  timeZone: timeZone.default(null),
});
const tenantPatch = z
  .strictObject({
    region: region.optional(),
    floor: z.enum(DATA_LEVELS).optional(),
    monthlyBudgetUsd: budget.optional(),
    tier: tier.optional(),
    timeZone: timeZone.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'name at least one of region, floor, monthlyBudgetUsd, tier, timeZone');
const newKey = z.strictObject({
  tenant: tenantId.nullable(),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  expiresAt: z.iso
    .datetime({ offset: true })
    .refine((v) => Date.parse(v) > Date.now(), 'must be in the future')
    .optional(),
  label: z.string().max(200).optional(),
});

/** The security team's endpoints of SPEC §8: tenants and keys, every action on the ledger. */
@Controller('admin')
export class AdminController {
  constructor(private readonly admin: AdminService) {}

  @Post('tenants')
  @Requires('tenants:admin', { platform: true })
  createTenant(@Req() req: GatewayRequest, @Body() body: unknown) {
    return this.admin.createTenant(actorOf(req), parseBody(newTenant, body));
  }

  @Get('tenants')
  @Requires('tenants:admin')
  async listTenants(@Req() req: GatewayRequest) {
    return { object: 'list', data: await this.admin.listTenants(actorOf(req)) };
  }

  @Get('tenants/:id')
  @Requires('tenants:admin')
  getTenant(@Req() req: GatewayRequest, @Param('id') id: string) {
    return this.admin.getTenant(actorOf(req), id);
  }

  @Patch('tenants/:id')
  @Requires('tenants:admin')
  updateTenant(@Req() req: GatewayRequest, @Param('id') id: string, @Body() body: unknown) {
    return this.admin.updateTenant(actorOf(req), id, parseBody(tenantPatch, body));
  }

  @Post('tenants/:id/suspend')
  @HttpCode(200)
  @Requires('tenants:admin')
  suspendTenant(@Req() req: GatewayRequest, @Param('id') id: string) {
    return this.admin.suspendTenant(actorOf(req), id);
  }

  @Post('keys')
  @Requires('keys:admin')
  createKey(@Req() req: GatewayRequest, @Body() body: unknown) {
    const k = parseBody(newKey, body);
    return this.admin.createKey(actorOf(req), {
      tenant: k.tenant,
      roles: [...new Set(k.roles)],
      expiresAt: k.expiresAt ? new Date(k.expiresAt) : null,
      label: k.label ?? null,
    });
  }

  @Get('keys')
  @Requires('keys:admin')
  async listKeys(@Req() req: GatewayRequest, @Query('tenant') tenant: unknown) {
    const by = actorOf(req);
    if (tenant !== undefined && (typeof tenant !== 'string' || !tenantId.safeParse(tenant).success)) {
      throw new GatewayError('invalid_request', 'tenant must be a tenant id.', 'tenant');
    }
    return { object: 'list', data: await this.admin.listKeys(by, (tenant as string | undefined) ?? by.tenant) };
  }

  @Post('keys/:id/rotate')
  @HttpCode(200)
  @Requires('keys:admin')
  rotateKey(@Req() req: GatewayRequest, @Param('id') id: string) {
    return this.admin.rotateKey(actorOf(req), id);
  }

  @Delete('keys/:id')
  @Requires('keys:admin')
  revokeKey(@Req() req: GatewayRequest, @Param('id') id: string) {
    return this.admin.revokeKey(actorOf(req), id);
  }
}
