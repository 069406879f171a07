import type { ChatCompletionChunk, ChatCompletionRequest, ChatCompletionResponse, EmbeddingsRequest, EmbeddingsResponse } from '@libs/core';
import type { CallOptions, ProviderAdapter, ProviderTarget } from '../adapter';
import { ChunkStream } from '../shared/chunk-stream';
import { protocolError } from '../shared/failures';
import { HttpUpstream, type HttpUpstreamOptions } from '../shared/http-upstream';
import type { HttpTransport } from '../transport';
import { OpenAIEventTranslator } from './openai-events';

/**
 * Where OpenAI-wire servers differ: the request line and the auth header (Azure OpenAI, for one, puts the
 * deployment in the path, the API version in the query and the key in `api-key`). The body is the same.
 */
export interface OpenAIDialect {
  /** Path (with query, if any) of a chat completion for `model`; `basePath` is the base URL's path without trailing `/`. */
  chatPath(basePath: string, model: string): string;
  /** The headers that carry the API key (only called when the target has one). */
  authHeaders(apiKey: string): Record<string, string>;
  /** Whether a streamed chunk is passed on (default: every chunk). */
  keepChunk?(chunk: ChatCompletionChunk): boolean;
}

/** OpenAI itself: `{baseUrl}/chat/completions`, `Authorization: Bearer <key>`. */
export const OPENAI_DIALECT: OpenAIDialect = {
  chatPath: (basePath) => `${basePath}/chat/completions`,
  authHeaders: (apiKey) => ({ authorization: `Bearer ${apiKey}` }),
};

export interface OpenAICompatibleOptions extends HttpUpstreamOptions {
  /** Request line and auth (default `OPENAI_DIALECT`). */
  dialect?: OpenAIDialect;
}

const JSON_TYPE = 'application/json';

/**
 * Any server speaking OpenAI's `/chat/completions` (OpenAI, vLLM, Ollama, LiteLLM, the simulator, and
 * Azure OpenAI through its dialect). One connection pool per adapter (= per origin), opened through the
 * injected `HttpTransport`.
 */
export class OpenAICompatibleAdapter implements ProviderAdapter {
  private readonly http: HttpUpstream;
  private readonly dialect: OpenAIDialect;
  private readonly auth: Record<string, string>;

  constructor(
    readonly target: ProviderTarget,
    transport: HttpTransport,
    options: OpenAICompatibleOptions = {},
  ) {
    this.http = new HttpUpstream(target.providerId, target.baseUrl, transport, options);
    this.dialect = options.dialect ?? OPENAI_DIALECT;
    this.auth = target.apiKey ? this.dialect.authHeaders(target.apiKey) : {};
  }

  async chat(req: ChatCompletionRequest, opts: CallOptions): Promise<ChatCompletionResponse> {
    const payload = req.stream || req.stream_options != null ? { ...req, stream: undefined, stream_options: undefined } : req;
    const parsed = await this.http.json(await this.post(payload, opts), opts.signal);
    if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as { choices?: unknown }).choices)) {
      throw protocolError('a completion without choices');
    }
    return parsed as ChatCompletionResponse;
  }

  async chatStream(req: ChatCompletionRequest, opts: CallOptions): Promise<AsyncIterable<ChatCompletionChunk>> {
    const payload = req.stream === true ? req : { ...req, stream: true };
    const body = this.http.eventStream(await this.post(payload, opts));
    const keep = this.dialect.keepChunk?.bind(this.dialect);
    return new ChunkStream(body, opts.signal, new OpenAIEventTranslator(keep));
  }

  /** `…/embeddings` beside the dialect's chat path (for Azure: same deployment and api-version). */
  async embeddings(req: EmbeddingsRequest, opts: CallOptions): Promise<EmbeddingsResponse> {
    const headers = { 'content-type': JSON_TYPE, ...this.auth, 'x-request-id': opts.requestId };
    const path = this.dialect.chatPath(this.http.basePath, req.model).replace('/chat/completions', '/embeddings');
    const parsed = await this.http.json(await this.http.post(path, headers, JSON.stringify(req), opts.signal), opts.signal);
    if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as { data?: unknown }).data)) {
      throw protocolError('an embeddings answer without data');
    }
    return parsed as EmbeddingsResponse;
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private post(payload: ChatCompletionRequest, opts: CallOptions) {
    const headers = { 'content-type': JSON_TYPE, ...this.auth, 'x-request-id': opts.requestId };
    const path = this.dialect.chatPath(this.http.basePath, payload.model);
    return this.http.post(path, headers, JSON.stringify(payload), opts.signal);
  }
}
