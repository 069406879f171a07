import { errorBody, GatewayError, type ChatCompletionChunk, type Usage } from '@libs/core';
import type { ProviderAdapter } from '@libs/providers';
import type { Egress } from './egress';
import type { Candidate } from '@libs/routing';
import { modelName } from './ledger-bodies';

export type StreamFinish = (status: 'ok' | 'error' | 'client_closed', usage: Usage | null, finishReason: string | null) => Promise<void>;

export interface StreamStart {
  events(opts: { includeUsage: boolean; finish: StreamFinish }): AsyncIterable<string>;
}

const sse = (data: unknown): string => `data: ${JSON.stringify(data)}\n\n`;

/**
 * Opens an upstream stream and waits for its first chunk inside the attempt, so that a failure or a
 * timeout before the first byte can still fall back; after that there is no fallback (SPEC §6).
 * Usage is always requested upstream (the ledger needs it) and shown to the client only if it asked.
 */
export async function openStream(
  adapter: ProviderAdapter,
  egress: Egress,
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
  const model = modelName(c);

  return {
    async *events({ includeUsage, finish }) {
      let usage: Usage | null = null;
      let finishReason: string | null = null;
      const restore = egress.streamTransformer();
      let lastId = '';
      let settled = false; // the outcome was (or is being) recorded
      let ended = false; // upstream reached [DONE]
      try {
        let step = first;
        while (!step.done) {
          const chunk: ChatCompletionChunk = restore.chunk(step.value);
          lastId = chunk.id;
          if (chunk.usage) usage = chunk.usage;
          for (const ch of chunk.choices) if (ch.finish_reason) finishReason = ch.finish_reason;
          const usageOnly = chunk.choices.length === 0 && chunk.usage;
          if (!usageOnly || includeUsage) {
            const out: ChatCompletionChunk = { ...chunk, model };
            if (!includeUsage) delete out.usage;
            yield sse(out);
          }
          step = await it.next();
        }
        const rest = restore.flush(model, lastId);
        if (rest) yield sse(rest);
        ended = true;
      } catch {
        settled = true;
        await finish('error', usage, finishReason).catch(() => undefined);
        yield sse(errorBody(new GatewayError('upstream_error', 'The provider stream failed before completing.')));
        return;
      } finally {
        if (!ended && !settled) {
          // The client went away mid-stream (generator return()): stop upstream, still record the outcome.
          settled = true;
          await it.return?.().catch(() => undefined);
          await finish('client_closed', usage, finishReason).catch(() => undefined);
        }
      }
      settled = true;
      try {
        await finish('ok', usage, finishReason);
      } catch {
        yield sse(errorBody(new GatewayError('audit_unavailable', 'The audit ledger is unavailable; the response is incomplete.')));
        return;
      }
      yield 'data: [DONE]\n\n';
    },
  };
}
