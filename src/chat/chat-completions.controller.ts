import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { GatewayError, isDataLevel, parseChatRequest, WORKLOADS, type DataLevel } from '@libs/core';
import { ApiKeyGuard, RequirePermission } from '../auth/api-key.guard';
import type { GatewayRequest } from '../common/request-context';
import { RateLimiter } from '../ratelimit/rate-limiter';
import { ChatCompletionsService, type ChatResult } from './chat-completions.service';

function declaredLevel(v: string | string[] | undefined): DataLevel | null {
  if (v === undefined) return null;
  if (typeof v === 'string' && isDataLevel(v)) return v;
  throw new GatewayError('invalid_request', 'x-gateway-data-class must be one of public, internal, confidential, restricted.', 'x-gateway-data-class');
}

function workload(v: string | string[] | undefined): string | null {
  if (v === undefined) return null;
  if (typeof v === 'string' && (WORKLOADS as readonly string[]).includes(v)) return v;
  throw new GatewayError('invalid_request', `x-gateway-workload must be one of ${WORKLOADS.join(', ')}.`, 'x-gateway-workload');
}

@Controller('v1/chat')
@UseGuards(ApiKeyGuard)
export class ChatCompletionsController {
  constructor(
    private readonly chat: ChatCompletionsService,
    private readonly limiter: RateLimiter,
  ) {}

  @Post('completions')
  @HttpCode(200)
  @RequirePermission('chat:invoke')
  async create(@Req() req: GatewayRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const principal = req.principal;
    if (!principal?.tenant) throw new GatewayError('forbidden', 'This key is not bound to a tenant.');
    this.limiter.take(principal);
    const result = await this.chat.complete({
      request: parseChatRequest(body),
      tenant: principal.tenant,
      keyId: principal.keyId,
      requestId: req.id,
      declaredLevel: declaredLevel(req.headers['x-gateway-data-class']),
      workload: workload(req.headers['x-gateway-workload']),
    });
    res.locals.route = result.route;
    for (const [k, v] of Object.entries(result.headers)) res.setHeader(k, v);
    if (result.kind === 'json') {
      res.status(200).json(result.body);
      return;
    }
    await writeStream(req, res, result);
  }
}

async function writeStream(req: GatewayRequest, res: Response, result: Extract<ChatResult, { kind: 'stream' }>): Promise<void> {
  res.status(200);
  res.setHeader('content-type', 'text/event-stream; charset=utf-8');
  res.setHeader('cache-control', 'no-cache');
  res.setHeader('x-accel-buffering', 'no');
  res.flushHeaders();
  const it = result.events[Symbol.asyncIterator]();
  let closed = false;
  const onClose = () => {
    closed = true;
  };
  req.socket.once('close', onClose);
  res.once('close', onClose);
  try {
    for (;;) {
      if (closed) {
        await it.return?.();
        break;
      }
      const step = await it.next();
      if (step.done) break;
      if (!res.write(step.value)) await new Promise<void>((r) => res.once('drain', r).once('close', r));
    }
  } finally {
    req.socket.off('close', onClose);
    if (!res.writableEnded) res.end();
  }
}
