import { connect } from 'node:net';

export interface RawReply {
  /** Status of the first response on the connection; null when the server closed without answering. */
  status: number | null;
  headers: Record<string, string>;
  /** Body of the first response (Content-Length framed), as text. */
  body: string;
  /** Every byte the server sent before closing. */
  raw: Buffer;
}

/**
 * Parses the first final (non-1xx) HTTP/1.1 response in `raw`. Content-Length framing only, which is all
 * the gateway's errors use; `complete` says whether its whole body has arrived.
 */
export function parseRawReply(raw: Buffer): RawReply & { complete: boolean } {
  let text = raw.toString('latin1');
  let offset = 0;
  for (;;) {
    const m = /^HTTP\/1\.[01] (\d{3})[^\r\n]*\r\n/.exec(text);
    const end = text.indexOf('\r\n\r\n');
    if (!m || end < 0) return { status: null, headers: {}, body: '', raw, complete: false };
    const status = Number(m[1]);
    if (status >= 100 && status < 200) {
      offset += end + 4; // an interim response (100 Continue): the final one follows
      text = text.slice(end + 4);
      continue;
    }
    const headers: Record<string, string> = {};
    for (const line of text.slice(0, end).split('\r\n').slice(1)) {
      const i = line.indexOf(':');
      if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    const start = offset + end + 4;
    const len = Number(headers['content-length'] ?? NaN);
    const bodyBytes = Number.isFinite(len) ? raw.subarray(start, start + len) : raw.subarray(start);
    return { status, headers, body: bodyBytes.toString('utf8'), raw, complete: Number.isFinite(len) && bodyBytes.length === len };
  }
}

/**
 * Writes `payload` to a fresh TCP connection and collects what comes back until the first response is
 * complete, the server closes, or `idleMs` pass without a byte (a request the server still waits on).
 * `halfClose` ends our side after writing, as a client that has nothing more to send.
 */
export function rawRequest(
  port: number,
  payload: Buffer | string,
  opts: { idleMs?: number; halfClose?: boolean; host?: string } = {},
): Promise<RawReply> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect({ port, host: opts.host ?? '127.0.0.1', allowHalfOpen: true });
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      const { complete: _complete, ...reply } = parseRawReply(Buffer.concat(chunks));
      resolve(reply);
    };
    socket.setTimeout(opts.idleMs ?? 3000, finish);
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      if (parseRawReply(Buffer.concat(chunks)).complete) finish();
    });
    socket.on('end', finish);
    socket.on('close', finish);
    socket.on('error', finish);
    socket.on('connect', () => {
      socket.write(payload);
      if (opts.halfClose) socket.end();
    });
  });
}
