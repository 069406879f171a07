import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { embeddingsRequestSchema, GatewayError, isDataLevel, parseBody, type EmbeddingsRequest } from '@libs/core';
import { ApiKeyGuard, RequirePermission } from '../auth/api-key.guard';
import type { GatewayRequest } from '../common/request-context';
import { RateLimiter } from '../ratelimit/rate-limiter';
import { EmbeddingsService } from './embeddings.service';

@Controller('v1/embeddings')
@UseGuards(ApiKeyGuard)
export class EmbeddingsController {
  constructor(
    private readonly embeddings: EmbeddingsService,
    private readonly limiter: RateLimiter,
  ) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('chat:invoke')
  async create(@Req() req: GatewayRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const principal = req.principal;
    if (!principal?.tenant) throw new GatewayError('forbidden', 'This key is not bound to a tenant.');
    this.limiter.take(principal);
    const declared = req.headers['x-gateway-data-class'];
    if (declared !== undefined && !(typeof declared === 'string' && isDataLevel(declared))) {
      throw new GatewayError('invalid_request', 'x-gateway-data-class must be one of public, internal, confidential, restricted.', 'x-gateway-data-class');
    }
    const result = await this.embeddings.embed({
      request: parseBody(embeddingsRequestSchema, body) as EmbeddingsRequest,
      tenant: principal.tenant,
      keyId: principal.keyId,
      requestId: req.id,
      declaredLevel: declared ?? null,
    });
    res.locals.route = 'embeddings';
    for (const [k, v] of Object.entries(result.headers)) res.setHeader(k, v);
    res.status(200).json(result.body);
  }
}
