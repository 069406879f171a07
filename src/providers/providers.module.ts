import { Module } from '@nestjs/common';
import { HttpTransport } from '@libs/providers';
import { ConfigModule } from '../config/config.module';
import { ObservabilityModule } from '../observability/observability.module';
import { PolicyModule } from '../policy/policy.module';
import { ProvidersService } from './providers.service';
import { UndiciTransport } from './undici-transport';

@Module({
  imports: [ConfigModule, ObservabilityModule, PolicyModule],
  providers: [ProvidersService, { provide: HttpTransport, useClass: UndiciTransport }],
  exports: [ProvidersService],
})
export class ProvidersModule {}
