import { isUtf8 } from 'node:buffer';
import express, { type RequestHandler } from 'express';

class InvalidUtf8 extends Error {
  readonly type = 'entity.verify.failed';
  readonly status = 400;
}

/**
 * JSON bodies only, bounded, and valid UTF-8: invalid bytes are refused rather than silently turned into
 * U+FFFD (which would change what the classifier sees from what the client meant).
 */
export function jsonBodyParser(limitBytes: number): RequestHandler {
  return express.json({
    limit: limitBytes,
    strict: true,
    type: ['application/json', 'application/*+json'],
    verify: (_req, _res, buf) => {
      if (!isUtf8(buf)) throw new InvalidUtf8('invalid utf-8');
    },
  });
}
