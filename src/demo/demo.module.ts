import { Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { ObservabilityModule } from '../observability/observability.module';
import { PolicyModule } from '../policy/policy.module';
import { TenantsModule } from '../tenants/tenants.module';
import { DemoService } from './demo.service';

@Module({
  imports: [ConfigModule, ObservabilityModule, PolicyModule, TenantsModule],
  providers: [DemoService],
  exports: [DemoService],
})
export class DemoModule {}
