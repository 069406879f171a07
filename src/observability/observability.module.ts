import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { AppLogger } from './app-logger';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { startTracing, type Tracing } from './otel';

const TRACING = Symbol('TRACING');

@Module({
  imports: [ConfigModule],
  controllers: [MetricsController],
  providers: [
    { provide: AppLogger, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new AppLogger(c.logLevel, c.logFile) },
    { provide: TRACING, inject: [APP_CONFIG], useFactory: (c: AppConfig) => startTracing(c.otlpTracesEndpoint) },
    Metrics,
  ],
  exports: [AppLogger, Metrics],
})
export class ObservabilityModule implements OnApplicationShutdown {
  constructor(@Inject(TRACING) private readonly tracing: Tracing | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.tracing?.shutdown(); // flushes the last batch
  }
}
