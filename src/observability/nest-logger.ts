import type { LoggerService } from '@nestjs/common';
import type { AppLogger } from './app-logger';

/** Routes Nest's own log lines (boot, route mapping) into the gateway's pino logger. */
export class NestLoggerAdapter implements LoggerService {
  constructor(private readonly app: AppLogger) {}
  log(message: unknown, context?: string): void {
    this.app.debug({ context }, String(message));
  }
  error(message: unknown, _trace?: string, context?: string): void {
    // The trace is dropped on purpose: stacks may embed values; the message is Nest's own.
    this.app.error({ context }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.app.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.app.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.app.trace({ context }, String(message));
  }
}
