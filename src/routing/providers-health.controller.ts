import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiKeyGuard, RequirePermission } from '../auth/api-key.guard';
import { RoutingState } from './routing-state';

/** GET /admin/providers/health: breaker state and recent latency per provider/model (no content). */
@Controller('admin/providers')
@UseGuards(ApiKeyGuard)
export class ProvidersHealthController {
  constructor(private readonly state: RoutingState) {}

  @Get('health')
  @RequirePermission('tenants:admin')
  health() {
    return { breakers: this.state.breakers.states(), latency: this.state.latency.snapshot() };
  }
}
