/**
 * The port through which adapters reach the network. Libs stay pure: the adapters build requests and
 * parse answers; the sockets live in an implementation in `src/` (undici), injected where adapters are
 * created (`createAdapter(target, transport)`). Specs use a fake.
 */

/** Connection-pool settings an adapter passes through to its transport. */
export interface HttpPoolOptions {
  /** Max sockets to the origin (default 64). */
  connections?: number;
  /** Idle keep-alive in ms when the upstream gives no hint (default 10 s). */
  keepAliveTimeoutMs?: number;
  /** How long `close()` waits for calls in flight before destroying them (default 1 s). */
  closeGraceMs?: number;
}

/**
 * The body of one answer, read at most once.
 *
 * Invariants:
 * - Iterating yields the raw bytes as they arrive (backpressure reaches the upstream); a transport
 *   failure rejects the iterator's `next()` (or `text()`), it is never thrown asynchronously elsewhere.
 * - `destroy()` and `discard()` are idempotent and never throw; after either the body MUST NOT be read.
 */
export interface HttpBody extends AsyncIterable<Uint8Array> {
  /** The whole body as UTF-8 text. */
  text(): Promise<string>;
  /** Releases an unwanted body: a small rest SHOULD be read to the end so the connection is reused, a big one destroyed. */
  discard(): void;
  /** Stops reading now; the connection is not reused. */
  destroy(): void;
}

/** An answer whose status line and headers have arrived. */
export interface HttpAnswer {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string | string[] | undefined>;
  body: HttpBody;
}

/** One origin's keep-alive connections. */
export interface HttpPool {
  /**
   * Sends `body` with `method` POST to `path` (path and query, origin excluded) and resolves once the
   * status line and headers have arrived, whatever the status. Rejects for a failure before that (refused,
   * reset, timed out, aborted by `signal`); the rejection SHOULD carry the error `code` (`ECONNRESET`,
   * `UND_ERR_HEADERS_TIMEOUT`, …) that `toUpstreamError` classifies, and its message is never shown.
   */
  post(path: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<HttpAnswer>;
  /** Closes idle connections, waits up to `closeGraceMs` for calls in flight, then destroys the rest. Idempotent. */
  close(): Promise<void>;
}

/**
 * Opens connection pools. An abstract class so it can serve as a Nest injection token.
 * `origin` is `scheme://host[:port]` (already validated as http or https).
 */
export abstract class HttpTransport {
  abstract pool(origin: string, options: HttpPoolOptions): HttpPool;
}
