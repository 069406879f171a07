import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { rawRequest } from '../support/raw-http';
import { startTestGateway, type TestGateway } from '../support/gateway';

interface ErrorJson {
  error: { message: string; type: string; code: string; param: string | null };
}

function expectShape(json: unknown): ErrorJson['error'] {
  const e = (json as ErrorJson).error;
  expect(e).toEqual({ message: expect.any(String), type: expect.any(String), code: expect.any(String), param: e.param });
  expect(e.param === null || typeof e.param === 'string').toBe(true);
  return e;
}

/**
 * Hostile input: undecodable or unsupported content encodings, bodies nested or sized to exhaust the
 * gateway, wrong methods and broken HTTP framing all get a 4xx in our error shape, never a 5xx.
 */
describe('hostile input', () => {
  let t: TestGateway;
  let key: string;
  let port: number;
  beforeAll(async () => {
    t = await startTestGateway();
    key = t.keys.tenants['demo-us'] as string;
    port = Number(new URL(t.url).port);
  });
  afterAll(() => t.close());

  const chat = (body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
      body,
    });
  async function expectError(res: Response, status: number, code: string): Promise<ErrorJson['error']> {
    expect(res.status).toBe(status);
    const e = expectShape(await res.json());
    expect(e.code).toBe(code);
    return e;
  }
  const hello = JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: 'hello' }] });

  describe('content encodings', () => {
    it.each([
      ['gzip', gzipSync],
      ['deflate', deflateSync],
      ['br', brotliCompressSync],
    ] as const)('accepts a well-formed %s body', async (encoding, compress) => {
      expect((await chat(compress(Buffer.from(hello)), { 'content-encoding': encoding })).status).toBe(200);
    });

    it.each([
      ['gzip', Buffer.from('this is not gzip at all')],
      ['deflate', Buffer.from([0xff, 0x00, 0x13, 0x37, 0x42])],
      ['br', Buffer.from('\u0000\u0001junk junk junk')],
      ['gzip', gzipSync(Buffer.from(hello)).subarray(0, 20)],
    ])('answers junk behind Content-Encoding: %s with 400 invalid_request', async (encoding, body) => {
      const e = await expectError(await chat(body, { 'content-encoding': encoding }), 400, 'invalid_request');
      expect(e.message).toMatch(/Content-Encoding/);
    });

    it.each(['compress', 'x-custom', 'gzip, gzip'])('answers the unsupported Content-Encoding %p with 415', async (encoding) => {
      await expectError(await chat(Buffer.from(hello), { 'content-encoding': encoding }), 415, 'unsupported_media_type');
    });

    it('applies the body limit after decoding (a gzip bomb is a 413)', async () => {
      const bomb = gzipSync(Buffer.from(`{"model":"auto","x":"${'a'.repeat(4 * 1024 * 1024)}"}`));
      expect(bomb.length).toBeLessThan(64 * 1024);
      await expectError(await chat(bomb, { 'content-encoding': 'gzip' }), 413, 'payload_too_large');
    });
  });

  describe('body shape limits', () => {
    const nested = (depth: number): unknown => {
      let v: unknown = 'leaf';
      for (let i = 0; i < depth; i++) v = { a: v };
      return v;
    };

    it('refuses a body nesting deeper than 64 levels, wherever the nesting is', async () => {
      const deep = `${'{"a":'.repeat(10_000)}"leaf"${'}'.repeat(10_000)}`;
      const body = `{"model":"auto","messages":[{"role":"user","content":"hi"}],"x_unknown":${deep}}`;
      const e = await expectError(await chat(body), 400, 'invalid_request');
      expect(e.message).toContain('64 levels');
      // the body is level 1, so 63 objects under a top-level key reach level 64 exactly, and 64 one more
      const at = (depth: number) =>
        JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: 'hi' }], x_unknown: nested(depth) });
      expect((await chat(at(63))).status).toBe(200);
      expect((await expectError(await chat(at(64)), 400, 'invalid_request')).message).toContain('64 levels');
    });

    it('refuses an array of 100,001 elements with 400 naming the limit', async () => {
      const body = `{"model":"auto","messages":[{"role":"user","content":"hi"}],"x_unknown":[${new Array(100_001).fill('0').join(',')}]}`;
      const e = await expectError(await chat(body), 400, 'invalid_request');
      expect(e.message).toContain('100000');
    });

    it('passes a realistic deep tool schema', async () => {
      let schema: Record<string, unknown> = { type: 'string' };
      for (let i = 0; i < 12; i++) schema = { type: 'object', properties: { [`level${i}`]: schema }, required: [`level${i}`] };
      const body = JSON.stringify({
        model: 'auto',
        messages: [{ role: 'user', content: 'call the tool' }],
        tools: [{ type: 'function', function: { name: 'deep', description: 'a deep schema', parameters: schema } }],
      });
      expect((await chat(body)).status).toBe(200);
    });
  });

  describe('methods and paths', () => {
    it.each([
      ['GET', '/v1/chat/completions', 'POST'],
      ['PUT', '/v1/embeddings', 'POST'],
      ['DELETE', '/v1/models', 'GET, HEAD'],
      ['POST', '/v1/models/sim-local%2Fchat', 'GET, HEAD'],
      ['POST', '/healthz', 'GET, HEAD'],
    ])('%s %s -> 405 with Allow: %s', async (method, path, allow) => {
      const res = await fetch(`${t.url}${path}`, { method, headers: { authorization: `Bearer ${key}` } });
      const e = await expectError(res, 405, 'method_not_allowed');
      expect(res.headers.get('allow')).toBe(allow);
      expect(e.type).toBe('invalid_request_error');
    });

    it('still answers 404 for an unknown path and for an unknown object on a known one', async () => {
      await expectError(await fetch(`${t.url}/v1/chat/completion`, { method: 'POST' }), 404, 'not_found');
      const res = await fetch(`${t.url}/v1/models/nope`, { headers: { authorization: `Bearer ${key}` } });
      await expectError(res, 404, 'not_found');
    });

    it('answers a path parameter that is not valid percent-encoding with 400', async () => {
      const res = await fetch(`${t.url}/v1/models/%E0%A4%A`, { headers: { authorization: `Bearer ${key}` } });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expectShape(await res.json());
    });
  });

  describe('HTTP framing', () => {
    it.each([
      ['a header line without a colon', 'GET /healthz HTTP/1.1\r\nHost: x\r\nBroken header line\r\n\r\n', 400, 'invalid_request'],
      ['a garbage request line', 'HELLO THERE\r\n\r\n', 400, 'invalid_request'],
      [
        'a bad chunk size',
        'POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
        400,
        'invalid_request',
      ],
      [
        'Content-Length with Transfer-Encoding',
        'POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
        400,
        'invalid_request',
      ],
      [
        'two Content-Lengths',
        'POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}',
        400,
        'invalid_request',
      ],
      ['headers over the limit', `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers_too_large'],
    ])('answers %s in our error shape and closes', async (_label, payload, status, code) => {
      const reply = await rawRequest(port, payload);
      expect(reply.status).toBe(status);
      expect(reply.headers['content-type']).toMatch(/^application\/json/);
      expect(reply.headers.connection).toBe('close');
      expect(expectShape(JSON.parse(reply.body)).code).toBe(code);
    });

    it('keeps serving after a flood of malformed connections', async () => {
      await Promise.all(Array.from({ length: 50 }, (_, i) => rawRequest(port, `\u0000\u0001${i} nonsense\r\n\r\n`)));
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    });
  });
});
