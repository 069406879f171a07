import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import type { Rng } from './random';

/** A request sent through node:http (a keep-alive agent), so its framing is valid. */
export interface HttpCase {
  kind: 'http';
  category: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** Bytes written to a fresh TCP connection as they are. */
export interface RawCase {
  kind: 'raw';
  category: string;
  payload: Buffer;
  /** End our side after writing (a client that has nothing more to send). */
  halfClose: boolean;
  /**
   * Whether the gateway must answer. It need not when nothing but blank lines was sent, or when the client
   * half-closed after a complete request head (Node treats that client as gone and aborts its request).
   */
  answerRequired: boolean;
}

export type FuzzCase = HttpCase | RawCase;

export interface FuzzKeys {
  tenant: string;
  compliance: string;
  admin: string;
}

/** Appears in every generated body: the gateway's log must never contain it. */
export const CANARY = 'fzcanary7q2x';

const POST_PATHS = ['/v1/chat/completions', '/v1/embeddings', '/v1/responses', '/v1/classify', '/v1/analyze'];
const GET_PATHS = [
  '/v1/models',
  '/v1/models/sim-local/chat',
  '/v1/models/auto',
  '/healthz',
  '/readyz',
  '/metrics',
  '/v1/audit/public-key',
  '/v1/audit/checkpoint?tenant=demo-us',
  '/v1/audit/entries?tenant=demo-us',
  '/v1/audit/entries/0/proof?tenant=demo-us&tree_size=1',
  '/admin/providers/health',
];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'PURGE'];
const ROLES = ['system', 'developer', 'user', 'assistant', 'tool', 'wizard', '', 'USER'];
const MODELS = [
  'auto',
  'gpt-4o-mini',
  'support-chat',
  'sim-local/chat',
  'sim-us-cheap/chat',
  'sim-eu/embed',
  'nope/none',
  '',
  'a'.repeat(300),
];
const TEXTS = [
  'hello there',
  `plain ${CANARY} text`,
  `mail ${CANARY}@example.com please`,
  'patient John Smith, MRN 12345678, diagnosed with E11.9, metformin 500 mg',
  'card 4111 1111 1111 1111 exp 12/30',
  'key AKIA4QZ7M2XR5TBN3KWP',
  'he\u200bllo \u202eworld\u202c \ufeff',
  '\u0000\u0001\u0002 control',
  '\ud83d\ude00 emoji \u{1f469}\u200d\u{1f4bb}',
  'Ｆｕｌｌｗｉｄｔｈ ０１２３',
  '\ud800 lone high surrogate',
  'x'.repeat(5000),
  '%41%42 &amp; &#x41; SGVsbG8gd29ybGQ=',
  'refund complaint chargeback',
];

function scalar(r: Rng): unknown {
  return r.pick<unknown>([
    null,
    true,
    false,
    0,
    -1,
    1.5,
    2 ** 53 + 1,
    -(2 ** 63),
    1e308,
    Number.MAX_SAFE_INTEGER,
    '',
    'str',
    r.pick(TEXTS),
    '\u0000',
    '9'.repeat(400),
  ]);
}

/** An arbitrary JSON value of bounded size. */
function value(r: Rng, depth = 0): unknown {
  const k = depth > 3 ? 0 : r.int(0, 3);
  if (k === 0 || k === 1) return scalar(r);
  if (k === 2) return Array.from({ length: r.int(0, 4) }, () => value(r, depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = r.int(0, 4); i > 0; i--)
    o[r.pick(['type', 'text', 'content', 'role', 'name', 'x', '__proto__', 'constructor', ''])] = value(r, depth + 1);
  return o;
}

function message(r: Rng): unknown {
  if (r.chance(0.1)) return value(r);
  const m: Record<string, unknown> = { role: r.chance(0.8) ? 'user' : r.pick(ROLES) };
  const c = r.int(0, 9);
  m.content =
    c < 6
      ? r.pick(TEXTS)
      : c === 6
        ? [
            { type: 'text', text: r.pick(TEXTS) },
            { type: r.pick(['image_url', 'input_audio', 'file', 'text']), image_url: { url: 'data:image/png;base64,AAAA' } },
          ]
        : c === 7
          ? null
          : value(r);
  if (r.chance(0.1)) m.name = r.chance(0.5) ? 'n'.repeat(r.int(1, 300)) : value(r);
  if (r.chance(0.05))
    m.tool_calls = [{ id: 'c1', type: 'function', function: { name: 'f', arguments: r.chance(0.5) ? '{"a":1}' : '{bad json' } }];
  return m;
}

/** A request body for one of the POST endpoints, mostly near-valid with one or two fields mutated. */
function body(r: Rng, path: string): Record<string, unknown> {
  const msgs = () => Array.from({ length: r.int(1, 3) }, () => message(r));
  let b: Record<string, unknown>;
  if (path === '/v1/embeddings')
    b = { model: r.pick(['sim-local/embed', 'auto', 'sim-eu/embed']), input: r.chance(0.7) ? r.pick(TEXTS) : [r.pick(TEXTS), value(r)] };
  else if (path === '/v1/responses')
    b = { model: r.pick(MODELS), input: r.chance(0.6) ? r.pick(TEXTS) : msgs(), instructions: r.chance(0.3) ? r.pick(TEXTS) : undefined };
  else if (path === '/v1/analyze')
    b = { text: r.pick(TEXTS), language: r.pick(['en', 'de', 'x', undefined]), score_threshold: r.pick([0.5, 2, -1, undefined]) };
  else if (path === '/v1/classify') b = { messages: msgs() };
  else b = { model: r.chance(0.7) ? 'auto' : r.pick(MODELS), messages: msgs() };
  const extras: Array<[string, () => unknown]> = [
    ['stream', () => r.pick([true, false, 'yes', 1, null])],
    ['stream_options', () => r.pick([{ include_usage: true }, { include_usage: 'x' }, null, 5])],
    ['max_tokens', () => r.pick([1, 16, 0, -5, 1.5, 1e400, 2 ** 31, '10', null])],
    ['temperature', () => r.pick([0, 1, 2.5, -1, 1e-300, null, 'hot'])],
    ['top_p', () => r.pick([0.5, 7, null])],
    ['n', () => r.pick([1, 2, 0, null])],
    [
      'response_format',
      () =>
        r.pick([
          { type: 'json_object' },
          { type: 'json_schema', json_schema: { name: 's', schema: { type: 'object' } } },
          { type: 'yaml' },
          'json',
        ]),
    ],
    [
      'tools',
      () =>
        r.pick([
          [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: { a: { type: 'string' } } } } }],
          [],
          'tools',
          [{}],
        ]),
    ],
    ['tool_choice', () => r.pick(['auto', 'none', { type: 'function', function: { name: 'f' } }, 5])],
    ['user', () => r.pick(TEXTS)],
    ['metadata', () => value(r)],
    ['stop', () => r.pick([['\n'], 'STOP', 5, [null]])],
    ['logprobs', () => r.pick([true, 'x'])],
    ['seed', () => r.pick([1, 1e400, -1])],
  ];
  for (let i = r.int(0, 3); i > 0; i--) {
    const [k, v] = r.pick(extras);
    b[k] = v();
  }
  if (r.chance(0.1)) delete b[r.pick(Object.keys(b))];
  return b;
}

const text = (s: string) => Buffer.from(s, 'utf8');

function deep(r: Rng, depth: number): string {
  const open = r.chance(0.5) ? '[' : '{"k":';
  const close = open === '[' ? ']' : '}';
  return `${open.repeat(depth)}${r.pick(['1', '"s"', 'null', '[]', '{}'])}${close.repeat(depth)}`;
}

function jsonWithDuplicates(r: Rng, b: Record<string, unknown>): string {
  const s = JSON.stringify(b);
  const dup = r.pick([
    `"model":${JSON.stringify(r.pick(MODELS))}`,
    `"messages":${JSON.stringify([message(r)])}`,
    `"stream":true`,
    `"__proto__":{"admin":true}`,
    `"constructor":{"prototype":{"x":1}}`,
  ]);
  return r.chance(0.5) ? `{${dup},${s.slice(1)}` : `${s.slice(0, -1)},${dup}}`;
}

/** Bytes that are not valid UTF-8: lone continuation bytes, overlong forms, surrogates, 0xFE/0xFF. */
function invalidUtf8(r: Rng): Buffer {
  return r.pick([
    Buffer.from([0x80]),
    Buffer.from([0xc0, 0xaf]),
    Buffer.from([0xed, 0xa0, 0x80]),
    Buffer.from([0xff, 0xfe]),
    Buffer.from([0xf4, 0x90, 0x80, 0x80]),
    Buffer.from([0xe2, 0x82]),
  ]);
}

function auth(r: Rng, keys: FuzzKeys): Record<string, string> {
  const k = r.int(0, 19);
  if (k < 15) return { authorization: `Bearer ${keys.tenant}` };
  if (k === 15) return { authorization: `Bearer ${keys.compliance}` };
  if (k === 16) return {};
  if (k === 17) return { authorization: `Bearer ${keys.tenant.slice(0, -2)}zz` };
  if (k === 18)
    return { authorization: r.pick(['Bearer', 'Basic Zm9vOmJhcg==', 'Bearer gw_x_y', `Bearer ${'a'.repeat(5000)}`, 'bearer  ']) };
  return { authorization: `Bearer ${keys.admin}` };
}

type Gen = (r: Rng, keys: FuzzKeys) => FuzzCase;

const json = { 'content-type': 'application/json' };

/** Category generators. Each returns one case; the mix is fixed by WEIGHTS below. */
const GENERATORS: Record<string, Gen> = {
  types(r, keys) {
    const path = r.pick(POST_PATHS);
    return {
      kind: 'http',
      category: 'types',
      method: 'POST',
      path,
      headers: { ...json, ...auth(r, keys) },
      body: text(JSON.stringify(body(r, path))),
    };
  },
  valid(r, keys) {
    const stream = r.chance(0.3);
    const b = { model: 'auto', stream, messages: [{ role: 'user', content: `${r.pick(TEXTS.slice(0, 5))} #${r.int(0, 1e6)}` }] };
    return {
      kind: 'http',
      category: 'valid',
      method: 'POST',
      path: '/v1/chat/completions',
      headers: { ...json, authorization: `Bearer ${keys.tenant}` },
      body: text(JSON.stringify(b)),
    };
  },
  encodings(r, keys) {
    const path = r.pick(POST_PATHS);
    const plain = text(JSON.stringify(body(r, path)));
    const enc = r.pick(['gzip', 'deflate', 'br', 'identity', 'GZIP', 'gzip, br', 'compress', 'zstd', 'x-junk', '', 'deflate ']);
    const compressors: Record<string, (b: Buffer) => Buffer> = {
      gzip: gzipSync,
      deflate: r.chance(0.3) ? deflateRawSync : deflateSync,
      br: brotliCompressSync,
    };
    const c = compressors[enc.trim().toLowerCase()];
    let payload: Buffer = c ? c(plain) : plain;
    const mode = r.int(0, 5);
    if (mode === 0) payload = r.bytes(r.int(0, 200));
    else if (mode === 1) payload = payload.subarray(0, r.int(0, payload.length));
    else if (mode === 2) payload = Buffer.concat([payload, r.bytes(r.int(1, 30))]);
    else if (mode === 3 && c) payload = c(payload);
    else if (mode === 4) payload = r.pick([gzipSync, deflateSync, brotliCompressSync])(plain); // a different encoding than declared
    return {
      kind: 'http',
      category: 'encodings',
      method: 'POST',
      path,
      headers: { ...json, 'content-encoding': enc, ...auth(r, keys) },
      body: payload,
    };
  },
  nesting(r, keys) {
    const path = r.pick(POST_PATHS);
    const d = r.pick([8, 32, 62, 63, 64, 65, 100, 1000, r.int(1, 20_000)]);
    const where = r.int(0, 3);
    let s: string;
    if (where === 0) s = deep(r, d);
    else if (where === 1) s = `{"model":"auto","messages":[{"role":"user","content":"hi"}],"x_unknown":${deep(r, d)}}`;
    else if (where === 2) s = `{"model":"auto","messages":[{"role":"user","content":${deep(r, d)}}]}`;
    else
      s = `{"model":"auto","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","parameters":${deep(r, d)}}}]}`;
    return { kind: 'http', category: 'nesting', method: 'POST', path, headers: { ...json, ...auth(r, keys) }, body: text(s) };
  },
  breadth(r, keys) {
    const n = r.chance(0.1) ? 99_990 : r.pick([1000, 100_001, 150_000]); // 99,990 passes and is classified: rarely
    const inner = r.chance(0.5) ? new Array<string>(n).fill('0').join(',') : Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',');
    const wrapped = inner.startsWith('"') ? `{${inner}}` : `[${inner}]`;
    const s = `{"model":"auto","messages":[{"role":"user","content":"hi"}],"metadata":${wrapped}}`;
    return {
      kind: 'http',
      category: 'breadth',
      method: 'POST',
      path: '/v1/chat/completions',
      headers: { ...json, ...auth(r, keys) },
      body: text(s),
    };
  },
  sizes(r, keys) {
    const size = r.pick([0, 1, 2, 1000, 1024 * 1024 - 200, 1024 * 1024, 1024 * 1024 + 1, 2 * 1024 * 1024]);
    const pad = Math.max(0, size - 60);
    // Classifying a whole megabyte takes the gateway seconds of CPU, which is load, not hostility: most big
    // bodies carry a wrong-typed model, so they are read, bounded and refused, and a few go all the way.
    const model = size > 100_000 && !r.chance(0.05) ? '4200000' : '"auto"';
    const s = size < 60 ? '{}'.slice(0, size) : `{"model":${model},"messages":[{"role":"user","content":"${'a'.repeat(pad)}"}]}`;
    return {
      kind: 'http',
      category: 'sizes',
      method: 'POST',
      path: r.pick(POST_PATHS),
      headers: { ...json, ...auth(r, keys) },
      body: text(s),
    };
  },
  unicode(r, keys) {
    const path = r.pick(POST_PATHS);
    const s = JSON.stringify(body(r, path));
    const cut = r.int(1, s.length - 1);
    let payload: Buffer;
    const k = r.int(0, 3);
    if (k === 0) payload = Buffer.concat([text(s.slice(0, cut)), invalidUtf8(r), text(s.slice(cut))]);
    else if (k === 1)
      payload = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text(s)]); // a BOM
    else if (k === 2) payload = Buffer.from(s, 'utf16le');
    else payload = text(s.replace(/"hi"|"hello there"/g, '"\\ud800\\udc00\\udbff \\u0000 \\ufffe"'));
    return { kind: 'http', category: 'unicode', method: 'POST', path, headers: { ...json, ...auth(r, keys) }, body: payload };
  },
  numbers(r, keys) {
    const n = r.pick([
      '1e400',
      '-1e400',
      '1'.repeat(500),
      '0.' + '0'.repeat(400) + '1',
      '-0',
      '1E+999999999',
      '123456789012345678901234567890',
    ]);
    const field = r.pick(['max_tokens', 'temperature', 'top_p', 'n', 'seed', 'x']);
    const s = `{"model":"auto","messages":[{"role":"user","content":"hi"}],"${field}":${n}}`;
    return {
      kind: 'http',
      category: 'numbers',
      method: 'POST',
      path: r.pick(['/v1/chat/completions', '/v1/responses']),
      headers: { ...json, ...auth(r, keys) },
      body: text(s),
    };
  },
  duplicates(r, keys) {
    const path = r.pick(POST_PATHS);
    return {
      kind: 'http',
      category: 'duplicates',
      method: 'POST',
      path,
      headers: { ...json, ...auth(r, keys) },
      body: text(jsonWithDuplicates(r, body(r, path))),
    };
  },
  contentTypes(r, keys) {
    const path = r.pick(POST_PATHS);
    const ct = r.pick([
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=xyz',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/json; charset=bogus-9',
      'application/json; charset="utf-8"',
      'application/vnd.api+json',
      'application/json;;;',
      'json',
      '*/*',
      '',
    ]);
    const headers: Record<string, string> = { ...auth(r, keys) };
    if (ct !== '') headers['content-type'] = ct;
    return { kind: 'http', category: 'content-types', method: 'POST', path, headers, body: text(JSON.stringify(body(r, path))) };
  },
  truncated(r, keys) {
    const path = r.pick(POST_PATHS);
    const s = JSON.stringify(body(r, path));
    return {
      kind: 'http',
      category: 'truncated',
      method: 'POST',
      path,
      headers: { ...json, ...auth(r, keys) },
      body: text(s.slice(0, r.int(0, s.length - 1))),
    };
  },
  methods(r, keys) {
    const path = r.chance(0.7)
      ? r.pick([...POST_PATHS, ...GET_PATHS])
      : r.pick([
          '/',
          '/v1',
          '/v1/',
          '//v1//chat//completions',
          '/v1/chat/completions/',
          '/V1/CHAT/COMPLETIONS',
          '/v1/chat/completions/../../metrics',
          '/v1/models/%E0%A4%A',
          '/v1/models/%00',
          '/v1/models/' + 'x'.repeat(4000),
          '/v1/audit/entries/-1/proof?tree_size=abc&tenant=demo-us',
          '/v1/audit/entries/1e400/proof?tenant=demo-us',
          '/v1/audit/entries?tenant=demo-us&from=notatime&to=2999-99-99',
          '/v1/audit/entries?tenant[]=demo-us&kind[x]=1',
          '/v1/audit/entries?tenant=demo-us&limit=-5&after=1e400',
          '/v1/audit/export?tenant=demo-us&format=xml',
          '/v1/audit/checkpoint?tenant=../../etc',
          '/admin/tenants/%2e%2e',
          '/admin/keys?tenant=%ff',
          '/metrics?format=openmetrics',
          '/healthz?x=%zz',
          '/*',
          '/.env',
        ]);
    const method = r.pick(METHODS);
    const headers = { ...auth(r, keys), ...(method === 'POST' || method === 'PUT' || method === 'PATCH' ? json : {}) };
    return {
      kind: 'http',
      category: 'methods',
      method,
      path,
      headers,
      body: headers['content-type'] ? text(JSON.stringify(body(r, '/v1/chat/completions'))) : undefined,
    };
  },
  headers(r, keys) {
    const h: Record<string, string> = { ...json, ...auth(r, keys) };
    const k = r.int(0, 6);
    if (k === 0) h['x-gateway-data-class'] = r.pick(['public', 'restricted', 'secret', '', 'PUBLIC', 'public, restricted']);
    else if (k === 1) h['x-gateway-workload'] = r.pick(['chat', 'code', 'nope', '']);
    else if (k === 2) h['x-gateway-priority'] = r.pick(['interactive', 'background', 'urgent']);
    else if (k === 3) h['x-request-id'] = r.pick(['ok-id', 'a'.repeat(500), 'bad id with spaces', '../../x', '']);
    else if (k === 4) h['x-big'] = 'b'.repeat(r.pick([1000, 8000, 15_000]));
    else if (k === 5) for (let i = 0; i < r.int(10, 300); i++) h[`x-h${i}`] = String(i);
    else h.accept = r.pick(['text/event-stream', 'application/xml', '*/*', '']);
    return {
      kind: 'http',
      category: 'headers',
      method: 'POST',
      path: r.pick(POST_PATHS),
      headers: h,
      body: text(JSON.stringify(body(r, '/v1/chat/completions'))),
    };
  },
  framing(r, keys) {
    const b = JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: `framing ${CANARY}` }] });
    const a = `Authorization: Bearer ${keys.tenant}\r\n`;
    const req = (head: string, rest = '') => `${head}\r\nHost: 127.0.0.1\r\n${a}Content-Type: application/json\r\n${rest}`;
    const p = r.pick<() => string | Buffer>([
      () => 'GARBAGE\r\n\r\n',
      () => '\r\n\r\n\r\n',
      () => 'GET\r\n\r\n',
      () => 'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
      () => 'GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n',
      () => 'GET /healthz HTTP/1.1\nHost: x\n\n',
      () => 'GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n',
      () => 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-Fold: a\r\n folded\r\n\r\n',
      () => 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-Nul: a\u0000b\r\n\r\n',
      () => 'GET /healthz HTTP/1.1\r\nHost: x\r\n: empty-name\r\n\r\n',
      () => `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      () => `GET /${'p'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      () => req('POST /v1/chat/completions HTTP/1.1', `Content-Length: ${b.length}\r\nTransfer-Encoding: chunked\r\n\r\n${b}`),
      () => req('POST /v1/chat/completions HTTP/1.1', `Content-Length: 5\r\nContent-Length: 6\r\n\r\n${b}`),
      () => req('POST /v1/chat/completions HTTP/1.1', `Content-Length: -1\r\n\r\n${b}`),
      () => req('POST /v1/chat/completions HTTP/1.1', `Content-Length: abc\r\n\r\n${b}`),
      () => req('POST /v1/chat/completions HTTP/1.1', `Content-Length: 99999999999999999999\r\n\r\n${b}`),
      () => req('POST /v1/chat/completions HTTP/1.1', `Transfer-Encoding: chunked\r\n\r\nzz\r\n${b}\r\n0\r\n\r\n`),
      () =>
        req(
          'POST /v1/chat/completions HTTP/1.1',
          `Transfer-Encoding: chunked\r\n\r\n${b.length.toString(16)};${'e'.repeat(20_000)}\r\n${b}\r\n0\r\n\r\n`,
        ),
      () => req('POST /v1/chat/completions HTTP/1.1', `Transfer-Encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n`),
      () => req('POST /v1/chat/completions HTTP/1.1', `Transfer-Encoding: identity\r\n\r\n${b}`),
      () => req('POST /v1/chat/completions HTTP/1.1', `Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`),
      () =>
        req(
          'POST /v1/chat/completions HTTP/1.1',
          `Connection: close\r\nTransfer-Encoding: chunked\r\n\r\n${b.length.toString(16)}\r\n${b}\r\n0\r\n\r\n`,
        ),
      () =>
        req('POST /v1/chat/completions HTTP/1.1', `Connection: close\r\nExpect: 100-continue\r\nContent-Length: ${b.length}\r\n\r\n${b}`),
      () => req('POST /v1/chat/completions HTTP/1.1', `Connection: close\r\nExpect: 999-nope\r\nContent-Length: ${b.length}\r\n\r\n${b}`),
      () =>
        req(
          'GET /healthz HTTP/1.1',
          'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
        ),
      () => 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n',
      () => 'GET http://evil.example/healthz HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n',
      () => 'GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      () => 'GET /healthz HTTP/1.0\r\n\r\n',
      () => 'GET /healthz\r\n\r\n',
      () =>
        req(
          'POST /v1/chat/completions HTTP/1.1',
          `Content-Length: ${b.length}\r\n\r\n${b}GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
        ),
      () => req('POST /v1/chat/completions HTTP/1.1', `Content-Length: ${b.length}\r\n\r\n${b}NOT HTTP AT ALL\r\n\r\n`),
      () => Buffer.concat([Buffer.from('GET /he'), r.bytes(40), Buffer.from(' HTTP/1.1\r\n\r\n')]),
      () => Buffer.concat([r.bytes(r.int(1, 500)), Buffer.from('\r\n\r\n')]),
      () => Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03]), // a TLS ClientHello
      () => 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', // the HTTP/2 preface
    ])();
    const payload = typeof p === 'string' ? Buffer.from(p, 'latin1') : p;
    const blank = /^[\r\n]*$/.test(payload.toString('latin1'));
    const halfClose = r.chance(0.5) || blank; // blank lines alone are no request: Node waits for one, so we hang up
    const head = payload.includes('\r\n\r\n') || payload.includes('\n\n');
    return { kind: 'raw', category: 'framing', payload, halfClose, answerRequired: !blank && !(halfClose && head) };
  },
  /** Declared lengths that the bytes never reach, and a client that stops sending. */
  cutOff(r, keys) {
    const b = JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: `cut ${CANARY}` }] });
    const sent = b.slice(0, r.int(0, b.length - 1));
    const head = r.chance(0.5)
      ? `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${keys.tenant}\r\nContent-Type: application/json\r\nContent-Length: ${b.length}\r\n\r\n${sent}`
      : `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${keys.tenant}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${b.length.toString(16)}\r\n${sent}`;
    const p = r.chance(0.2) ? head.slice(0, r.int(1, head.indexOf('\r\n\r\n'))) : head;
    return { kind: 'raw', category: 'cut-off', payload: Buffer.from(p, 'latin1'), halfClose: true, answerRequired: false };
  },
};

const WEIGHTS: Array<[keyof typeof GENERATORS, number]> = [
  ['types', 20],
  ['valid', 3],
  ['encodings', 10],
  ['nesting', 6],
  ['breadth', 1],
  ['sizes', 3],
  ['unicode', 8],
  ['numbers', 5],
  ['duplicates', 6],
  ['contentTypes', 6],
  ['truncated', 5],
  ['methods', 8],
  ['headers', 5],
  ['framing', 7],
  ['cutOff', 2],
];

/** `count` cases from `seed`, the same list on every run. */
export function generateCases(r: Rng, count: number, keys: FuzzKeys): FuzzCase[] {
  const total = WEIGHTS.reduce((s, [, w]) => s + w, 0);
  const out: FuzzCase[] = [];
  for (let i = 0; i < count; i++) {
    let x = r.next() * total;
    let gen = WEIGHTS[0]?.[0] ?? 'types';
    for (const [name, w] of WEIGHTS) {
      if (x < w) {
        gen = name;
        break;
      }
      x -= w;
    }
    out.push(GENERATORS[gen]!(r, keys));
  }
  return out;
}
