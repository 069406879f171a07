import { UpstreamError } from '../adapter';
import type { HttpAnswer, HttpBody, HttpPool, HttpPoolOptions, HttpTransport } from '../transport';
import { parseRetryAfterMs, protocolError, toUpstreamError } from './failures';

/** Pool settings every adapter accepts. */
export type HttpUpstreamOptions = HttpPoolOptions;

/**
 * The HTTP half every adapter shares, over the `HttpTransport` port: one connection pool per origin,
 * POST with the failure semantics of `ProviderAdapter`, and a bounded `close()`.
 */
export class HttpUpstream {
  /** The base URL's path without trailing slashes (`/v1`, or `` for a bare origin). */
  readonly basePath: string;
  private readonly pool: HttpPool;

  constructor(providerId: string, baseUrl: string, transport: HttpTransport, options: HttpUpstreamOptions = {}) {
    const url = new URL(baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`provider ${providerId}: baseUrl must be http(s)`);
    }
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.pool = transport.pool(url.origin, options);
  }

  /** Sends a JSON body; resolves with a 2xx answer, throws `UpstreamError` otherwise (the error body released). */
  async post(path: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<HttpAnswer> {
    let res: HttpAnswer;
    try {
      res = await this.pool.post(path, headers, body, signal);
    } catch (err) {
      throw toUpstreamError(err, signal);
    }
    const status = res.status;
    if (status >= 200 && status < 300) return res;
    res.body.discard();
    throw new UpstreamError('http', `upstream answered HTTP ${status}`, status, parseRetryAfterMs(res.headers));
  }

  /** Reads a whole 2xx body as JSON (`protocol` when it is not JSON). */
  async json(res: HttpAnswer, signal: AbortSignal): Promise<unknown> {
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
  eventStream(res: HttpAnswer): HttpBody {
    const type = res.headers['content-type'];
    if (typeof type !== 'string' || !type.includes('event-stream')) {
      res.body.destroy();
      throw protocolError('a non-event-stream answer to a streaming request');
    }
    return res.body;
  }

  /** Closes idle connections, waits up to the grace period for calls in flight, then destroys the rest. Idempotent. */
  close(): Promise<void> {
    return this.pool.close();
  }
}
