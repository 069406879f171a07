import { Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { CanaryGuard } from './canary-guard';
import { PolicyService } from './policy.service';

@Module({ imports: [ConfigModule], providers: [PolicyService, CanaryGuard], exports: [PolicyService, CanaryGuard] })
export class PolicyModule {}
