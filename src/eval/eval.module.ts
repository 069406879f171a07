import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ConfigModule } from '../config/config.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ObservabilityModule } from '../observability/observability.module';
import { PipelineModule } from '../pipeline/pipeline.module';
import { RoutingModule } from '../routing/routing.module';
import { TenantsModule } from '../tenants/tenants.module';
import { DriftService } from './drift.service';
import { EvalController } from './eval.controller';
import { EvalRunsModule } from './eval-runs.module';

/** Eval runs and the drift watch (issue 17): the HTTP side of `gatewayctl eval` and `gatewayctl drift run`. */
@Module({
  imports: [AuthModule, ConfigModule, EvalRunsModule, LedgerModule, ObservabilityModule, PipelineModule, RoutingModule, TenantsModule],
  controllers: [EvalController],
  providers: [DriftService],
})
export class EvalModule {}
