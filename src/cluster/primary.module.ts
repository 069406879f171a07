import { Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { DemoModule } from '../demo/demo.module';
import { ObservabilityModule } from '../observability/observability.module';
import { ProvidersModule } from '../providers/providers.module';

/**
 * What the cluster primary runs itself, once for all workers: the database module (migrations, under their
 * advisory lock), the demo seeding (tenants, keys file) and the demo simulators. No HTTP server.
 */
@Module({ imports: [ConfigModule, ObservabilityModule, DatabaseModule, DemoModule, ProvidersModule] })
export class PrimaryModule {}
