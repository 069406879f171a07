import { Body, Controller, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { embeddingsRequestSchema, parseBody, type EmbeddingsRequest } from '@libs/core';
import type { GatewayRequest } from '../common/request-context';
import { PipelineController, PipelineEndpoint } from '../pipeline/pipeline.controller';
import { writeJson } from '../pipeline/respond';
import { embeddingsEndpoint } from './embeddings.endpoint';

/** POST /v1/embeddings: the same pipeline as chat (classify, policy, ledger, budget, routing). */
@Controller('v1/embeddings')
export class EmbeddingsController extends PipelineController {
  @PipelineEndpoint()
  async create(@Req() req: GatewayRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const request = parseBody(embeddingsRequestSchema, body) as EmbeddingsRequest;
    const answer = await this.pipeline.run(await this.call(req, request), embeddingsEndpoint(request));
    writeJson(res, answer, { ...answer.value, model: answer.model });
  }
}
