import type { ChatCompletionChunk, ChatCompletionRequest, ChatCompletionResponse } from '@libs/core';
import { Pool, type Dispatcher } from 'undici';
import { UpstreamError, type CallOptions, type ProviderAdapter, type ProviderTarget } from '../adapter';
import { parseRetryAfterMs, protocolError, toUpstreamError } from '../shared/failures';
import { ChunkStream } from './chunk-stream';

export interface OpenAICompatibleOptions {
  /** Max sockets to the origin (default 64). */
  connections?: number;
  /** Idle keep-alive in ms when the upstream gives no hint (default 10 s). */
  keepAliveTimeoutMs?: number;
  /** How long `close()` waits for calls in flight before destroying them (default 1 s). */
  closeGraceMs?: number;
}

type Body = Dispatcher.ResponseData['body'];

const JSON_TYPE = 'application/json';
const ERROR_BODY_DRAIN_LIMIT = 64 * 1024;
const ignore = (): void => undefined;

/**
 * Any server speaking OpenAI's `/chat/completions` (OpenAI, vLLM, Ollama, LiteLLM, the simulator).
 * One keep-alive `undici.Pool` per adapter (= per origin), no pipelining, so a slow answer never
 * holds up another request.
 */
export class OpenAICompatibleAdapter implements ProviderAdapter {
  private readonly pool: Pool;
  private readonly path: string;
  private readonly authorization: string | undefined;
  private readonly closeGraceMs: number;
  private closing: Promise<void> | null = null;

  constructor(
    readonly target: ProviderTarget,
    options: OpenAICompatibleOptions = {},
  ) {
    const url = new URL(target.baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`provider ${target.providerId}: baseUrl must be http(s)`);
    }
    this.path = `${url.pathname.replace(/\/+$/, '')}/chat/completions`;
    this.authorization = target.apiKey ? `Bearer ${target.apiKey}` : undefined;
    this.closeGraceMs = options.closeGraceMs ?? 1000;
    this.pool = new Pool(url.origin, {
      connections: options.connections ?? 64,
      pipelining: 1,
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 10_000,
      keepAliveMaxTimeout: 60_000,
    });
  }

  async chat(req: ChatCompletionRequest, opts: CallOptions): Promise<ChatCompletionResponse> {
    const payload = req.stream || req.stream_options != null ? { ...req, stream: undefined, stream_options: undefined } : req;
    const { body } = await this.post(payload, opts);
    let text: string;
    try {
      text = await body.text();
    } catch (err) {
      throw toUpstreamError(err, opts.signal);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw protocolError('a body that is not JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as { choices?: unknown }).choices)) {
      throw protocolError('a completion without choices');
    }
    return parsed as ChatCompletionResponse;
  }

  async chatStream(req: ChatCompletionRequest, opts: CallOptions): Promise<AsyncIterable<ChatCompletionChunk>> {
    const payload = req.stream === true ? req : { ...req, stream: true };
    const { headers, body } = await this.post(payload, opts);
    const type = headers['content-type'];
    if (typeof type !== 'string' || !type.includes('event-stream')) {
      body.on('error', ignore).destroy();
      throw protocolError('a non-event-stream answer to a streaming request');
    }
    return new ChunkStream(body, opts.signal);
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  /** Sends the request; resolves with a 2xx response, throws `UpstreamError` otherwise. */
  private async post(payload: ChatCompletionRequest, opts: CallOptions): Promise<Dispatcher.ResponseData> {
    const body = JSON.stringify(payload);
    const headers: Record<string, string> =
      this.authorization === undefined
        ? { 'content-type': JSON_TYPE, 'x-request-id': opts.requestId }
        : { 'content-type': JSON_TYPE, authorization: this.authorization, 'x-request-id': opts.requestId };
    let res: Dispatcher.ResponseData;
    try {
      res = await this.pool.request({ method: 'POST', path: this.path, headers, body, signal: opts.signal });
    } catch (err) {
      throw toUpstreamError(err, opts.signal);
    }
    const status = res.statusCode;
    if (status >= 200 && status < 300) return res;
    discard(res.body);
    throw new UpstreamError('http', `upstream answered HTTP ${status}`, status, parseRetryAfterMs(res.headers));
  }

  private async shutdown(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const graceful = this.pool.close().then(
      () => true,
      () => true,
    );
    const expired = new Promise<boolean>((resolve) => {
      timer = setTimeout(resolve, this.closeGraceMs, false);
    });
    const closed = await Promise.race([graceful, expired]);
    clearTimeout(timer);
    if (!closed) await this.pool.destroy().catch(ignore);
  }
}

/** Reads a small error body to the end (keeps the socket); a big or endless one is destroyed. */
function discard(body: Body): void {
  body.dump({ limit: ERROR_BODY_DRAIN_LIMIT }).catch(ignore);
}
