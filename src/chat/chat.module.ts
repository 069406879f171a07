import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BudgetsModule } from '../budgets/budgets.module';
import { ClassificationModule } from '../classification/classification.module';
import { ConfigModule } from '../config/config.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ObservabilityModule } from '../observability/observability.module';
import { PolicyModule } from '../policy/policy.module';
import { ProvidersModule } from '../providers/providers.module';
import { RateLimitModule } from '../ratelimit/ratelimit.module';
import { RoutingModule } from '../routing/routing.module';
import { ChatCompletionsController } from './chat-completions.controller';
import { ChatCompletionsService } from './chat-completions.service';

@Module({
  imports: [ConfigModule, AuthModule, BudgetsModule, ClassificationModule, ObservabilityModule, LedgerModule, PolicyModule, ProvidersModule, RateLimitModule, RoutingModule],
  controllers: [ChatCompletionsController],
  providers: [ChatCompletionsService],
})
export class ChatModule {}
