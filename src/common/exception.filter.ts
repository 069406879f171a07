import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { scrubText } from '@libs/classification';
import { errorBody, GatewayError } from '@libs/core';
import { AppLogger } from '../observability/app-logger';
import type { GatewayRequest } from './request-context';
import type { RouteTable } from './route-table';

function toGatewayError(err: unknown, req: GatewayRequest, routes: RouteTable | null): GatewayError | null {
  if (err instanceof GatewayError) return err;
  if (err instanceof HttpException) {
    const status = err.getStatus();
    if (status === 404) {
      const allow = routes?.allowed(req.path) ?? [];
      if (allow.length > 0 && !allow.includes(req.method)) {
        return new GatewayError('method_not_allowed', `Method ${safeMethod(req.method)} is not allowed on this endpoint.`).withHeaders({
          allow: allow.join(', '),
        });
      }
      return new GatewayError('not_found', 'Unknown endpoint.');
    }
    if (status === 405) return new GatewayError('method_not_allowed', 'Method not allowed.');
    if (status === 413) return new GatewayError('payload_too_large', 'Request body is larger than the gateway accepts.');
    if (status === 401) return new GatewayError('unauthorized', 'Unauthorized.');
    if (status === 403) return new GatewayError('forbidden', 'Forbidden.');
    if (status >= 400 && status < 500) return new GatewayError('invalid_request', 'Invalid request.');
    return null;
  }
  // Errors of Express or its router that carry a client status (a path parameter that is not valid
  // percent-encoding, ...) are the client's fault: 4xx. (Body errors arrive as GatewayErrors already.)
  if (typeof err === 'object' && err !== null) {
    const e = err as { status?: unknown; statusCode?: unknown };
    const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 0;
    if (status === 413) return new GatewayError('payload_too_large', 'Request body is larger than the gateway accepts.');
    if (status === 415) return new GatewayError('unsupported_media_type', 'Unsupported request body encoding.');
    if (status >= 400 && status < 500) return new GatewayError('invalid_request', 'Invalid request.');
  }
  return null;
}

/** The request method for a message: one of Node's known method tokens, so nothing the client chose. */
function safeMethod(method: string): string {
  return /^[A-Z-]{1,20}$/.test(method) ? method : 'this method';
}

/**
 * The one place errors become HTTP: OpenAI's error shape with the stable codes of SPEC §3. Messages are
 * ours (never an upstream body, a stack or request content); unknown errors are a generic 500, logged
 * by class name only.
 */
@Catch()
export class GatewayExceptionFilter implements ExceptionFilter {
  constructor(
    private readonly log: AppLogger,
    private readonly routes: RouteTable | null = null,
  ) {}

  catch(err: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<GatewayRequest>();
    let ge = toGatewayError(err, req, this.routes);
    if (!ge) {
      this.log.error({ reqId: req.id, event: 'unhandled_error', error: err instanceof Error ? err.name : typeof err }, 'unhandled error');
      ge = new GatewayError('internal_error', 'Internal gateway error.');
    }
    if (res.headersSent) {
      // A stream already started: the stream writer reports errors itself; just make sure it ends.
      if (!res.writableEnded) res.end();
      return;
    }
    for (const [name, value] of Object.entries(ge.headers)) res.setHeader(name, value);
    if ('retryAfterSeconds' in ge && typeof ge.retryAfterSeconds === 'number') res.setHeader('retry-after', String(ge.retryAfterSeconds));
    const body = errorBody(ge);
    body.error.message = scrubText(body.error.message); // our messages carry no content; the choke point checks anyway
    res.status(ge.status).json(body);
  }
}
