import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayError } from '@libs/core';
import { parseRawReply, rawRequest } from '../../test/support/raw-http';
import { installProtocolErrorHandlers, rawErrorResponse } from './client-error';

describe('rawErrorResponse', () => {
  it('is a complete HTTP/1.1 response with our error body and Connection: close', () => {
    const text = rawErrorResponse(new GatewayError('headers_too_large', 'Request headers are larger than the gateway accepts.'));
    const reply = parseRawReply(Buffer.from(text, 'utf8'));
    expect(reply.status).toBe(431);
    expect(reply.headers.connection).toBe('close');
    expect(Number(reply.headers['content-length'])).toBe(Buffer.byteLength(reply.body));
    expect(JSON.parse(reply.body)).toEqual({
      error: {
        message: 'Request headers are larger than the gateway accepts.',
        type: 'invalid_request_error',
        code: 'headers_too_large',
        param: null,
      },
    });
  });
});

describe('installProtocolErrorHandlers', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'));
    installProtocolErrorHandlers(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it.each([
    ['GET / HTTP/1.1\r\nno colon here\r\n\r\n', 400, 'invalid_request'],
    [`GET / HTTP/1.1\r\nHost: x\r\nX: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers_too_large'],
  ])('answers %j with %i %s and closes', async (payload, status, code) => {
    const reply = await rawRequest(port, payload);
    expect(reply.status).toBe(status);
    expect((JSON.parse(reply.body) as { error: { code: string } }).error.code).toBe(code);
  });

  it('never quotes the raw packet', async () => {
    const reply = await rawRequest(port, 'GET / HTTP/1.1\r\nsecret-canary-7f3a without colon\r\n\r\n');
    expect(reply.status).toBe(400);
    expect(reply.raw.toString('latin1')).not.toContain('canary');
  });
});
