import { Injectable } from '@nestjs/common';
import { HttpTransport, type HttpAnswer, type HttpBody, type HttpPool, type HttpPoolOptions } from '@libs/providers';
import { Pool, type Dispatcher } from 'undici';

const ERROR_BODY_DRAIN_LIMIT = 64 * 1024;
const ignore = (): void => undefined;

/**
 * The network behind the adapters: one keep-alive `undici.Pool` per origin with no pipelining, so a slow
 * answer never holds up another request.
 */
@Injectable()
export class UndiciTransport extends HttpTransport {
  pool(origin: string, options: HttpPoolOptions): HttpPool {
    return new UndiciPool(origin, options);
  }
}

class UndiciPool implements HttpPool {
  private readonly pool: Pool;
  private readonly closeGraceMs: number;
  private closing: Promise<void> | null = null;

  constructor(origin: string, options: HttpPoolOptions) {
    this.closeGraceMs = options.closeGraceMs ?? 1000;
    this.pool = new Pool(origin, {
      connections: options.connections ?? 64,
      pipelining: 1,
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 10_000,
      keepAliveMaxTimeout: 60_000,
    });
  }

  async post(path: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<HttpAnswer> {
    const res = await this.pool.request({ method: 'POST', path, headers, body, signal });
    return { status: res.statusCode, headers: res.headers, body: wrap(res.body) };
  }

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

function wrap(body: Dispatcher.ResponseData['body']): HttpBody {
  // destroy() without an error makes undici emit one; failures reach the reader through next()/text() instead
  body.on('error', ignore);
  return {
    [Symbol.asyncIterator]: () => body[Symbol.asyncIterator](),
    text: () => body.text(),
    // reads a small error body to the end (keeps the socket); a big or endless one is destroyed
    discard: () => void body.dump({ limit: ERROR_BODY_DRAIN_LIMIT }).catch(ignore),
    destroy: () => void body.destroy(),
  };
}
