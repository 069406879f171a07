import { Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { PolicyModule } from '../policy/policy.module';
import { RateLimiter } from './rate-limiter';

@Module({ imports: [ConfigModule, PolicyModule], providers: [RateLimiter], exports: [RateLimiter] })
export class RateLimitModule {}
