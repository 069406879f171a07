import pino, { type Logger } from 'pino';

/**
 * The gateway's logger. Callers pass only metadata (ids, codes, counts, timings): never request or
 * response content, keys or provider error bodies. Nest's own logs are routed here too.
 */
export class AppLogger {
  readonly pino: Logger;

  constructor(level: string, file: string | null) {
    const dest = file ? pino.destination({ dest: file, sync: true, mkdir: true }) : pino.destination({ fd: 1, sync: false });
    this.pino = pino({ level, base: { svc: 'llm-gateway' }, timestamp: pino.stdTimeFunctions.isoTime }, dest);
  }

  info(obj: object, msg: string): void {
    this.pino.info(obj, msg);
  }
  warn(obj: object, msg: string): void {
    this.pino.warn(obj, msg);
  }
  error(obj: object, msg: string): void {
    this.pino.error(obj, msg);
  }

  flush(): void {
    this.pino.flush();
  }
}
