import { systemClock, type ChatCompletionChunk, type ChatCompletionRequest, type ChatCompletionResponse, type Clock } from '@libs/core';
import { UpstreamError, type CallOptions, type ProviderAdapter, type ProviderTarget } from '../adapter';
import { ChunkStream } from '../shared/chunk-stream';
import { HttpUpstream, type HttpUpstreamOptions } from '../shared/http-upstream';
import type { HttpTransport } from '../transport';
import { AnthropicEventTranslator } from './anthropic-events';
import { ANTHROPIC_DEFAULT_MAX_TOKENS, toAnthropicRequest, untranslatable } from './anthropic-request';
import { fromAnthropicMessage } from './anthropic-response';
import type { AnthropicRequest } from './anthropic-wire';

export const ANTHROPIC_DEFAULT_VERSION = '2023-06-01';

export interface AnthropicOptions extends HttpUpstreamOptions {
  /** `max_tokens` when the request sets neither `max_completion_tokens` nor `max_tokens` (Anthropic requires one; default 4096). */
  defaultMaxTokens?: number;
  /** Source of `created` (Anthropic responses have none); default the system clock. */
  clock?: Clock;
}

/**
 * Anthropic's Messages API (`POST {baseUrl}/messages`, `x-api-key`, `anthropic-version`), spoken in
 * OpenAI's chat format both ways: requests translated by `toAnthropicRequest`, answers by
 * `fromAnthropicMessage`, streams by `AnthropicEventTranslator`. A request the Messages API cannot
 * express fails as `UpstreamError('http', …, 400)` before anything is sent.
 */
export class AnthropicAdapter implements ProviderAdapter {
  private readonly http: HttpUpstream;
  private readonly headers: Record<string, string>;
  private readonly defaultMaxTokens: number;
  private readonly clock: Clock;

  constructor(
    readonly target: ProviderTarget,
    transport: HttpTransport,
    options: AnthropicOptions = {},
  ) {
    this.http = new HttpUpstream(target.providerId, target.baseUrl, transport, options);
    this.defaultMaxTokens = options.defaultMaxTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS;
    this.clock = options.clock ?? systemClock;
    const version = target.apiVersion || ANTHROPIC_DEFAULT_VERSION;
    this.headers = target.apiKey
      ? { 'content-type': 'application/json', 'x-api-key': target.apiKey, 'anthropic-version': version }
      : { 'content-type': 'application/json', 'anthropic-version': version };
  }

  async chat(req: ChatCompletionRequest, opts: CallOptions): Promise<ChatCompletionResponse> {
    const payload = this.translate(req);
    const res = await this.post(payload, opts);
    return fromAnthropicMessage(await this.http.json(res, opts.signal), this.created());
  }

  async chatStream(req: ChatCompletionRequest, opts: CallOptions): Promise<AsyncIterable<ChatCompletionChunk>> {
    const payload: AnthropicRequest = { ...this.translate(req), stream: true };
    const body = this.http.eventStream(await this.post(payload, opts));
    const includeUsage = req.stream_options?.include_usage === true;
    return new ChunkStream(body, opts.signal, new AnthropicEventTranslator({ created: this.created(), includeUsage }));
  }

  close(): Promise<void> {
    return this.http.close();
  }

  /** The request in Messages API shape; whatever cannot be translated fails as a 400 (never another error type). */
  private translate(req: ChatCompletionRequest): AnthropicRequest {
    try {
      return toAnthropicRequest(req, this.defaultMaxTokens);
    } catch (err) {
      throw err instanceof UpstreamError ? err : untranslatable('a malformed request');
    }
  }

  private post(payload: AnthropicRequest, opts: CallOptions) {
    const headers = { ...this.headers, 'x-request-id': opts.requestId };
    return this.http.post(`${this.http.basePath}/messages`, headers, JSON.stringify(payload), opts.signal);
  }

  private created(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }
}
