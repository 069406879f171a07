import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ObservabilityModule } from '../observability/observability.module';
import { PolicyModule } from '../policy/policy.module';
import { ProvidersModule } from '../providers/providers.module';
import { EvalVersions } from './eval-versions';
import { PolicyVersionsController } from './policy-versions.controller';
import { PolicyVersionsRepository } from './policy-versions.repository';
import { PolicyVersionsRuntime } from './policy-versions.runtime';
import { PolicyVersionsService } from './policy-versions.service';

@Module({
  imports: [AuthModule, ConfigModule, DatabaseModule, LedgerModule, ObservabilityModule, PolicyModule, ProvidersModule],
  controllers: [PolicyVersionsController],
  providers: [PolicyVersionsRepository, PolicyVersionsService, PolicyVersionsRuntime, EvalVersions],
  exports: [PolicyVersionsService, EvalVersions],
})
export class PolicyVersionsModule {}
