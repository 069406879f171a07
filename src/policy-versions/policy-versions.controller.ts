import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { z } from 'zod';
import { GatewayError } from '@libs/core';
import { Requires } from '../auth/auth.guard';
import { actorOf, parseBody } from '../common/admin-input';
import type { GatewayRequest } from '../common/request-context';
import { PolicyVersionsService, view } from './policy-versions.service';

const newVersion = z.strictObject({
  scope: z.string().min(1).max(80).default('platform'),
  bundle: z.union([z.string().min(1).max(1_000_000), z.record(z.string(), z.unknown())]),
});
const canary = z.strictObject({
  percent: z.number().int().min(0).max(100),
  by: z.enum(['request', 'tenant', 'workload']).default('request'),
});
const shadow = z.strictObject({ enabled: z.boolean().default(true) });
const rollback = z.strictObject({ to: z.string().regex(/^v[0-9]+$/, 'must be a version id such as v3') });

/** `since`: a duration back from now (`90m`, `24h`, `7d`) or an ISO time; default 24 hours. */
export function sinceOf(v: unknown, now = Date.now()): Date {
  if (v === undefined || v === '') return new Date(now - 24 * 3600e3);
  const m = typeof v === 'string' ? /^(\d{1,6})([smhd])$/.exec(v) : null;
  if (m) return new Date(now - Number(m[1]) * { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3 }[m[2] as 's' | 'm' | 'h' | 'd']);
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  if (Number.isNaN(t)) throw new GatewayError('invalid_request', 'since must be a duration such as 24h or an ISO 8601 time.', 'since');
  return new Date(t);
}

/** Policy versions over HTTP (SPEC §8): authors write and submit, a second person approves and activates. */
@Controller('admin/policy')
export class PolicyVersionsController {
  constructor(private readonly versions: PolicyVersionsService) {}

  @Post('versions')
  @Requires('policy:write')
  create(@Req() req: GatewayRequest, @Body() body: unknown) {
    const b = parseBody(newVersion, body);
    return this.versions.create(actorOf(req), b.scope, b.bundle);
  }

  @Get('versions')
  @Requires('models:read')
  async list(@Req() req: GatewayRequest) {
    return { object: 'list', data: await this.versions.list(actorOf(req)) };
  }

  @Get('versions/:id')
  @Requires('models:read')
  async get(@Req() req: GatewayRequest, @Param('id') id: string) {
    const v = await this.versions.get(actorOf(req), id);
    return { ...view(v), bundle: JSON.parse(v.document) as unknown };
  }

  @Post('versions/:id/submit')
  @HttpCode(200)
  @Requires('policy:write')
  submit(@Req() req: GatewayRequest, @Param('id') id: string) {
    return this.versions.submit(actorOf(req), id);
  }

  @Post('versions/:id/approve')
  @HttpCode(200)
  @Requires('policy:approve')
  approve(@Req() req: GatewayRequest, @Param('id') id: string) {
    return this.versions.approve(actorOf(req), id);
  }

  @Post('versions/:id/reject')
  @HttpCode(200)
  @Requires('policy:approve')
  reject(@Req() req: GatewayRequest, @Param('id') id: string) {
    return this.versions.reject(actorOf(req), id);
  }

  @Post('versions/:id/activate')
  @HttpCode(200)
  @Requires('policy:approve')
  activate(@Req() req: GatewayRequest, @Param('id') id: string) {
    return this.versions.activate(actorOf(req), id);
  }

  @Post('versions/:id/shadow')
  @HttpCode(200)
  @Requires('policy:approve')
  shadow(@Req() req: GatewayRequest, @Param('id') id: string, @Body() body: unknown) {
    return this.versions.shadow(actorOf(req), id, parseBody(shadow, body).enabled);
  }

  @Post('versions/:id/canary')
  @HttpCode(200)
  @Requires('policy:approve')
  canary(@Req() req: GatewayRequest, @Param('id') id: string, @Body() body: unknown) {
    const c = parseBody(canary, body);
    return this.versions.canary(actorOf(req), id, c.percent, c.by);
  }

  @Get('versions/:id/diff')
  @Requires('models:read')
  diff(@Req() req: GatewayRequest, @Param('id') id: string, @Query('against') against: unknown) {
    if (against !== undefined && (typeof against !== 'string' || !/^v[0-9]+$/.test(against))) {
      throw new GatewayError('invalid_request', 'against must be a version id such as v3.', 'against');
    }
    return this.versions.diff(actorOf(req), id, (against as string | undefined) ?? null);
  }

  @Post('versions/:id/simulate')
  @HttpCode(200)
  @Requires('policy:write')
  simulate(@Req() req: GatewayRequest, @Param('id') id: string, @Query('since') since: unknown) {
    return this.versions.simulate(actorOf(req), id, sinceOf(since));
  }

  @Get('versions/:id/shadow-report')
  @Requires('models:read')
  shadowReport(@Req() req: GatewayRequest, @Param('id') id: string, @Query('since') since: unknown) {
    return this.versions.shadowReport(actorOf(req), id, sinceOf(since));
  }

  @Post('rollback')
  @HttpCode(200)
  @Requires('policy:approve')
  rollback(@Req() req: GatewayRequest, @Body() body: unknown) {
    return this.versions.rollback(actorOf(req), parseBody(rollback, body).to);
  }
}
