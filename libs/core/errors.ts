/**
 * Stable error codes of SPEC §3. The HTTP status is part of the contract: one filter in the shell maps
 * a GatewayError to `{"error":{message,type,code,param}}` with this status.
 */
export const ERROR_STATUS = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  policy_denied: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  payload_too_large: 413,
  unsupported_media_type: 415,
  expectation_failed: 417,
  headers_too_large: 431,
  budget_exceeded: 429,
  rate_limited: 429,
  internal_error: 500,
  upstream_error: 502,
  audit_unavailable: 503,
  /** A rate limit applies but its shared store (Redis or PostgreSQL) cannot be reached: refused, fail closed. */
  rate_limit_unavailable: 503,
  classifier_unavailable: 503,
  no_provider_available: 503,
  upstream_timeout: 504,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** OpenAI's `type` field for each status family. */
export function errorType(code: ErrorCode): string {
  const status = ERROR_STATUS[code];
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}

/**
 * An error that crosses layers. `message` MUST NOT contain request content, keys or PII:
 * it is returned to clients and written to logs as is.
 */
export class GatewayError extends Error {
  /** Response headers that go with the error (the decision headers of a denial, SPEC §3). */
  headers: Record<string, string> = {};

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly param: string | null = null,
  ) {
    super(message);
    this.name = 'GatewayError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** The same error, answered with these headers too. */
  withHeaders(headers: Record<string, string>): this {
    this.headers = { ...this.headers, ...headers };
    return this;
  }
}

export interface OpenAIErrorBody {
  error: { message: string; type: string; code: ErrorCode; param: string | null };
}

export function errorBody(err: GatewayError): OpenAIErrorBody {
  return { error: { message: err.message, type: errorType(err.code), code: err.code, param: err.param } };
}
