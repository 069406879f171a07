import pino, { type Logger } from 'pino';
import { scrubDeep, scrubText } from '@libs/classification';

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
   * Short strings that scrubbed clean before: field names, methods, paths, tenant and key ids, levels.
   * The analyzer is deterministic, so a string clean once is clean again; an access-log line was about
   * 17 analyzer calls (about 100 µs) and is now one or two (its request id). Only clean strings are kept
   * (nothing the analyzer found stays in memory), at most {@link MAX_CLEAN}, forgotten all at once.
   */
  private readonly clean = new Set<string>();
  private readonly scrub = (text: string): string => this.scrubOne(text);

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

  private scrubOne(text: string): string {
    if (this.clean.has(text)) return text;
    const scrubbed = scrubText(text);
    if (scrubbed === text && text.length <= MAX_CLEAN_LENGTH) {
      if (this.clean.size >= MAX_CLEAN) this.clean.clear();
      this.clean.add(text);
    }
    return scrubbed;
  }

  flush(): void {
    this.pino.flush();
  }
}
