import pino, { type Logger } from 'pino';
import { scrubDeep, scrubText } from '@libs/classification';

/**
 * The gateway's logger. Callers pass only metadata (ids, codes, counts, timings): never request or
 * response content, keys or provider error bodies. Nest's own logs are routed here too. Every line goes
 * through the redaction choke point (scrub) all the same, as a second line of defence.
 */
export class AppLogger {
  private readonly pino: Logger;

  constructor(level: string, file: string | null) {
    const dest = file ? pino.destination({ dest: file, sync: true, mkdir: true }) : pino.destination({ fd: 1, sync: false });
    this.pino = pino({ level, base: { svc: 'llm-gateway' }, timestamp: pino.stdTimeFunctions.isoTime }, dest);
  }

  info(obj: object, msg: string): void {
    if (this.pino.isLevelEnabled('info')) this.pino.info(scrubDeep(obj), scrubText(msg));
  }
  warn(obj: object, msg: string): void {
    if (this.pino.isLevelEnabled('warn')) this.pino.warn(scrubDeep(obj), scrubText(msg));
  }
  error(obj: object, msg: string): void {
    if (this.pino.isLevelEnabled('error')) this.pino.error(scrubDeep(obj), scrubText(msg));
  }
  debug(obj: object, msg: string): void {
    if (this.pino.isLevelEnabled('debug')) this.pino.debug(scrubDeep(obj), scrubText(msg));
  }
  trace(obj: object, msg: string): void {
    if (this.pino.isLevelEnabled('trace')) this.pino.trace(scrubDeep(obj), scrubText(msg));
  }

  flush(): void {
    this.pino.flush();
  }
}
