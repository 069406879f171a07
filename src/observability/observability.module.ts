import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { AppLogger } from './app-logger';

@Module({
  imports: [ConfigModule],
  providers: [{ provide: AppLogger, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new AppLogger(c.logLevel, c.logFile) }],
  exports: [AppLogger],
})
export class ObservabilityModule {}
