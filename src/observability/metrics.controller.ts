import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { GatewayError } from '@libs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Metrics } from './metrics';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * Whether `authorization` is `Bearer <expected>`. Compares SHA-256 digests with timingSafeEqual, so the
 * time taken depends neither on where the first differing byte is nor on the token's length.
 */
export function bearerMatches(authorization: string | undefined, expected: Buffer): boolean {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  return timingSafeEqual(digest(m?.[1] ?? ''), expected) && m !== null;
}

/**
 * GET /metrics in Prometheus text format (no content in it; labels are ids and enums). With
 * METRICS_TOKEN set a scrape needs `Authorization: Bearer <token>`; without it, it is open (and the
 * gateway warns once at boot).
 */
@Controller('metrics')
export class MetricsController {
  private readonly expected: Buffer | null;

  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.expected = config.metricsToken === null ? null : digest(config.metricsToken);
  }

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    if (this.expected && !bearerMatches(authorization, this.expected)) {
      throw new GatewayError('unauthorized', 'A valid metrics token is required.').withHeaders({
        'www-authenticate': 'Bearer realm="metrics"',
      });
    }
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
