import cluster, { type Worker } from 'node:cluster';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '../config/app-config';
import { DemoService, type DemoKeys } from '../demo/demo.service';
import { loadLedgerKeys } from '../ledger/ledger-keys';
import { AppLogger } from '../observability/app-logger';
import { NestLoggerAdapter } from '../observability/nest-logger';
import { PolicyService } from '../policy/policy.service';
import { ProvidersService } from '../providers/providers.service';
import { CRASH_WINDOW_MS, restartDelayMs } from './backoff';
import { PrimaryModule } from './primary.module';

export interface Primary {
  url: string;
  demoKeys: DemoKeys | null;
  workers: number;
}

/** How long a shutdown waits for workers to finish their requests before killing them. */
const SHUTDOWN_GRACE_MS = 15_000;

/**
 * The cluster primary (GATEWAY_WORKERS > 1): does the one-time work that must not race (migrations,
 * demo seeding, the demo simulators), then forks the workers, which share the one port (the primary
 * accepts and hands connections out round-robin). A worker that dies is replaced after a back-off
 * (restartDelayMs), logged. SIGTERM/SIGINT: every worker gets SIGTERM and finishes its requests (Nest
 * shutdown hooks), then the primary closes. The primary serves no HTTP itself. A worker whose primary
 * disappears exits at once (Node closes its IPC channel).
 */
export async function runPrimary(cfg: AppConfig): Promise<Primary> {
  new PolicyService(cfg); // refuse to start on an invalid policy before forking anything
  loadLedgerKeys(cfg);
  const ctx = await NestFactory.createApplicationContext(PrimaryModule, { bufferLogs: true, abortOnError: false });
  const log = ctx.get(AppLogger);
  ctx.useLogger(new NestLoggerAdapter(log));
  const demoKeys = await ctx.get(DemoService).seed();
  const env = {
    GATEWAY_CLUSTER_WORKER: '1',
    GATEWAY_SIMULATOR_URLS: JSON.stringify(ctx.get(ProvidersService).simulatorUrls()),
  };

  let stopping = false;
  const deaths: number[] = [];
  let port = cfg.port;
  const fork = (): Worker => cluster.fork(env);

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    deaths.push(now);
    while (deaths.length > 0 && now - (deaths[0] ?? now) >= CRASH_WINDOW_MS) deaths.shift();
    const delay = restartDelayMs(deaths, now);
    log.warn({ pid: worker.process.pid, code, signal, restartInMs: delay }, 'gateway worker died; replacing it');
    setTimeout(() => {
      if (!stopping) fork();
    }, delay).unref();
  });
  cluster.on('listening', (worker, address) => {
    port = address.port;
    log.info({ pid: worker.process.pid, port }, 'gateway worker listening');
  });

  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, workers: Object.keys(cluster.workers ?? {}).length }, 'stopping gateway workers');
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    for (const w of alive) w.process.kill('SIGTERM');
    const killer = setTimeout(() => alive.forEach((w) => w.process.kill('SIGKILL')), SHUTDOWN_GRACE_MS);
    killer.unref();
    void Promise.all(alive.map((w) => (w.isDead() ? undefined : new Promise((r) => w.once('exit', r)))))
      .then(() => ctx.close())
      .finally(() => {
        clearTimeout(killer);
        log.flush();
        process.exit(0);
      });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  // Start: every worker listening. A worker that dies before any worker listens fails the start (a bad
  // deploy, an unreachable database); once one listens the cluster serves, and a worker that dies while
  // still starting (killed, out of memory) is replaced like any other, by the 'exit' handler above.
  let serving = false;
  cluster.once('listening', () => (serving = true));
  const workers = Array.from({ length: cfg.workers }, fork);
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          const died = () => (serving ? resolve() : reject(new Error(`gateway worker ${w.process.pid ?? '?'} exited during start`)));
          w.once('exit', died);
          w.once('listening', () => {
            w.off('exit', died);
            resolve();
          });
        }),
    ),
  ).catch(async (err: unknown) => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGKILL');
    await ctx.close();
    throw err;
  });
  log.info({ workers: cfg.workers, port }, 'gateway cluster ready');
  return { url: `http://${cfg.host}:${port}`, demoKeys, workers: cfg.workers };
}
