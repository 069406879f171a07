import type { IncomingHttpHeaders } from 'node:http';

/**
 * Which upstream API a simulator speaks:
 * - `openai`: `/v1/chat/completions`, `/v1/embeddings`, `GET /v1/models` (no auth checked);
 * - `anthropic`: `POST /v1/messages` (needs `x-api-key` and `anthropic-version`), `GET /v1/models`;
 * - `azure`: `POST /openai/deployments/{deployment}/chat/completions|embeddings?api-version=…` (needs `api-key`).
 */
export type SimulatorWire = 'openai' | 'anthropic' | 'azure';

export type Route =
  | { kind: 'chat'; deployment?: string }
  | { kind: 'embeddings'; deployment?: string }
  | { kind: 'models' }
  | { kind: 'error'; status: number; body: unknown };

/** An error body in the wire's own shape. */
export function wireError(wire: SimulatorWire, status: number, code: string, message: string): unknown {
  if (wire === 'anthropic') return { type: 'error', error: { type: code, message } };
  if (wire === 'azure') return { error: { code, message } };
  const type = status >= 500 ? 'server_error' : 'invalid_request_error';
  return { error: { message, type, code, param: null } };
}

const reject = (wire: SimulatorWire, status: number, code: string, message: string): Route => ({
  kind: 'error',
  status,
  body: wireError(wire, status, code, message),
});

const notFound = (wire: SimulatorWire): Route =>
  reject(wire, 404, wire === 'anthropic' ? 'not_found_error' : wire === 'azure' ? '404' : 'not_found', 'unknown endpoint');

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s === '' ? undefined : s;
}

/** The key is checked only for presence, or for equality when the simulator was given one. */
const keyOk = (given: string | undefined, expected: string | undefined): boolean =>
  given !== undefined && (expected === undefined || given === expected);

const AZURE_PATH = /^\/openai\/deployments\/([^/]+)\/(chat\/completions|embeddings)$/;

/** Resolves method, path, query and headers to what the simulator does, as the real API would. */
export function route(wire: SimulatorWire, method: string, url: string, headers: IncomingHttpHeaders, apiKey?: string): Route {
  const parsed = new URL(url, 'http://sim');
  const path = parsed.pathname;
  if (wire === 'openai') {
    if (method === 'GET' && path === '/v1/models') return { kind: 'models' };
    if (method === 'POST' && path === '/v1/chat/completions') return { kind: 'chat' };
    if (method === 'POST' && path === '/v1/embeddings') return { kind: 'embeddings' };
    return notFound(wire);
  }
  if (wire === 'anthropic') {
    const isMessages = method === 'POST' && path === '/v1/messages';
    if (!isMessages && !(method === 'GET' && path === '/v1/models')) return notFound(wire);
    if (!keyOk(header(headers, 'x-api-key'), apiKey)) {
      return reject(wire, 401, 'authentication_error', apiKey === undefined ? 'x-api-key header is required' : 'invalid x-api-key');
    }
    if (header(headers, 'anthropic-version') === undefined) {
      return reject(wire, 400, 'invalid_request_error', 'anthropic-version: header is required');
    }
    return isMessages ? { kind: 'chat' } : { kind: 'models' };
  }
  const m = method === 'POST' ? AZURE_PATH.exec(path) : null;
  if (m === null) return notFound(wire);
  if (!keyOk(header(headers, 'api-key'), apiKey)) {
    return reject(wire, 401, '401', 'Access denied due to invalid subscription key or wrong API endpoint.');
  }
  if (!parsed.searchParams.get('api-version')) {
    return reject(wire, 400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
  }
  const deployment = decode(m[1] as string);
  if (deployment === undefined) return notFound(wire);
  return m[2] === 'embeddings' ? { kind: 'embeddings', deployment } : { kind: 'chat', deployment };
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
