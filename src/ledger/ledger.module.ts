import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { ObservabilityModule } from '../observability/observability.module';
import { AuditExportService } from './audit-export.service';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { CheckpointService } from './checkpoint.service';
import { loadLedgerKeys } from './ledger-keys';
import { LedgerRepository } from './ledger.repository';
import { LedgerService } from './ledger.service';
import { LEDGER_KEYS } from './ledger.tokens';

@Module({
  imports: [ConfigModule, DatabaseModule, ObservabilityModule, AuthModule],
  controllers: [AuditController],
  providers: [
    LedgerRepository,
    LedgerService,
    AuditRepository,
    AuditExportService,
    CheckpointService,
    { provide: LEDGER_KEYS, inject: [APP_CONFIG], useFactory: (cfg: AppConfig) => loadLedgerKeys(cfg) },
  ],
  exports: [LedgerService],
})
export class LedgerModule {}
