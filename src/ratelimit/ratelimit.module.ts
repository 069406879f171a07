import { Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { PolicyModule } from '../policy/policy.module';
import { SharedStateModule } from '../shared-state/shared-state.module';
import { RateLimiter } from './rate-limiter';

@Module({ imports: [ConfigModule, PolicyModule, SharedStateModule], providers: [RateLimiter], exports: [RateLimiter] })
export class RateLimitModule {}
