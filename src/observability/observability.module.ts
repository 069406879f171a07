import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { AppLogger } from './app-logger';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';

@Module({
  imports: [ConfigModule],
  controllers: [MetricsController],
  providers: [{ provide: AppLogger, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new AppLogger(c.logLevel, c.logFile) }, Metrics],
  exports: [AppLogger, Metrics],
})
export class ObservabilityModule {}
