import { findingsPerText, pseudonymize, roleOf, type Classification, type PseudonymVault, type StreamRestorer } from '@libs/classification';
import { mapRequestTexts, requestTexts, type ChatCompletionChunk, type ChatCompletionResponse, type ChunkChoice } from '@libs/core';

/** Roles that leave the building only as placeholders when a rule says `action: pseudonymize`. */
const PSEUDONYMIZED_ROLES = new Set(['personal', 'medical_identifier', 'payment', 'secret']);

/** What is sent upstream, and how answers are turned back for the client. */
export interface Egress<B> {
  request: B;
  /** Placeholders issued (0 when nothing was pseudonymised). */
  placeholders: number;
  restore(body: ChatCompletionResponse): ChatCompletionResponse;
  /** A per-stream transformer: restores placeholders split across chunks (bounded hold-back). */
  streamTransformer(): { chunk(c: ChatCompletionChunk): ChatCompletionChunk; flush(model: string, id: string): ChatCompletionChunk | null };
}

const identity: Omit<Egress<never>, 'request'> = {
  placeholders: 0,
  restore: (b) => b,
  streamTransformer: () => ({ chunk: (c) => c, flush: () => null }),
};

/**
 * Reversible pseudonymisation for egress (SPEC §4): `<PERSON_1>` goes to the provider, the real value
 * comes back to the client, streaming included. The vault lives only in this request's memory.
 */
export function prepareEgress<B extends Readonly<Record<string, unknown>>>(request: B, cls: Classification, enabled: boolean): Egress<B> {
  if (!enabled) return { ...identity, request };
  // The same walk the classifier read: finding indices are indices of these texts.
  const { texts } = requestTexts(request);
  const findings = cls.findings.filter((f) => PSEUDONYMIZED_ROLES.has(roleOf(f.entityType)));
  const { texts: masked, vault } = pseudonymize(texts, findingsPerText(findings, texts.length));
  return {
    request: mapRequestTexts(request, (_t, i) => masked[i] ?? ''),
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
        tool_calls: ch.message.tool_calls?.map((t) => ({
          ...t,
          function: { ...t.function, arguments: vault.restore(t.function.arguments) },
        })),
      },
    })),
  };
}

interface ToolCallDelta {
  index?: number;
  function?: { arguments?: string; [k: string]: unknown };
  [k: string]: unknown;
}

function restoreToolDeltas(deltas: unknown[], choice: number, get: (key: string) => StreamRestorer): unknown[] {
  return deltas.map((d) => {
    const t = d as ToolCallDelta;
    const args = t.function?.arguments;
    if (typeof args !== 'string') return d;
    return { ...t, function: { ...t.function, arguments: get(`${choice}:tool:${t.index ?? 0}`).push(args) } };
  });
}

/** Held-back text of one choice when it finishes: content, and each tool call's arguments. */
function releaseChoice(choice: number, held: Map<string, StreamRestorer>): { content: string; tools: ToolCallDelta[] } {
  let content = '';
  const tools: ToolCallDelta[] = [];
  for (const [key, r] of held) {
    const [c, kind, index] = key.split(':');
    if (Number(c) !== choice) continue;
    const rest = r.end();
    if (rest === '') continue;
    if (kind === 'content') content += rest;
    else tools.push({ index: Number(index), function: { arguments: rest } });
  }
  return { content, tools };
}

function streamTransformer(vault: PseudonymVault) {
  const held = new Map<string, StreamRestorer>();
  const get = (key: string): StreamRestorer => {
    let r = held.get(key);
    if (!r) held.set(key, (r = vault.streamRestorer()));
    return r;
  };
  return {
    chunk(c: ChatCompletionChunk): ChatCompletionChunk {
      return { ...c, choices: c.choices.map((ch) => restoreChoice(ch, get, held)) };
    },
    /** Text still held back when the upstream ended without a finish_reason. */
    flush(model: string, id: string): ChatCompletionChunk | null {
      const indices = [...new Set([...held.keys()].map((k) => Number(k.split(':')[0])))];
      const choices = indices
        .map((index) => {
          const { content, tools } = releaseChoice(index, held);
          const delta: ChunkChoice['delta'] = {};
          if (content !== '') delta.content = content;
          if (tools.length > 0) delta.tool_calls = tools;
          return { index, delta, finish_reason: null };
        })
        .filter((c) => Object.keys(c.delta).length > 0);
      return choices.length > 0 ? { id, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model, choices } : null;
    },
  };
}

function restoreChoice(ch: ChunkChoice, get: (key: string) => StreamRestorer, held: Map<string, StreamRestorer>): ChunkChoice {
  const delta = { ...ch.delta };
  if (typeof delta.content === 'string') delta.content = get(`${ch.index}:content:0`).push(delta.content);
  if (Array.isArray(delta.tool_calls)) delta.tool_calls = restoreToolDeltas(delta.tool_calls, ch.index, get);
  if (ch.finish_reason) {
    // The choice ends: release what was held back with its last chunk.
    const { content, tools } = releaseChoice(ch.index, held);
    if (content !== '') delta.content = (typeof delta.content === 'string' ? delta.content : '') + content;
    if (tools.length > 0) delta.tool_calls = [...(Array.isArray(delta.tool_calls) ? delta.tool_calls : []), ...tools];
  }
  return { ...ch, delta };
}
