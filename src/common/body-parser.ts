import { isUtf8 } from 'node:buffer';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { checkJsonLimits, GatewayError, jsonLimitMessage, type ErrorCode, type JsonLimits } from '@libs/core';

class InvalidUtf8 extends Error {
  readonly type = 'entity.verify.failed';
  readonly status = 400;
}

/** body-parser failures, by their `type`. */
const BODY_ERRORS: Record<string, [ErrorCode, string]> = {
  'entity.parse.failed': ['invalid_request', 'Request body is not valid JSON.'],
  'entity.too.large': ['payload_too_large', 'Request body is larger than the gateway accepts.'],
  'encoding.unsupported': ['unsupported_media_type', 'Unsupported Content-Encoding: send identity, gzip, deflate or br.'],
  'charset.unsupported': ['unsupported_media_type', 'Unsupported charset: send UTF-8 JSON.'],
  'request.aborted': ['invalid_request', 'Request body was not received completely.'],
  'request.size.invalid': ['invalid_request', 'Request body length does not match Content-Length.'],
  'entity.verify.failed': ['invalid_request', 'Request body is not valid UTF-8.'],
};

/**
 * A body-parser error as ours. Messages are fixed sentences: the parser's own messages can quote the body.
 * Anything else it raises (zlib's errors on a body that does not decode, for one) is the client's fault too.
 */
export function bodyError(err: unknown): GatewayError {
  if (err instanceof GatewayError) return err;
  const e = typeof err === 'object' && err !== null ? (err as Record<string, unknown>) : {};
  const known = typeof e.type === 'string' && Object.hasOwn(BODY_ERRORS, e.type) ? BODY_ERRORS[e.type] : undefined;
  if (known) return new GatewayError(known[0], known[1]);
  // zlib errors carry a numeric errno and a Z_* / ERR_* code; body-parser gives them status 400.
  if (typeof e.errno === 'number' || (typeof e.code === 'string' && /^(Z_|ERR_)/.test(e.code))) {
    return new GatewayError('invalid_request', 'Request body could not be decoded with its Content-Encoding.');
  }
  const status = typeof e.status === 'number' ? e.status : 400;
  if (status === 413) return new GatewayError('payload_too_large', 'Request body is larger than the gateway accepts.');
  if (status === 415) return new GatewayError('unsupported_media_type', 'Unsupported request body encoding.');
  return new GatewayError('invalid_request', 'Request body could not be read.');
}

/**
 * JSON bodies only, bounded in bytes (after decoding any Content-Encoding), valid UTF-8, and bounded in
 * shape (nesting depth, total keys and elements). Invalid bytes are refused rather than silently turned
 * into U+FFFD (which would change what the classifier sees from what the client meant). Every failure is
 * a GatewayError 4xx.
 */
export function jsonBodyParser(limitBytes: number, limits: JsonLimits): RequestHandler {
  const parse = express.json({
    limit: limitBytes,
    strict: true,
    type: ['application/json', 'application/*+json'],
    verify: (_req, _res, buf) => {
      if (!isUtf8(buf)) throw new InvalidUtf8('invalid utf-8');
    },
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    parse(req, res, (err?: unknown) => {
      if (err) return next(bodyError(err));
      const breach = checkJsonLimits(req.body, limits);
      if (breach) return next(new GatewayError('invalid_request', jsonLimitMessage(breach)));
      next();
    });
  };
}
