import { Pool, type Dispatcher } from 'undici';
import { UpstreamError } from '../adapter';
import { parseRetryAfterMs, protocolError, toUpstreamError } from './failures';

export type Body = Dispatcher.ResponseData['body'];

/** Pool settings every adapter accepts. */
export interface HttpUpstreamOptions {
  /** Max sockets to the origin (default 64). */
  connections?: number;
  /** Idle keep-alive in ms when the upstream gives no hint (default 10 s). */
  keepAliveTimeoutMs?: number;
  /** How long `close()` waits for calls in flight before destroying them (default 1 s). */
  closeGraceMs?: number;
}

const ERROR_BODY_DRAIN_LIMIT = 64 * 1024;
export const ignore = (): void => undefined;

/**
 * The HTTP half every adapter shares: one keep-alive `undici.Pool` per origin (no pipelining, so a slow
 * answer never holds up another request), POST with the failure semantics of `ProviderAdapter`, and a
 * bounded `close()`.
 */
export class HttpUpstream {
  /** The base URL's path without trailing slashes (`/v1`, or `` for a bare origin). */
  readonly basePath: string;
  private readonly pool: Pool;
  private readonly closeGraceMs: number;
  private closing: Promise<void> | null = null;

  constructor(providerId: string, baseUrl: string, options: HttpUpstreamOptions = {}) {
    const url = new URL(baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`provider ${providerId}: baseUrl must be http(s)`);
    }
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.closeGraceMs = options.closeGraceMs ?? 1000;
    this.pool = new Pool(url.origin, {
      connections: options.connections ?? 64,
      pipelining: 1,
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 10_000,
      keepAliveMaxTimeout: 60_000,
    });
  }

  /** Sends a JSON body; resolves with a 2xx response, throws `UpstreamError` otherwise (the error body drained). */
  async post(path: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<Dispatcher.ResponseData> {
    let res: Dispatcher.ResponseData;
    try {
      res = await this.pool.request({ method: 'POST', path, headers, body, signal });
    } catch (err) {
      throw toUpstreamError(err, signal);
    }
    const status = res.statusCode;
    if (status >= 200 && status < 300) return res;
    discard(res.body);
    throw new UpstreamError('http', `upstream answered HTTP ${status}`, status, parseRetryAfterMs(res.headers));
  }

  /** Reads a whole 2xx body as JSON (`protocol` when it is not JSON). */
  async json(res: Dispatcher.ResponseData, signal: AbortSignal): Promise<unknown> {
    let text: string;
    try {
      text = await res.body.text();
    } catch (err) {
      throw toUpstreamError(err, signal);
    }
    try {
      return JSON.parse(text);
    } catch {
      throw protocolError('a body that is not JSON');
    }
  }

  /** The body of a streaming answer, after checking it is an event stream (destroyed otherwise). */
  eventStream(res: Dispatcher.ResponseData): Body {
    const type = res.headers['content-type'];
    if (typeof type !== 'string' || !type.includes('event-stream')) {
      res.body.on('error', ignore).destroy();
      throw protocolError('a non-event-stream answer to a streaming request');
    }
    return res.body;
  }

  /** Closes idle connections, waits up to the grace period for calls in flight, then destroys the rest. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const graceful = this.pool.close().then(
      () => true,
      () => true,
    );
    const expired = new Promise<boolean>((resolve) => {
      timer = setTimeout(resolve, this.closeGraceMs, false);
    });
    const closed = await Promise.race([graceful, expired]);
    clearTimeout(timer);
    if (!closed) await this.pool.destroy().catch(ignore);
  }
}

/** Reads a small error body to the end (keeps the socket); a big or endless one is destroyed. */
function discard(body: Body): void {
  body.dump({ limit: ERROR_BODY_DRAIN_LIMIT }).catch(ignore);
}
