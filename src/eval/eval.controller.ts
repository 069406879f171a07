import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { z } from 'zod';
import { GatewayError } from '@libs/core';
import { permits } from '@libs/auth';
import { Requires } from '../auth/auth.guard';
import { actorOf, parseBody } from '../common/admin-input';
import type { GatewayRequest } from '../common/request-context';
import { DriftService } from './drift.service';
import { driftView, EvalRunsService } from './eval-runs.service';

const DriftRunBody = z.strictObject({ route: z.string().min(1).max(200).optional() });

function principal(req: GatewayRequest) {
  if (!req.principal) throw new GatewayError('unauthorized', 'Missing credentials.');
  return req.principal;
}

function tenantQuery(tenant: unknown): string | undefined {
  if (tenant === undefined) return undefined;
  if (typeof tenant !== 'string') throw new GatewayError('invalid_request', 'tenant must be a tenant id.', 'tenant');
  return tenant;
}

/**
 * Eval runs (opened, finished by the key that runs them: `gatewayctl eval`), the drift watch (`gatewayctl
 * drift run`), and the read endpoints the console shows: finished eval runs and drift runs of a tenant.
 */
@Controller()
export class EvalController {
  constructor(
    private readonly runs: EvalRunsService,
    private readonly drift: DriftService,
  ) {}

  @Post('v1/eval/runs')
  @Requires('chat:invoke')
  async open(@Req() req: GatewayRequest, @Body() body: unknown) {
    const run = await this.runs.open(principal(req), body);
    return { runId: run.id, taskSetHash: run.taskSetHash, targets: run.targetNames, startedAt: run.startedAt };
  }

  @Get('v1/eval/runs/:id')
  @Requires('chat:invoke')
  async get(@Req() req: GatewayRequest, @Param('id') id: string) {
    const run = await this.runs.get(principal(req), id);
    return { runId: run.id, taskSetHash: run.taskSetHash, targets: run.targetNames, state: run.state, startedAt: run.startedAt };
  }

  @Post('v1/eval/runs/:id/finish')
  @HttpCode(200)
  @Requires('chat:invoke')
  async finish(@Req() req: GatewayRequest, @Param('id') id: string, @Body() body: unknown) {
    const run = await this.runs.finish(principal(req), id, body);
    return { runId: run.id, state: run.state };
  }

  @Get('admin/eval/runs')
  @Requires('eval:read')
  listEval(@Req() req: GatewayRequest, @Query('tenant') tenant: unknown) {
    return this.runs.listEval(actorOf(req), tenantQuery(tenant));
  }

  @Get('admin/drift/runs')
  @Requires('eval:read')
  listDrift(@Req() req: GatewayRequest, @Query('tenant') tenant: unknown) {
    return this.runs.listDrift(actorOf(req), tenantQuery(tenant));
  }

  /** Runs the golden prompts now, as the golden file's tenant: needs `chat:invoke` for that tenant. */
  @Post('admin/drift/run')
  @HttpCode(200)
  @Requires('chat:invoke')
  async runDrift(@Req() req: GatewayRequest, @Body() body: unknown) {
    const p = principal(req);
    const b = parseBody(DriftRunBody, body);
    const tenant = this.drift.golden().tenant;
    if (!permits(actorOf(req), 'chat:invoke', tenant))
      throw new GatewayError('forbidden', `Running the drift watch needs chat:invoke for tenant ${tenant}.`);
    // Pausing a model acts for every tenant: only a platform-scoped policy approver's run may (or the schedule).
    const rows = await this.drift.run(p.keyId, b.route, permits(actorOf(req), 'policy:approve', null));
    return { runs: rows.map((r) => ({ ...driftView(r), reasons: r.reasons })), drift: rows.some((r) => r.drift) };
  }
}
