import { findingsPerText, pseudonymize, roleOf, type Classification, type PseudonymVault, type StreamRestorer } from '@libs/classification';
import { mapMessageTexts, messageTexts, type ChatCompletionChunk, type ChatCompletionRequest, type ChatCompletionResponse } from '@libs/core';

/** Roles that leave the building only as placeholders when a rule says `action: pseudonymize`. */
const PSEUDONYMIZED_ROLES = new Set(['personal', 'medical_identifier', 'payment', 'secret']);

/** What is sent upstream, and how answers are turned back for the client. */
export interface Egress {
  request: ChatCompletionRequest;
  /** Placeholders issued (0 when nothing was pseudonymised). */
  placeholders: number;
  restore(body: ChatCompletionResponse): ChatCompletionResponse;
  /** A per-stream transformer: restores placeholders split across chunks (bounded hold-back). */
  streamTransformer(): { chunk(c: ChatCompletionChunk): ChatCompletionChunk; flush(model: string, id: string): ChatCompletionChunk | null };
}

const identity: Egress = {
  request: undefined as unknown as ChatCompletionRequest,
  placeholders: 0,
  restore: (b) => b,
  streamTransformer: () => ({ chunk: (c) => c, flush: () => null }),
};

/**
 * Reversible pseudonymisation for egress (SPEC §4): `<PERSON_1>` goes to the provider, the real value
 * comes back to the client, streaming included. The vault lives only in this request's memory.
 */
export function prepareEgress(request: ChatCompletionRequest, cls: Classification, enabled: boolean): Egress {
  if (!enabled) return { ...identity, request };
  const texts = messageTexts(request.messages);
  const findings = cls.findings.filter((f) => PSEUDONYMIZED_ROLES.has(roleOf(f.entityType)));
  const { texts: masked, vault } = pseudonymize(texts, findingsPerText(findings, texts.length));
  return {
    request: { ...request, messages: mapMessageTexts(request.messages, (_t, i) => masked[i] ?? '') },
    placeholders: vault.size,
    restore: (body) => restoreResponse(body, vault),
    streamTransformer: () => streamTransformer(vault),
  };
}

function restoreResponse(body: ChatCompletionResponse, vault: PseudonymVault): ChatCompletionResponse {
  return {
    ...body,
    choices: body.choices.map((ch) => ({
      ...ch,
      message: {
        ...ch.message,
        content: typeof ch.message.content === 'string' ? vault.restore(ch.message.content) : ch.message.content,
        tool_calls: ch.message.tool_calls?.map((t) => ({ ...t, function: { ...t.function, arguments: vault.restore(t.function.arguments) } })),
      },
    })),
  };
}

function streamTransformer(vault: PseudonymVault) {
  const restorers = new Map<number, StreamRestorer>();
  const restorer = (i: number) => {
    let r = restorers.get(i);
    if (!r) restorers.set(i, (r = vault.streamRestorer()));
    return r;
  };
  return {
    chunk(c: ChatCompletionChunk): ChatCompletionChunk {
      return {
        ...c,
        choices: c.choices.map((ch) => {
          const r = restorer(ch.index);
          let content = typeof ch.delta.content === 'string' ? r.push(ch.delta.content) : ch.delta.content;
          // The choice ends: release what was held back with its last chunk.
          if (ch.finish_reason) content = (content ?? '') + r.end();
          return content === ch.delta.content ? ch : { ...ch, delta: { ...ch.delta, content } };
        }),
      };
    },
    /** Text still held back when the upstream ended without a finish_reason. */
    flush(model: string, id: string): ChatCompletionChunk | null {
      const choices = [...restorers].map(([index, r]) => ({ index, delta: { content: r.end() }, finish_reason: null })).filter((c) => c.delta.content !== '');
      return choices.length > 0 ? { id, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model, choices } : null;
    },
  };
}
