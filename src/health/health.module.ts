import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module';
import { LedgerModule } from '../ledger/ledger.module';
import { HealthController } from './health.controller';

@Module({ imports: [DatabaseModule, LedgerModule], controllers: [HealthController] })
export class HealthModule {}
