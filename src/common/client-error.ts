import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody, GatewayError } from '@libs/core';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large',
};

/** Node's parser and timeout error codes, as ours. Messages are fixed: the raw packet is never quoted. */
function framingError(code: unknown): GatewayError {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return new GatewayError('headers_too_large', 'Request headers are larger than the gateway accepts.');
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return new GatewayError('payload_too_large', 'Chunk extensions are larger than the gateway accepts.');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new GatewayError('request_timeout', 'The request was not received in time.');
    default:
      return new GatewayError('invalid_request', 'Malformed HTTP request.');
  }
}

/** A complete HTTP/1.1 response carrying our error body, for a socket that has no request object. */
export function rawErrorResponse(err: GatewayError): string {
  const body = JSON.stringify(errorBody(err));
  return [
    `HTTP/1.1 ${err.status} ${REASONS[err.status] ?? 'Bad Request'}`,
    ...Object.entries(err.headers).map(([k, v]) => `${k}: ${v}`),
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * The requests Node answers itself, bare, unless told otherwise, answered with our error body and a
 * closed connection instead:
 * - malformed framing (a bad request line, header or chunk, oversized headers, a request timeout), as
 *   Node's default 'clientError' handler would (400/408/413/431). Like that default, nothing is written
 *   once a response on this socket has started (that would corrupt it for the peer);
 * - CONNECT, which Node would drop without a word: 405, this is not a proxy;
 * - an `Expect` other than 100-continue: 417.
 */
export function installProtocolErrorHandlers(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    answerAndClose(socket, framingError(err.code));
  });
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    answerAndClose(
      socket,
      new GatewayError('method_not_allowed', 'CONNECT is not supported: this is not a proxy.').withHeaders({ Allow: 'GET, HEAD, POST' }),
    );
  });
  server.on('checkExpectation', (_req: IncomingMessage, res: ServerResponse) => {
    const body = JSON.stringify(errorBody(new GatewayError('expectation_failed', 'Only Expect: 100-continue is supported.')));
    res.writeHead(417, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      connection: 'close',
    });
    res.end(body);
  });
}

function answerAndClose(socket: Duplex, err: GatewayError): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  socket.end(rawErrorResponse(err));
}
