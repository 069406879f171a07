import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ConfigModule } from '../config/config.module';
import { ObservabilityModule } from '../observability/observability.module';
import { PolicyModule } from '../policy/policy.module';
import { AnalyzeController } from './analyze.controller';
import { ClassificationService } from './classification.service';

@Module({
  imports: [ConfigModule, ObservabilityModule, PolicyModule, AuthModule],
  controllers: [AnalyzeController],
  providers: [ClassificationService],
  exports: [ClassificationService],
})
export class ClassificationModule {}
