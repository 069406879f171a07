import { EventEmitter } from 'node:events';
import { Duplex } from 'node:stream';
import type { PGLiteSocketHandler, PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * An in-process connection from `pg` to the embedded PGlite: the gateway's own pool talks to the database
 * in its own process without a Unix socket. Through the socket, each query was a write and a read on both
 * sides and a wake-up of the event loop for each; here the bytes are handed over in memory.
 *
 * It goes through pglite-socket's handler and its server's query queue, like a socket connection does:
 * the queue runs one message at a time and keeps a transaction's messages together, so a statement of the
 * gateway never lands inside a transaction that an operator's `psql` (on the password-checked port) has
 * open, nor the other way round.
 */
export class LocalPgStream extends Duplex {
  private readonly serverEnd: ServerEnd;
  private handler: PGLiteSocketHandler | null = null;

  constructor(private readonly attach: (end: ServerEnd) => PGLiteSocketHandler) {
    // Not half-open: when the server end closes (PGlite failed, the handler detached), the whole stream
    // closes, and `pg` sees the connection end as it would a socket's, instead of waiting for an answer.
    super({ allowHalfOpen: false });
    this.serverEnd = new ServerEnd(this);
  }

  /** What `pg` calls on a socket: the connection is made at once, announced on the next tick. */
  connect(): this {
    this.handler = this.attach(this.serverEnd);
    process.nextTick(() => this.emit('connect'));
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (err?: Error | null) => void): void {
    this.serverEnd.emit('data', chunk);
    done();
  }

  override _read(): void {
    // Data is pushed as PGlite answers.
  }

  override _final(done: (err?: Error | null) => void): void {
    this.close();
    done();
  }

  override _destroy(err: Error | null, done: (err?: Error | null) => void): void {
    this.close();
    done(err);
  }

  private close(): void {
    const handler = this.handler;
    this.handler = null;
    // Detaching drops this connection's queued messages and rolls back a transaction it left open.
    if (handler) void handler.detach(false).catch(() => undefined);
    this.serverEnd.writable = false;
    this.push(null);
  }
}

/** The end the pglite-socket handler sees: the subset of `net.Socket` it uses. */
class ServerEnd extends EventEmitter {
  writable = true;
  readonly remoteAddress = 'in-process';
  readonly remotePort = 0;

  constructor(private readonly client: LocalPgStream) {
    super();
  }

  setNoDelay(): void {
    // Nothing to delay in memory.
  }

  write(data: Uint8Array, done?: (err?: Error) => void): boolean {
    if (this.writable) this.client.push(data);
    done?.();
    return true;
  }

  end(): void {
    if (!this.writable) return;
    this.writable = false;
    this.client.push(null);
  }

  destroy(): void {
    this.end();
  }
}

/**
 * A factory of in-process connections to `server`'s database, sharing its query queue. The queue is not part of
 * pglite-socket's typed API; `embedded-db.int-spec.ts` fails if a new version moves it.
 */
export function localConnections(server: PGLiteSocketServer, Handler: typeof PGLiteSocketHandler): () => LocalPgStream {
  const queryQueue = (server as unknown as { queryQueue?: unknown }).queryQueue;
  if (!queryQueue) throw new Error("pglite-socket's server has no query queue: cannot connect to PGlite in process");
  return () =>
    new LocalPgStream((end) => {
      const handler = new Handler({ queryQueue: queryQueue as never });
      void handler.attach(end as never);
      return handler;
    });
}
