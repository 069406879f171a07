import { GatewayError, isDataLevel, WORKLOADS, type DataLevel } from '@libs/core';
import { PRIORITIES, type Priority } from '@libs/policy';
import type { GatewayRequest } from '../common/request-context';
import type { RateLimiter } from '../ratelimit/rate-limiter';
import type { PipelineCall } from './pipeline.service';

function declaredLevel(v: string | string[] | undefined): DataLevel | null {
  if (v === undefined) return null;
  if (typeof v === 'string' && isDataLevel(v)) return v;
  throw new GatewayError(
    'invalid_request',
    'x-gateway-data-class must be one of public, internal, confidential, restricted.',
    'x-gateway-data-class',
  );
}

function priority(v: string | string[] | undefined): Priority | null {
  if (v === undefined) return null;
  if (typeof v === 'string' && (PRIORITIES as readonly string[]).includes(v)) return v as Priority;
  throw new GatewayError('invalid_request', `x-gateway-priority must be one of ${PRIORITIES.join(', ')}.`, 'x-gateway-priority');
}

function workload(v: string | string[] | undefined): string | null {
  if (v === undefined) return null;
  if (typeof v === 'string' && (WORKLOADS as readonly string[]).includes(v)) return v;
  throw new GatewayError('invalid_request', `x-gateway-workload must be one of ${WORKLOADS.join(', ')}.`, 'x-gateway-workload');
}

/**
 * Aborted when the client's connection closes before its answer was complete: the pipeline then stops the
 * upstream call at once (freeing its socket) and records the outcome `client_closed`.
 */
function clientGone(req: GatewayRequest): AbortSignal {
  const gone = new AbortController();
  const res = req.res;
  if (!res) return gone.signal;
  res.once('close', () => {
    if (!res.writableFinished) gone.abort(new DOMException('client closed the connection', 'AbortError'));
  });
  return gone.signal;
}

/** The caller (tenant key, rate limit taken) and its optional headers, for any endpoint of the pipeline. */
export async function pipelineCall<R>(req: GatewayRequest, limiter: RateLimiter, request: R): Promise<PipelineCall<R>> {
  const principal = req.principal;
  if (!principal?.tenant) throw new GatewayError('forbidden', 'This key is not bound to a tenant.');
  await limiter.take(principal);
  return {
    request,
    tenant: principal.tenant,
    keyId: principal.keyId,
    requestId: req.id,
    declaredLevel: declaredLevel(req.headers['x-gateway-data-class']),
    workload: workload(req.headers['x-gateway-workload']),
    priority: priority(req.headers['x-gateway-priority']),
    signal: clientGone(req),
  };
}
