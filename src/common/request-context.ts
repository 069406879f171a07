import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Principal } from '../tenants/tenants.service';

export interface GatewayRequest extends Request {
  id: string;
  principal?: Principal;
  startedAt: number;
}

const REQUEST_ID_RE = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a well-formed client x-request-id (else makes one) and echoes it on every response. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const r = req as GatewayRequest;
  const given = req.headers['x-request-id'];
  r.id = typeof given === 'string' && REQUEST_ID_RE.test(given) ? given : randomUUID();
  r.startedAt = performance.now();
  res.setHeader('x-request-id', r.id);
  next();
}
