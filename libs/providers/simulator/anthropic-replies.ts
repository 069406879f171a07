import type { ChatCompletionRequest, ChatMessage } from '@libs/core';
import type { SimulatedReply } from './simulated-replies';
import { splitWords } from './simulated-replies';
import { pickTool, simulateToolCall, splitEvery, type SimTool, type SimulatedToolCall } from './tool-replies';

/** The simulator's side of the Anthropic Messages API: request reading and answer bodies (pure). */

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The text a block carries, for token counting and echo: text, tool_result content, tool_use input. */
function blockText(b: unknown): string {
  if (!isObject(b)) return '';
  if (b.type === 'text' && typeof b.text === 'string') return b.text;
  if (b.type === 'tool_use') return JSON.stringify(b.input ?? {});
  if (b.type === 'tool_result') return typeof b.content === 'string' ? b.content : Array.isArray(b.content) ? b.content.map(blockText).join('') : '';
  return '';
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  return Array.isArray(content) ? content.map(blockText).join('') : '';
}

/** Only the text blocks of a user turn (a turn of tool results alone has none). */
function userWords(content: unknown): string {
  if (typeof content === 'string') return content;
  return Array.isArray(content) ? content.map((b) => (isObject(b) && b.type === 'text' && typeof b.text === 'string' ? b.text : '')).join('') : '';
}

export interface AnthropicSimRequest {
  /** The same conversation in OpenAI shape, so the shared reply logic (tokens, echo, max_tokens) applies. */
  chat: ChatCompletionRequest;
  stream: boolean;
  tools: SimTool[];
  lastUserText: string | undefined;
  toolChoice: string | undefined;
}

/** Reads a Messages API request; undefined when it lacks what Anthropic requires (model, max_tokens, messages). */
export function readAnthropicRequest(body: unknown): AnthropicSimRequest | undefined {
  if (!isObject(body) || typeof body.model !== 'string' || typeof body.max_tokens !== 'number' || !Array.isArray(body.messages)) return undefined;
  if (!body.messages.every((m) => isObject(m) && (m.role === 'user' || m.role === 'assistant'))) return undefined;
  const turns = body.messages as { role: 'user' | 'assistant'; content: unknown }[];
  const messages: ChatMessage[] = [];
  const system = contentText(body.system);
  if (system !== '') messages.push({ role: 'system', content: system });
  for (const t of turns) messages.push({ role: t.role, content: contentText(t.content) });
  const tools: SimTool[] = [];
  for (const t of Array.isArray(body.tools) ? body.tools : []) if (isObject(t) && typeof t.name === 'string') tools.push({ name: t.name, schema: t.input_schema });
  const last = turns[turns.length - 1];
  const tc = isObject(body.tool_choice) ? body.tool_choice : undefined;
  return {
    chat: { model: body.model, messages, max_tokens: body.max_tokens },
    stream: body.stream === true,
    tools,
    lastUserText: last?.role === 'user' ? userWords(last.content) : undefined,
    toolChoice: tc?.type === 'none' ? 'none' : tc?.type === 'tool' && typeof tc.name === 'string' ? tc.name : undefined,
  };
}

export function anthropicToolCall(req: AnthropicSimRequest, n: number, promptTokens: number): SimulatedToolCall | undefined {
  const tool = pickTool(req.tools, req.lastUserText, req.toolChoice);
  return tool === undefined ? undefined : simulateToolCall(tool, `toolu_sim_${n}`, promptTokens);
}

export type AnthropicAnswer = { kind: 'text'; reply: SimulatedReply } | { kind: 'tool'; call: SimulatedToolCall };

function stopReason(a: AnthropicAnswer): string {
  if (a.kind === 'tool') return 'tool_use';
  return a.reply.finishReason === 'length' ? 'max_tokens' : 'end_turn';
}

const usageOf = (a: AnthropicAnswer) => (a.kind === 'tool' ? a.call.usage : a.reply.usage);

export function anthropicMessageBody(model: string, id: string, a: AnthropicAnswer): unknown {
  const u = usageOf(a);
  const content =
    a.kind === 'tool'
      ? [{ type: 'tool_use', id: a.call.id, name: a.call.name, input: JSON.parse(a.call.arguments) as unknown }]
      : [{ type: 'text', text: a.reply.content }];
  return {
    id,
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: stopReason(a),
    stop_sequence: null,
    usage: { input_tokens: u.prompt_tokens, output_tokens: u.completion_tokens },
  };
}

const event = (type: string, data: object): string => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

/** The SSE body Anthropic sends for the answer: message_start, one content block with its deltas, message_delta, message_stop. */
export function anthropicStreamBody(model: string, id: string, a: AnthropicAnswer): string {
  const u = usageOf(a);
  const message = { id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null };
  let out = event('message_start', { message: { ...message, usage: { input_tokens: u.prompt_tokens, output_tokens: 1 } } });
  if (a.kind === 'tool') {
    out += event('content_block_start', { index: 0, content_block: { type: 'tool_use', id: a.call.id, name: a.call.name, input: {} } });
    out += event('ping', {});
    for (const piece of ['', ...splitEvery(a.call.arguments)]) out += event('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: piece } });
  } else {
    out += event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
    out += event('ping', {});
    for (const piece of splitWords(a.reply.content)) out += event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: piece } });
  }
  out += event('content_block_stop', { index: 0 });
  out += event('message_delta', { delta: { stop_reason: stopReason(a), stop_sequence: null }, usage: { output_tokens: u.completion_tokens } });
  return out + event('message_stop', {});
}

export function anthropicModelsBody(ids: readonly string[]): unknown {
  const data = ids.map((id) => ({ type: 'model', id, display_name: id, created_at: '1970-01-01T00:00:00Z' }));
  return { data, has_more: false, first_id: ids[0] ?? null, last_id: ids[ids.length - 1] ?? null };
}
