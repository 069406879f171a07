import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module';
import { ApiKeyGuard } from './api-key.guard';

@Module({
  imports: [TenantsModule],
  providers: [ApiKeyGuard],
  exports: [ApiKeyGuard, TenantsModule],
})
export class AuthModule {}
