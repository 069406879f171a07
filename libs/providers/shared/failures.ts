import { UpstreamError } from '../adapter';

type HeaderValue = string | string[] | undefined;

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);
const PROTOCOL_CODES = new Set(['UND_ERR_RES_CONTENT_LENGTH_MISMATCH', 'UND_ERR_RES_EXCEEDED_MAX_SIZE', 'UND_ERR_INFO']);
/** Error codes are safe to put in a message; anything else from an error object is not. */
const SAFE_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && SAFE_CODE.test(code) ? code : undefined;
}

/**
 * Classifies a transport failure. An aborted caller signal always wins (it is the per-attempt timeout);
 * the original error's message is never copied (it could quote the response).
 */
export function toUpstreamError(err: unknown, signal: AbortSignal): UpstreamError {
  if (err instanceof UpstreamError) return err;
  if (signal.aborted) return new UpstreamError('timeout', 'upstream call aborted: attempt timeout');
  const code = errorCode(err);
  if (code !== undefined && TIMEOUT_CODES.has(code)) return new UpstreamError('timeout', `upstream timed out (${code})`);
  if (err instanceof SyntaxError || (code !== undefined && (PROTOCOL_CODES.has(code) || code.startsWith('HPE_')))) {
    return new UpstreamError('protocol', `upstream sent a malformed response${code ? ` (${code})` : ''}`);
  }
  return new UpstreamError('network', `upstream connection failed${code ? ` (${code})` : ''}`);
}

export function protocolError(what: string): UpstreamError {
  return new UpstreamError('protocol', `upstream sent ${what}`);
}

function first(v: HeaderValue): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s.trim() === '' ? undefined : s.trim();
}

/**
 * Milliseconds to wait before retrying, from `retry-after-ms` (OpenAI) or `retry-after`
 * (delta-seconds or HTTP-date). Undefined when absent or unparseable; never negative.
 */
export function parseRetryAfterMs(headers: Record<string, HeaderValue>, now: number = Date.now()): number | undefined {
  const ms = first(headers['retry-after-ms']);
  if (ms !== undefined) {
    const n = Number(ms);
    if (Number.isFinite(n) && n >= 0) return Math.round(n);
  }
  const ra = first(headers['retry-after']);
  if (ra === undefined) return undefined;
  const seconds = Number(ra);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.round(seconds * 1000) : undefined;
  const at = Date.parse(ra);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
