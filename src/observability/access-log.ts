import type { NextFunction, Request, Response } from 'express';
import type { GatewayRequest } from '../common/request-context';
import type { AppLogger } from './app-logger';
import type { Metrics } from './metrics';

const COUNTED = new Map([
  ['/v1/chat/completions', 'chat'],
  ['/v1/embeddings', 'embeddings'],
  ['/v1/responses', 'responses'],
]);

/** Total time (to the first byte of a stream) minus the time providers took; null if nothing was answered. */
function overheadSeconds(r: GatewayRequest, res: Response, end: number): number | null {
  const upstreamMs: unknown = res.locals.upstreamMs;
  if (typeof upstreamMs !== 'number' || res.statusCode !== 200) return null;
  const until = typeof res.locals.firstByteAt === 'number' ? res.locals.firstByteAt : end;
  return Math.max(0, until - r.startedAt - upstreamMs) / 1000;
}

/** One line per request: ids, route, status, timing, tenant, provider. No query strings, bodies or keys. */
export function accessLog(log: AppLogger, metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.once('finish', () => {
      const r = req as GatewayRequest;
      const end = performance.now();
      const endpoint = COUNTED.get(req.path);
      if (endpoint) {
        const overhead = overheadSeconds(r, res, end);
        if (overhead !== null) metrics.overheadSeconds.observe({ endpoint }, overhead);
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
          ms: Math.round((end - r.startedAt) * 100) / 100,
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
