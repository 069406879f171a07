import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { PresidioResult } from '@libs/classification';
import { analyzeRequestSchema, classifyRequestSchema, GatewayError, isDataLevel, maxLevel, parseBody, type DataLevel } from '@libs/core';
import { Requires } from '../auth/auth.guard';
import type { GatewayRequest } from '../common/request-context';
import { ClassificationService } from './classification.service';

function declared(v: string | string[] | undefined): DataLevel {
  if (v === undefined) return 'public';
  if (typeof v === 'string' && isDataLevel(v)) return v;
  throw new GatewayError(
    'invalid_request',
    'x-gateway-data-class must be one of public, internal, confidential, restricted.',
    'x-gateway-data-class',
  );
}

/**
 * What the gateway detects, without egress and without storing anything: /v1/analyze answers like
 * Presidio's /analyze (UTF-16 offsets, end-exclusive); /v1/classify gives the SPEC §4 verdict.
 */
@Controller('v1')
export class AnalyzeController {
  constructor(private readonly classification: ClassificationService) {}

  @Post('analyze')
  @HttpCode(200)
  @Requires('models:read')
  async analyze(@Body() body: unknown): Promise<PresidioResult[]> {
    const req = parseBody(analyzeRequestSchema, body);
    if (req.language && !/^(?:en|de|fr|es|it|nl)(\b|[-_])/i.test(req.language)) {
      throw new GatewayError('invalid_request', 'The built-in analyzer supports the languages en, de, fr, es, it and nl.', 'language');
    }
    const wanted = req.entities && req.entities.length > 0 ? new Set(req.entities) : null;
    const threshold = req.score_threshold ?? 0;
    const results = await this.classification.analyze(req.text);
    return results.filter((r) => r.score >= threshold && (!wanted || wanted.has(r.entity_type)));
  }

  @Post('classify')
  @HttpCode(200)
  @Requires('models:read')
  async classify(@Req() httpReq: GatewayRequest, @Body() body: unknown) {
    const req = parseBody(classifyRequestSchema, body);
    const c = await this.classification.classifyBody(req);
    const floor = httpReq.principal?.tenant?.floor ?? 'public';
    const level = maxLevel(c.level, declared(httpReq.headers['x-gateway-data-class']), floor, this.classification.unreadableLevel(c));
    return {
      level,
      detected_level: c.level,
      categories: c.categories,
      entities: c.entities,
      fields: c.fields,
      unreadable_parts: c.opaque,
      explanation: c.explanation,
    };
  }
}
