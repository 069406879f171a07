import type { NextFunction, Request, Response } from 'express';
import type { GatewayRequest } from '../common/request-context';
import type { AppLogger } from './app-logger';
import type { Metrics } from './metrics';

const COUNTED = new Set(['/v1/chat/completions', '/v1/embeddings']);

/** One line per request: ids, route, status, timing, tenant, provider. No query strings, bodies or keys. */
export function accessLog(log: AppLogger, metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.once('finish', () => {
      const r = req as GatewayRequest;
      if (COUNTED.has(req.path)) {
        metrics.requests.inc({
          tenant: r.principal?.tenant?.id ?? 'none',
          route: typeof res.locals.route === 'string' ? res.locals.route : 'none',
          provider: String(res.getHeader('x-gateway-provider') ?? 'none'),
          status: String(res.statusCode),
        });
      }
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
