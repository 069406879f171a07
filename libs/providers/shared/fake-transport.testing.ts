import { HttpTransport, type HttpAnswer, type HttpBody, type HttpPool, type HttpPoolOptions } from '../transport';

/** Test-only: what an adapter sent through a `FakeTransport`. */
export interface SentRequest {
  origin: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** A scripted answer: status, headers and the body in pieces (a piece that is an Error fails the read there). */
export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  pieces?: (string | Uint8Array | Error)[];
}

export type FakeScript = (req: SentRequest) => FakeAnswer | Error;

/** A body over scripted pieces that records how it was released. */
export class FakeBody implements HttpBody {
  released: 'read' | 'discarded' | 'destroyed' | null = null;

  constructor(private readonly pieces: readonly (string | Uint8Array | Error)[]) {}

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    const encoder = new TextEncoder();
    for (const piece of this.pieces) {
      if (this.released !== null) return;
      if (piece instanceof Error) throw piece;
      yield typeof piece === 'string' ? encoder.encode(piece) : piece;
    }
    this.released ??= 'read';
  }

  async text(): Promise<string> {
    const decoder = new TextDecoder();
    let text = '';
    for (const piece of this.pieces) {
      if (piece instanceof Error) throw piece;
      text += typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true });
    }
    text += decoder.decode();
    this.released = 'read';
    return text;
  }

  discard(): void {
    this.released ??= 'discarded';
  }

  destroy(): void {
    this.released ??= 'destroyed';
  }
}

/**
 * Test-only: an `HttpTransport` with no sockets. Each POST is answered by `script` (an Error is a transport
 * failure); it records the pools opened, what was sent, the bodies handed out and which pools were closed.
 */
export class FakeTransport extends HttpTransport {
  readonly pools: { origin: string; options: HttpPoolOptions; closed: boolean }[] = [];
  readonly sent: SentRequest[] = [];
  readonly bodies: FakeBody[] = [];

  constructor(public script: FakeScript = () => ({ status: 200, pieces: ['{}'] })) {
    super();
  }

  pool(origin: string, options: HttpPoolOptions): HttpPool {
    const record = { origin, options, closed: false };
    this.pools.push(record);
    return {
      post: async (path, headers, body, signal): Promise<HttpAnswer> => {
        const req = { origin, path, headers, body };
        this.sent.push(req);
        if (signal.aborted) throw Object.assign(new Error('aborted'), { code: 'ABORT_ERR' });
        const answer = this.script(req);
        if (answer instanceof Error) throw answer;
        const fake = new FakeBody(answer.pieces ?? []);
        this.bodies.push(fake);
        return { status: answer.status ?? 200, headers: answer.headers ?? {}, body: fake };
      },
      close: async () => {
        record.closed = true;
      },
    };
  }
}
