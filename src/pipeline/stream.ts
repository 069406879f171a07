import { GatewayError, type ChatCompletionChunk, type ChatCompletionRequest, type Usage } from '@libs/core';
import { modelName, type Egress } from '@libs/pipeline';
import type { ProviderAdapter } from '@libs/providers';
import type { Candidate } from '@libs/routing';

export type StreamStatus = 'ok' | 'error' | 'client_closed';
export type StreamFinish = (status: StreamStatus, usage: Usage | null, finishReason: string | null) => Promise<void>;

/**
 * What a stream delivers to the endpoint that formats it: chunks (placeholders restored, model renamed),
 * then either `done` (the upstream answer is complete: send the end marker) or an `error` (nothing more follows).
 */
export type StreamEvent = { kind: 'chunk'; chunk: ChatCompletionChunk } | { kind: 'done' } | { kind: 'error'; error: GatewayError };

/** How the relay learns about its client: gone (connection closed) and whether everything written reached it. */
export interface StreamClient {
  gone: AbortSignal;
  /** Resolves once what was written so far is flushed: true if the client is still there to have it. */
  delivered(): Promise<boolean>;
}

export interface StreamStart {
  events(finish: StreamFinish, client: StreamClient): AsyncIterable<StreamEvent>;
}

/**
 * Opens an upstream stream and waits for its first chunk inside the attempt, so that a failure or a
 * timeout before the first byte can still fall back; after that there is no fallback (SPEC §6).
 * Usage is always requested upstream (the ledger needs it).
 */
export async function openStream(
  adapter: ProviderAdapter,
  egress: Egress<ChatCompletionRequest>,
  c: Candidate,
  signal: AbortSignal,
  requestId: string,
): Promise<StreamStart> {
  const request = egress.request;
  const upstream = await adapter.chatStream(
    { ...request, model: c.model, stream: true, stream_options: { ...(request.stream_options ?? {}), include_usage: true } },
    { signal, requestId },
  );
  const it = upstream[Symbol.asyncIterator]();
  const first = await it.next();
  return { events: (finish, client) => relay(it, first, egress, modelName(c), finish, client) };
}

/**
 * Relays upstream chunks, then records the outcome exactly once: `ok` only after the end marker reached the
 * client, `error` when the upstream breaks, `client_closed` when the client goes away (its signal aborted the
 * upstream, or the consumer stopped early with `return()`, which also stops the upstream).
 */
async function* relay(
  it: AsyncIterator<ChatCompletionChunk>,
  first: IteratorResult<ChatCompletionChunk>,
  egress: Egress<ChatCompletionRequest>,
  model: string,
  finish: StreamFinish,
  client: StreamClient,
): AsyncGenerator<StreamEvent> {
  let usage: Usage | null = null;
  let finishReason: string | null = null;
  let status: StreamStatus | null = null; // set once the outcome is decided: it is recorded exactly once
  const settle = (s: StreamStatus) => {
    status = s;
    return finish(s, usage, finishReason).catch(() => undefined); // unrecorded: the recovery sweep closes it
  };
  try {
    const restore = egress.streamTransformer();
    let lastId = '';
    try {
      for (let step = first; !step.done; step = await it.next()) {
        const chunk = restore.chunk(step.value);
        lastId = chunk.id;
        if (chunk.usage) usage = chunk.usage;
        for (const ch of chunk.choices) if (ch.finish_reason) finishReason = ch.finish_reason;
        yield { kind: 'chunk', chunk: { ...chunk, model } };
      }
      const rest = restore.flush(model, lastId);
      if (rest) yield { kind: 'chunk', chunk: rest };
    } catch {
      if (client.gone.aborted) return void (await settle('client_closed'));
      await settle('error');
      yield { kind: 'error', error: new GatewayError('upstream_error', 'The provider stream failed before completing.') };
      return;
    }
    yield { kind: 'done' };
    await settle((await client.delivered()) ? 'ok' : 'client_closed');
  } finally {
    if (status === null) {
      // The consumer stopped early (generator return()): stop the upstream, still record the outcome.
      await it.return?.().catch(() => undefined);
      await settle('client_closed');
    }
  }
}
