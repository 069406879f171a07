import { Module } from '@nestjs/common';
import { BudgetsModule } from '../budgets/budgets.module';
import { ClassificationModule } from '../classification/classification.module';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { EvalRunsModule } from '../eval/eval-runs.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ObservabilityModule } from '../observability/observability.module';
import { PolicyModule } from '../policy/policy.module';
import { ProvidersModule } from '../providers/providers.module';
import { RoutingModule } from '../routing/routing.module';
import { OpenDecisions } from './open-decisions';
import { OutcomeSweep } from './outcome-sweep';
import { PipelineService } from './pipeline.service';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    BudgetsModule,
    EvalRunsModule,
    ClassificationModule,
    ObservabilityModule,
    LedgerModule,
    PolicyModule,
    ProvidersModule,
    RoutingModule,
  ],
  providers: [PipelineService, OpenDecisions, OutcomeSweep],
  exports: [PipelineService],
})
export class PipelineModule {}
