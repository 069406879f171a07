import { Body, Controller, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { errorBody, parseChatRequest, type ChatCompletionChunk } from '@libs/core';
import type { GatewayRequest } from '../common/request-context';
import { PipelineController, PipelineEndpoint } from '../pipeline/pipeline.controller';
import { SseWriter, sseData, writeJson } from '../pipeline/respond';
import type { StreamEvent } from '../pipeline/stream';
import { chatEndpoint } from './chat.endpoint';

/** POST /v1/chat/completions: validate, one call to the pipeline, answer JSON or SSE. */
@Controller('v1/chat')
export class ChatCompletionsController extends PipelineController {
  @PipelineEndpoint('completions')
  async create(@Req() req: GatewayRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const request = parseChatRequest(body);
    const call = await this.call(req, request);
    if (request.stream === true) {
      const sse = new SseWriter(res);
      const answer = await this.pipeline.stream(call, chatEndpoint(request), sse.delivered);
      await sse.write(answer, chatSse(answer.value, request.stream_options?.include_usage === true));
      return;
    }
    const answer = await this.pipeline.run(call, chatEndpoint(request));
    writeJson(res, answer, { ...answer.value, model: answer.model });
  }
}

/** OpenAI's chunk stream: usage only when the client asked for it; the outcome is `ok` once `[DONE]` is delivered. */
async function* chatSse(events: AsyncIterable<StreamEvent>, includeUsage: boolean): AsyncGenerator<string> {
  for await (const e of events) {
    if (e.kind === 'done') yield 'data: [DONE]\n\n';
    else if (e.kind === 'error') yield sseData(errorBody(e.error));
    else if (includeUsage) yield sseData(e.chunk);
    else if (e.chunk.choices.length > 0) yield sseData(withoutUsage(e.chunk));
  }
}

function withoutUsage(chunk: ChatCompletionChunk): ChatCompletionChunk {
  const out = { ...chunk };
  delete out.usage;
  return out;
}
