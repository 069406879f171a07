import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { scrubText } from '@libs/classification';
import { errorBody, GatewayError, type ErrorCode } from '@libs/core';
import { AppLogger } from '../observability/app-logger';
import type { GatewayRequest } from './request-context';

/** body-parser failures, by their `type`. */
const BODY_ERRORS: Record<string, [ErrorCode, string]> = {
  'entity.parse.failed': ['invalid_request', 'Request body is not valid JSON.'],
  'entity.too.large': ['payload_too_large', 'Request body is larger than the gateway accepts.'],
  'encoding.unsupported': ['invalid_request', 'Unsupported content encoding.'],
  'charset.unsupported': ['invalid_request', 'Unsupported charset: send UTF-8 JSON.'],
  'request.aborted': ['invalid_request', 'Request body was not received completely.'],
  'entity.verify.failed': ['invalid_request', 'Request body is not valid UTF-8.'],
};

function toGatewayError(err: unknown): GatewayError | null {
  if (err instanceof GatewayError) return err;
  if (typeof err === 'object' && err !== null && 'type' in err && typeof err.type === 'string') {
    const known = BODY_ERRORS[err.type];
    if (known) return new GatewayError(known[0], known[1]);
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    if (status === 404) return new GatewayError('not_found', 'Unknown endpoint.');
    if (status === 405) return new GatewayError('invalid_request', 'Method not allowed.');
    if (status === 413) return new GatewayError('payload_too_large', 'Request body is larger than the gateway accepts.');
    if (status === 401) return new GatewayError('unauthorized', 'Unauthorized.');
    if (status === 403) return new GatewayError('forbidden', 'Forbidden.');
    if (status >= 400 && status < 500) return new GatewayError('invalid_request', 'Invalid request.');
  }
  return null;
}

/**
 * The one place errors become HTTP: OpenAI's error shape with the stable codes of SPEC §3. Messages are
 * ours (never an upstream body, a stack or request content); unknown errors are a generic 500, logged
 * by class name only.
 */
@Catch()
export class GatewayExceptionFilter implements ExceptionFilter {
  constructor(private readonly log: AppLogger) {}

  catch(err: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<GatewayRequest>();
    let ge = toGatewayError(err);
    if (!ge) {
      this.log.error({ reqId: req.id, event: 'unhandled_error', error: err instanceof Error ? err.name : typeof err }, 'unhandled error');
      ge = new GatewayError('internal_error', 'Internal gateway error.');
    }
    if (res.headersSent) {
      // A stream already started: the stream writer reports errors itself; just make sure it ends.
      if (!res.writableEnded) res.end();
      return;
    }
    if ('retryAfterSeconds' in ge && typeof ge.retryAfterSeconds === 'number') res.setHeader('retry-after', String(ge.retryAfterSeconds));
    const body = errorBody(ge);
    body.error.message = scrubText(body.error.message); // our messages carry no content; the choke point checks anyway
    res.status(ge.status).json(body);
  }
}
