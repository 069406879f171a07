import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Application } from 'express';
import helmet from 'helmet';
import { warmClassifier } from '@libs/classification';
import { warmTokenizer } from '@libs/routing';
import { AppModule } from './app.module';
import { jsonBodyParser } from './common/body-parser';
import { installProtocolErrorHandlers } from './common/client-error';
import { GatewayExceptionFilter } from './common/exception.filter';
import { RouteTable, type ExpressRouter } from './common/route-table';
import { requestIdMiddleware } from './common/request-context';
import { APP_CONFIG, loadConfig, type AppConfig } from './config/app-config';
import { DemoService, type DemoKeys } from './demo/demo.service';
import { accessLog } from './observability/access-log';
import { AppLogger } from './observability/app-logger';
import { trimWhenIdle, v8Collector } from './observability/idle-memory';
import { releaseYoungGeneration } from './observability/start-memory';
import { Metrics } from './observability/metrics';
import { NestLoggerAdapter } from './observability/nest-logger';
import { PolicyService } from './policy/policy.service';
import { loadLedgerKeys } from './ledger/ledger-keys';

export interface Gateway {
  app: NestExpressApplication;
  config: AppConfig;
  demoKeys: DemoKeys | null;
  url: string;
}

/** Builds, seeds and starts the gateway. Used by main.ts and by the e2e tests alike. */
export async function startGateway(): Promise<Gateway> {
  // Preflight: invalid env or policy refuses to start before anything (database, servers) is opened.
  const preflight = loadConfig();
  new PolicyService(preflight);
  loadLedgerKeys(preflight);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true, abortOnError: false });
  const config = app.get<AppConfig>(APP_CONFIG);
  const log = app.get(AppLogger);
  app.useLogger(new NestLoggerAdapter(log));
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(requestIdMiddleware);
  app.use(accessLog(log, app.get(Metrics)));
  app.use(helmet());
  app.use(jsonBodyParser(config.maxBodyBytes, config.jsonLimits));
  const routes = new RouteTable(() => (app.getHttpAdapter().getInstance() as Application & { router?: ExpressRouter }).router);
  app.useGlobalFilters(new GatewayExceptionFilter(log, routes));
  installProtocolErrorHandlers(app.getHttpServer());
  app.enableShutdownHooks();
  if (!config.metricsToken && !config.clusterWorker) {
    log.warn({ event: 'metrics_unauthenticated' }, '/metrics is served without authentication; set METRICS_TOKEN in production');
  }
  // A cluster worker: the primary seeded already (several workers seeding at once would race on the keys file).
  const demoKeys = config.clusterWorker ? null : await app.get(DemoService).seed();
  // The token and name tables are built now, not on the first request (which was ~0.1 s slower); building
  // them leaves ~20 MB of garbage (the o200k vocabulary's strings) that one full collection returns before
  // the gateway listens: RSS at listen 161 -> 146 MiB, the first request 130-190 -> 60-70 ms (+0.14 s start).
  warmTokenizer();
  warmClassifier();
  releaseYoungGeneration();
  v8Collector()();
  await app.listen(config.port, config.host);
  if (config.idleTrimSeconds > 0) trimWhenIdle(app.getHttpServer(), config.idleTrimSeconds * 1000);
  const addr = app.getHttpServer().address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  return { app, config, demoKeys, url: `http://${config.host}:${port}` };
}
