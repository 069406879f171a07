import { applyDecorators, HttpCode, Injectable, Post } from '@nestjs/common';
import { Requires } from '../auth/auth.guard';
import type { GatewayRequest } from '../common/request-context';
import { RateLimiter } from '../ratelimit/rate-limiter';
import { pipelineCall } from './call';
import { PipelineService, type PipelineCall } from './pipeline.service';

/** A POST endpoint of the pipeline: tenant key with `chat:invoke`, 200 on success. */
export const PipelineEndpoint = (path?: string) => applyDecorators(Post(path), HttpCode(200), Requires('chat:invoke'));

/** What every pipeline controller holds: the pipeline, and the caller as the pipeline sees it. */
@Injectable()
export abstract class PipelineController {
  constructor(
    protected readonly pipeline: PipelineService,
    private readonly limiter: RateLimiter,
  ) {}

  /** The caller (tenant key, rate limit taken, optional headers) for a parsed request. */
  protected async call<R>(req: GatewayRequest, request: R): Promise<PipelineCall<R>> {
    const tenant = req.principal?.tenant;
    if (tenant) await this.pipeline.refuseIfSuspended(tenant, req.id, req.principal?.keyId ?? '');
    // Eval traffic is known from the authenticated run the request names, never from a header alone.
    const run = await this.pipeline.runOf(req.principal, req.headers);
    return { ...(await pipelineCall(req, this.limiter, request)), run };
  }
}
