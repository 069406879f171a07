import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Test-only: a loopback HTTP server whose answers each spec scripts, recording what it received. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Script = (req: RecordedRequest, res: ServerResponse) => void;

export interface ScriptedUpstream {
  /** `http://127.0.0.1:<port>/v1` */
  url: string;
  received: RecordedRequest[];
  /** TCP connections accepted so far (connection reuse shows as 1). */
  connections(): number;
  script(next: Script): void;
  close(): Promise<void>;
}

export async function startScriptedUpstream(initial: Script): Promise<ScriptedUpstream> {
  let current = initial;
  let connections = 0;
  const received: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (p: Buffer) => parts.push(p));
    req.on('end', () => {
      const rec = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(parts).toString('utf8') };
      received.push(rec);
      current(rec, res);
    });
  });
  server.on('connection', (socket) => {
    connections++;
    socket.setNoDelay(true);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    received,
    connections: () => connections,
    script: (next) => {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Writes `pieces` one by one with a pause between, so each tends to arrive in its own TCP segment. */
export async function writeSlowly(res: ServerResponse, pieces: Uint8Array[], pauseMs = 5): Promise<void> {
  for (const piece of pieces) {
    res.write(piece);
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  res.end();
}

/** `buf` cut at `offsets` (ascending): the pieces concatenate back to `buf`. */
export function splitAt(buf: Buffer, offsets: readonly number[]): Buffer[] {
  const out: Buffer[] = [];
  let from = 0;
  for (const at of offsets) {
    out.push(buf.subarray(from, at));
    from = at;
  }
  out.push(buf.subarray(from));
  return out;
}

/** Offsets `delta` bytes into the first occurrence of each needle after `from` (so a split lands inside it). */
export function offsetsInside(buf: Buffer, cuts: readonly [needle: string, delta: number, from?: number][]): number[] {
  const offsets = cuts.map(([needle, delta, from = 0]) => {
    const at = buf.indexOf(Buffer.from(needle), from);
    if (at < 0) throw new Error(`fixture lacks ${JSON.stringify(needle)}`);
    return at + delta;
  });
  return [...new Set(offsets)].sort((a, b) => a - b);
}

/** Every byte on its own. */
export function bytewise(buf: Buffer): Buffer[] {
  return Array.from({ length: buf.length }, (_, i) => buf.subarray(i, i + 1));
}
