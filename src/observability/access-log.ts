import type { NextFunction, Request, Response } from 'express';
import type { GatewayRequest } from '../common/request-context';
import type { AppLogger } from './app-logger';

/** One line per request: ids, route, status, timing, tenant, provider. No query strings, bodies or keys. */
export function accessLog(log: AppLogger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.once('finish', () => {
      const r = req as GatewayRequest;
      log.info(
        {
          reqId: r.id,
          method: req.method,
          path: req.path.length > 100 ? req.path.slice(0, 100) : req.path,
          status: res.statusCode,
          ms: Math.round((performance.now() - r.startedAt) * 100) / 100,
          tenant: r.principal?.tenant?.id,
          keyId: r.principal?.keyId,
          provider: res.getHeader('x-gateway-provider'),
          level: res.getHeader('x-gateway-data-level'),
        },
        'request',
      );
    });
    next();
  };
}
