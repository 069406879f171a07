import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module';
import { TenantsRepository } from './tenants.repository';
import { TenantsService } from './tenants.service';

@Module({
  imports: [DatabaseModule],
  providers: [TenantsRepository, TenantsService],
  exports: [TenantsService],
})
export class TenantsModule {}
