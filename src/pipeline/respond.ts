import type { Response } from 'express';

/** What the response writers need of a pipeline answer. */
export interface Answered {
  headers: Record<string, string>;
  route: string;
  upstreamMs: number;
}

/** The pipeline's headers on the response; route and upstream time go to the request log and metrics. */
function answered(res: Response, answer: Answered): void {
  res.locals.route = answer.route;
  res.locals.upstreamMs = answer.upstreamMs;
  for (const [k, v] of Object.entries(answer.headers)) res.setHeader(k, v);
}

/** A JSON answer with the pipeline's headers. */
export function writeJson(res: Response, answer: Answered, body: unknown): void {
  answered(res, answer);
  res.status(200).json(body);
}

export const sseData = (data: unknown): string => `data: ${JSON.stringify(data)}\n\n`;

/**
 * Writes server-sent events with back-pressure, and knows whether they arrived. Created before the pipeline
 * runs, so the stream can ask `delivered()` before it records `ok`. When the client goes away the frame
 * iterator is returned, so the producer stops its upstream and records `client_closed`.
 */
export class SseWriter {
  private closed = false;
  private readonly whenClosed: Promise<false>;
  private lastWrite: Promise<boolean> = Promise.resolve(true);

  constructor(private readonly res: Response) {
    this.whenClosed = new Promise((resolve) =>
      res.once('close', () => {
        this.closed = true;
        resolve(false);
      }),
    );
  }

  /** True once everything written so far left this process for a client that is still connected. */
  readonly delivered = async (): Promise<boolean> => (await this.lastWrite) && !this.gone();

  async write(answer: Answered, frames: AsyncIterable<string>): Promise<void> {
    const res = this.res;
    answered(res, answer);
    res.status(200);
    res.setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('x-accel-buffering', 'no');
    res.flushHeaders();
    const it = frames[Symbol.asyncIterator]();
    try {
      for (;;) {
        if (this.gone()) return void (await it.return?.());
        const step = await it.next();
        if (step.done) return;
        if (this.gone()) return void (await it.return?.());
        this.send(step.value);
        if (res.writableNeedDrain) await this.drainedOrClosed();
      }
    } finally {
      if (!res.writableEnded && !this.gone()) res.end();
    }
  }

  private send(frame: string): void {
    // What the gateway adds to a stream is measured up to its first byte (gateway_overhead_seconds).
    this.res.locals.firstByteAt ??= performance.now();
    // A write callback may never fire once the socket is gone, so the close event settles it too.
    const written = new Promise<boolean>((resolve) => this.res.write(frame, (err) => resolve(!err)));
    this.lastWrite = Promise.race([written, this.whenClosed]);
  }

  private gone(): boolean {
    return this.closed || this.res.destroyed || !this.res.socket || this.res.socket.destroyed;
  }

  /** Waits for `drain`, unless the client is already gone (then neither event may ever come). */
  private drainedOrClosed(): Promise<void> {
    if (this.gone()) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.res.off('drain', done);
        this.res.off('close', done);
        resolve();
      };
      this.res.on('drain', done);
      this.res.on('close', done);
    });
  }
}
