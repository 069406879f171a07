import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ConfigModule } from '../config/config.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ObservabilityModule } from '../observability/observability.module';
import { SharedStateModule } from '../shared-state/shared-state.module';
import { ProvidersHealthController } from './providers-health.controller';
import { RoutingState } from './routing-state';

@Module({
  imports: [AuthModule, ConfigModule, LedgerModule, ObservabilityModule, SharedStateModule],
  controllers: [ProvidersHealthController],
  providers: [RoutingState],
  exports: [RoutingState],
})
export class RoutingModule {}
