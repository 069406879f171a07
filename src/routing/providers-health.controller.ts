import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { z } from 'zod';
import { PLATFORM_LOG } from '@libs/auth';
import { GatewayError } from '@libs/core';
import { candidateKey } from '@libs/routing';
import { Requires } from '../auth/auth.guard';
import type { GatewayRequest } from '../common/request-context';
import { actorOf, parseBody } from '../common/admin-input';
import { LedgerService } from '../ledger/ledger.service';
import { RoutingState } from './routing-state';

const ResumeBody = z.strictObject({ provider: z.string().min(1).max(200), model: z.string().min(1).max(200) });

/**
 * GET /admin/providers/health: this process's breakers and latency per provider/model, and the blocks every
 * process honours (shared store), drift pauses included. No content.
 * POST /admin/providers/resume: lifts a drift pause (issue 17), on the platform's record first.
 */
@Controller('admin/providers')
export class ProvidersHealthController {
  constructor(
    private readonly state: RoutingState,
    private readonly ledger: LedgerService,
  ) {}

  @Get('health')
  @Requires('providers:read', { platform: true })
  health() {
    return {
      breakers: this.state.breakers.states(),
      shared: this.state.breakers.sharedBlocks(),
      paused: this.state.breakers.paused(),
      latency: this.state.latency.snapshot(),
    };
  }

  /** Routing decides what reaches a provider, so resuming one is a policy approver's call at platform scope. */
  @Post('resume')
  @HttpCode(200)
  @Requires('policy:approve', { platform: true })
  async resume(@Req() req: GatewayRequest, @Body() body: unknown) {
    const target = parseBody(ResumeBody, body);
    const by = actorOf(req);
    const isPaused = () => this.state.breakers.paused().some((t) => candidateKey(t) === candidateKey(target));
    if (!isPaused()) {
      await this.state.breakers.refresh(); // another process may have paused it since this one last looked
      if (!isPaused()) throw new GatewayError('not_found', `${target.provider}/${target.model} is not paused.`, 'model');
    }
    await this.ledger.append({
      tenant: PLATFORM_LOG,
      kind: 'config_change',
      requestId: null,
      body: { action: 'model_resumed', provider: target.provider, model: target.model, actor: by.actor, actor_roles: [...by.roles] },
    });
    await this.state.breakers.resume(target);
    return { provider: target.provider, model: target.model, paused: false };
  }
}
