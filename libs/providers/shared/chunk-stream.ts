import type { ChatCompletionChunk } from '@libs/core';
import { UpstreamError } from '../adapter';
import type { HttpBody } from '../transport';
import { protocolError, toUpstreamError } from './failures';
import { SseDecoder } from './sse-decoder';

/**
 * Turns the `data` of each server-sent event of one upstream's wire format into OpenAI chunks.
 * One instance per stream (it may keep state between events).
 */
export interface EventTranslator {
  /** The event that completes a stream, for the error when the body ends without it (e.g. `[DONE]`). */
  readonly terminator: string;
  /**
   * Handles one event: appends the chunks it yields to `out` and returns true when it completes the
   * stream. Throws `UpstreamError` for a malformed event or an error the upstream reported in the stream.
   */
  accept(data: string, out: ChatCompletionChunk[]): boolean;
}

/**
 * The chunks of one upstream event stream, pulled from the response body on demand (so backpressure
 * reaches the upstream) and translated by `translator`. Single-use. Failures are delivered after the chunks
 * parsed before them, as `UpstreamError`. Ending early (`return()`) destroys the body; after the
 * terminating event the rest of the body is drained in the background so the connection can be reused.
 */
export class ChunkStream implements AsyncIterableIterator<ChatCompletionChunk> {
  private readonly source: AsyncIterator<Uint8Array>;
  private readonly sse = new SseDecoder();
  private readonly events: string[] = [];
  private readonly chunks: ChatCompletionChunk[] = [];
  private head = 0;
  private failure: UpstreamError | null = null;
  private finished = false;

  constructor(
    private readonly body: HttpBody,
    private readonly signal: AbortSignal,
    private readonly translator: EventTranslator,
  ) {
    this.source = body[Symbol.asyncIterator]();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<ChatCompletionChunk, undefined>> {
    for (;;) {
      const chunk = this.chunks[this.head];
      if (chunk !== undefined) {
        this.head++;
        return { done: false, value: chunk };
      }
      if (this.failure !== null) {
        const failure = this.failure;
        this.failure = null;
        throw failure;
      }
      if (this.finished) return { done: true, value: undefined };
      this.chunks.length = 0;
      this.head = 0;
      await this.pull();
    }
  }

  async return(): Promise<IteratorResult<ChatCompletionChunk, undefined>> {
    if (!this.finished) {
      this.finished = true;
      this.body.destroy();
    }
    this.chunks.length = 0;
    this.head = 0;
    this.failure = null;
    return { done: true, value: undefined };
  }

  /** Reads one piece of the body and parses the events it completes. */
  private async pull(): Promise<void> {
    let piece: IteratorResult<Uint8Array>;
    try {
      piece = await this.source.next();
    } catch (err) {
      this.fail(toUpstreamError(err, this.signal));
      return;
    }
    if (this.finished) return; // return() was called while we waited
    const events = this.events;
    if (piece.done) this.sse.end(events);
    else this.sse.push(piece.value, events);
    for (let i = 0; i < events.length && !this.finished; i++) this.accept(events[i] as string);
    events.length = 0;
    if (piece.done && !this.finished) this.fail(protocolError(`an event stream that ended before ${this.translator.terminator}`));
  }

  private accept(data: string): void {
    let complete: boolean;
    try {
      complete = this.translator.accept(data, this.chunks);
    } catch (err) {
      this.fail(err instanceof UpstreamError ? err : protocolError('an event that could not be translated'));
      return;
    }
    if (complete) {
      this.finished = true;
      void this.drain();
    }
  }

  private fail(err: UpstreamError): void {
    this.failure = err;
    if (!this.finished) {
      this.finished = true;
      this.body.destroy();
    }
  }

  /** Reads to the end after the terminating event (normally zero bytes left) so the transport can keep the connection. */
  private async drain(): Promise<void> {
    try {
      for (let r = await this.source.next(); !r.done; r = await this.source.next()) {
        /* discard */
      }
    } catch {
      // the caller already has everything up to the end; a late error only means the socket is not reused
    }
  }
}
