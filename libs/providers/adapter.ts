import type { ChatCompletionChunk, ChatCompletionRequest, ChatCompletionResponse, EmbeddingsRequest, EmbeddingsResponse } from '@libs/core';

/** Where one provider is reached. `kind` selects the adapter (see `createAdapter`). */
export interface ProviderTarget {
  providerId: string;
  kind: string;
  /**
   * Base URL including the API prefix, e.g. `https://api.openai.com/v1`, `https://api.anthropic.com/v1`,
   * a simulator's `url`; for Azure OpenAI the resource endpoint, e.g. `https://my-resource.openai.azure.com`.
   */
  baseUrl: string;
  apiKey?: string;
  /**
   * The upstream API version, for kinds that have one: Azure OpenAI's `api-version` query parameter
   * (default `2024-10-21`), Anthropic's `anthropic-version` header (default `2023-06-01`). Ignored otherwise.
   */
  apiVersion?: string;
}

export interface CallOptions {
  /** The caller's per-attempt deadline (or cancellation). Aborting it MUST end the call as a `'timeout'`. */
  signal: AbortSignal;
  /** Sent upstream as `x-request-id`; MUST be a valid header value. */
  requestId: string;
}

/**
 * Why an upstream call failed:
 * - `http`: the upstream answered non-2xx (or reported an error inside the event stream);
 * - `timeout`: the caller's signal aborted, or a transport timeout fired;
 * - `network`: connection refused/reset/closed before a complete answer;
 * - `protocol`: the upstream answered, but not in a shape we can parse.
 */
export type UpstreamFailureKind = 'http' | 'timeout' | 'network' | 'protocol';

/**
 * The only error an adapter throws for upstream trouble.
 * `message` MUST NOT contain the upstream body (it may echo the prompt): only kind, status, error codes.
 */
export class UpstreamError extends Error {
  constructor(
    readonly kind: UpstreamFailureKind,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

/**
 * One upstream provider, spoken to over its own wire format.
 *
 * Invariants:
 * - Adapters are long-lived and own their connection pool: create one per provider target and reuse it.
 * - Every failure surfaces as `UpstreamError`; bodies of failed responses are drained or destroyed,
 *   so a failure never leaks a connection.
 * - `req.model` is already the upstream model id; the adapter does not rewrite the request otherwise,
 *   except to set `stream` to match the method called.
 */
export interface ProviderAdapter {
  chat(req: ChatCompletionRequest, opts: CallOptions): Promise<ChatCompletionResponse>;
  /**
   * Resolves once the upstream answered 2xx with an event stream (so failures before the first byte can
   * fall back); then yields parsed chunks until `[DONE]`. The iterable is single-use. Iteration MUST be
   * completed or ended early (`break`/`return()`), which releases the connection. A stream that ends
   * without `[DONE]` throws `UpstreamError('protocol')` after the chunks it did deliver.
   */
  chatStream(req: ChatCompletionRequest, opts: CallOptions): Promise<AsyncIterable<ChatCompletionChunk>>;
  /** Embeddings, where the provider has them (`req.model` is the upstream model id). */
  embeddings?(req: EmbeddingsRequest, opts: CallOptions): Promise<EmbeddingsResponse>;
  /** Closes idle connections, waits briefly for calls in flight, then destroys what is left. Idempotent. */
  close(): Promise<void>;
}
