import { Controller, Get } from '@nestjs/common';
import { Requires } from '../auth/auth.guard';
import { RoutingState } from './routing-state';

/**
 * GET /admin/providers/health: this process's breakers and latency per provider/model, and the blocks every
 * process honours (shared store). No content.
 */
@Controller('admin/providers')
export class ProvidersHealthController {
  constructor(private readonly state: RoutingState) {}

  @Get('health')
  @Requires('providers:read', { platform: true })
  health() {
    return { breakers: this.state.breakers.states(), shared: this.state.breakers.sharedBlocks(), latency: this.state.latency.snapshot() };
  }
}
