import { GatewayError } from '@libs/core';
import { UpstreamError } from '@libs/providers';
import { RouteExhaustedError, type Attempt, type Classification } from '@libs/routing';

/**
 * The client closed its connection: the attempt was aborted on its behalf. Not the provider's fault (the
 * breaker stays neutral) and never a reason to try another provider for nobody.
 */
export class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection.');
    this.name = 'ClientGoneError';
  }
}

/** How route() should treat a failed attempt. 4xx (but 408/409/429) would fail elsewhere too: no retry. */
export function classifyUpstreamError(err: unknown): Classification {
  if (err instanceof ClientGoneError) return { outcome: 'error', retryable: false, errorKind: 'client_closed' };
  if (err instanceof UpstreamError) {
    if (err.kind === 'timeout') return { outcome: 'timeout', retryable: true, errorKind: 'timeout' };
    const s = err.status;
    const clientError = s !== undefined && s >= 400 && s < 500 && s !== 408 && s !== 409 && s !== 429;
    // A 429 cools that provider/model down for its retry-after (default 1 s); routing moves on.
    const retryAfterMs = s === 429 ? (err.retryAfterMs ?? 1000) : undefined;
    return { outcome: 'error', retryable: !clientError, status: s, errorKind: err.kind, retryAfterMs };
  }
  return { outcome: 'error', retryable: true, errorKind: 'internal' };
}

/** The client-facing error after routing gave up. Never carries an upstream body. */
export function routeFailureError(err: unknown): GatewayError {
  if (err instanceof RouteExhaustedError) {
    const last = err.attempts[err.attempts.length - 1];
    if (last?.status !== undefined && last.status >= 400 && last.status < 500 && last.status !== 408 && last.status !== 429) {
      return new GatewayError('invalid_request', `The provider rejected the request (HTTP ${last.status}).`);
    }
    if (err.lastErrorKind === 'timeout') {
      return new GatewayError('upstream_timeout', `No permitted provider answered in time (${err.attempts.length} attempt(s)).`);
    }
    if (err.attempts.length === 0) return new GatewayError('no_provider_available', 'No permitted provider is available.');
    return new GatewayError('upstream_error', `All permitted providers failed (${err.attempts.length} attempt(s)).`);
  }
  if (err instanceof GatewayError) return err;
  return new GatewayError('upstream_error', 'The provider call failed.');
}

/** The attempts a routing failure carries (none for other errors), for the outcome entry. */
export function failedAttempts(err: unknown): Attempt[] {
  return err instanceof RouteExhaustedError ? err.attempts : [];
}
