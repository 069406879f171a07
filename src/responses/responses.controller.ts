import { randomUUID } from 'node:crypto';
import { Body, Controller, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { parseResponsesRequest, ResponsesEventWriter, toChatRequest, toResponseObject, type ResponsesEvent } from '@libs/pipeline';
import { chatEndpoint } from '../chat/chat.endpoint';
import type { GatewayRequest } from '../common/request-context';
import { PipelineController, PipelineEndpoint } from '../pipeline/pipeline.controller';
import { SseWriter, writeJson } from '../pipeline/respond';
import type { StreamEvent } from '../pipeline/stream';

const now = () => Math.floor(Date.now() / 1000);

/**
 * POST /v1/responses: translated to a chat completions request, which is what the classifier reads and what
 * providers receive, then through the same pipeline; the answer is translated back. Nothing is stored.
 */
@Controller('v1/responses')
export class ResponsesController extends PipelineController {
  @PipelineEndpoint()
  async create(@Req() req: GatewayRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const request = parseResponsesRequest(body);
    const chat = toChatRequest(request);
    const call = await this.call(req, chat);
    if (request.stream === true) {
      const sse = new SseWriter(res);
      const answer = await this.pipeline.stream(call, chatEndpoint(chat, 'responses'), sse.delivered);
      const writer = new ResponsesEventWriter(request, `resp_${randomUUID().replace(/-/g, '')}`, answer.model, now());
      await sse.write(answer, responsesSse(answer.value, writer));
      return;
    }
    const answer = await this.pipeline.run(call, chatEndpoint(chat, 'responses'));
    writeJson(res, answer, toResponseObject(request, answer.value, answer.model, now()));
  }
}

const sseEvent = (e: ResponsesEvent): string => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`;

/** The typed events; the outcome is `ok` once `response.completed` is delivered. */
async function* responsesSse(events: AsyncIterable<StreamEvent>, writer: ResponsesEventWriter): AsyncGenerator<string> {
  for (const e of writer.start()) yield sseEvent(e);
  for await (const e of events) {
    const out =
      e.kind === 'chunk' ? writer.chunk(e.chunk) : e.kind === 'done' ? writer.finish() : writer.fail(e.error.code, e.error.message);
    for (const ev of out) yield sseEvent(ev);
  }
}
