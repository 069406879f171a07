import { Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { ObservabilityModule } from '../observability/observability.module';
import { PolicyModule } from '../policy/policy.module';
import { ProvidersService } from './providers.service';

@Module({
  imports: [ConfigModule, ObservabilityModule, PolicyModule],
  providers: [ProvidersService],
  exports: [ProvidersService],
})
export class ProvidersModule {}
