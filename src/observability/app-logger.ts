import pino, { type Logger } from 'pino';
import { scrubDeep, scrubText } from '@libs/classification';
import { ScrubMemo } from './scrub-memo';

const MAX_CLEAN = 2048;
const MAX_CLEAN_LENGTH = 128;

/**
 * The gateway's logger. Callers pass only metadata (ids, codes, counts, timings): never request or
 * response content, keys or provider error bodies. Nest's own logs are routed here too. Every line goes
 * through the redaction choke point (scrub) all the same, as a second line of defence.
 */
export class AppLogger {
  private readonly pino: Logger;
  /**
   * Short strings that scrubbed clean before (see ScrubMemo): field names, methods, paths, tenant and key
   * ids, levels. An access-log line was about 17 analyzer calls (about 100 µs) and is now one or two (its
   * request id).
   */
  private readonly clean = new ScrubMemo(scrubText, MAX_CLEAN, MAX_CLEAN_LENGTH);
  private readonly scrub = (text: string): string => this.clean.scrubText(text);

  constructor(level: string, file: string | null) {
    const dest = file ? pino.destination({ dest: file, sync: true, mkdir: true }) : pino.destination({ fd: 1, sync: false });
    this.pino = pino({ level, base: { svc: 'llm-gateway' }, timestamp: pino.stdTimeFunctions.isoTime }, dest);
  }

  info(obj: object, msg: string): void {
    if (this.pino.isLevelEnabled('info')) this.pino.info(scrubDeep(obj, 0, this.scrub), this.scrub(msg));
  }
  warn(obj: object, msg: string): void {
    if (this.pino.isLevelEnabled('warn')) this.pino.warn(scrubDeep(obj, 0, this.scrub), this.scrub(msg));
  }
  error(obj: object, msg: string): void {
    if (this.pino.isLevelEnabled('error')) this.pino.error(scrubDeep(obj, 0, this.scrub), this.scrub(msg));
  }
  debug(obj: object, msg: string): void {
    if (this.pino.isLevelEnabled('debug')) this.pino.debug(scrubDeep(obj, 0, this.scrub), this.scrub(msg));
  }
  trace(obj: object, msg: string): void {
    if (this.pino.isLevelEnabled('trace')) this.pino.trace(scrubDeep(obj, 0, this.scrub), this.scrub(msg));
  }

  flush(): void {
    this.pino.flush();
  }
}
