import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiKeyGuard, RequirePermission } from '../auth/api-key.guard';
import { RoutingState } from './routing-state';

/**
 * GET /admin/providers/health: this process's breakers and latency per provider/model, and the blocks every
 * process honours (shared store). No content.
 */
@Controller('admin/providers')
@UseGuards(ApiKeyGuard)
export class ProvidersHealthController {
  constructor(private readonly state: RoutingState) {}

  @Get('health')
  @RequirePermission('tenants:admin')
  health() {
    return { breakers: this.state.breakers.states(), shared: this.state.breakers.sharedBlocks(), latency: this.state.latency.snapshot() };
  }
}
