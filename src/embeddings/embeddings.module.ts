import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BudgetsModule } from '../budgets/budgets.module';
import { ClassificationModule } from '../classification/classification.module';
import { ConfigModule } from '../config/config.module';
import { LedgerModule } from '../ledger/ledger.module';
import { PolicyModule } from '../policy/policy.module';
import { ProvidersModule } from '../providers/providers.module';
import { RateLimitModule } from '../ratelimit/ratelimit.module';
import { RoutingModule } from '../routing/routing.module';
import { EmbeddingsController } from './embeddings.controller';
import { EmbeddingsService } from './embeddings.service';

@Module({
  imports: [ConfigModule, AuthModule, BudgetsModule, ClassificationModule, LedgerModule, PolicyModule, ProvidersModule, RateLimitModule, RoutingModule],
  controllers: [EmbeddingsController],
  providers: [EmbeddingsService],
})
export class EmbeddingsModule {}
