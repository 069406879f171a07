import type { ChatMessage } from '@libs/core';
import type { SimAnswer, SimAsk, SimChoice, SimFormat, SimTool, SimToolChoice } from './answer';
import { splitEvery, splitWords } from './simulated-replies';

/** The simulator's side of the Anthropic Messages API: request reading and answer bodies (pure). */

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The text a block carries, for token counting and echo: text, tool_result content, tool_use input. */
function blockText(b: unknown): string {
  if (!isObject(b)) return '';
  if (b.type === 'text' && typeof b.text === 'string') return b.text;
  if (b.type === 'tool_use') return JSON.stringify(b.input ?? {});
  if (b.type === 'tool_result')
    return typeof b.content === 'string' ? b.content : Array.isArray(b.content) ? b.content.map(blockText).join('') : '';
  return '';
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  return Array.isArray(content) ? content.map(blockText).join('') : '';
}

/** Only the text blocks of a user turn (a turn of tool results alone has none). */
function userWords(content: unknown): string {
  if (typeof content === 'string') return content;
  return Array.isArray(content)
    ? content.map((b) => (isObject(b) && b.type === 'text' && typeof b.text === 'string' ? b.text : '')).join('')
    : '';
}

export interface AnthropicSimRequest {
  model: string;
  stream: boolean;
  ask: SimAsk;
}

const SCHEMA_MARKER = 'JSON Schema: ';

/**
 * The output format asked: Anthropic's structured outputs (`output_format: {type: json_schema, schema}`),
 * or, as a model reads it, an instruction in `system` to answer one JSON object (matching the JSON
 * Schema written after "JSON Schema: ", as the gateway's adapter phrases it).
 */
function format(body: Record<string, unknown>, system: string): SimFormat {
  const of = isObject(body.output_format) ? body.output_format : undefined;
  if (of?.type === 'json_schema' && isObject(of.schema)) return { type: 'json_schema', schema: of.schema };
  const at = system.lastIndexOf(SCHEMA_MARKER);
  if (at >= 0) {
    const rest = system.slice(at + SCHEMA_MARKER.length);
    for (const candidate of [rest, rest.split('\n\n')[0] ?? '']) {
      try {
        const schema: unknown = JSON.parse(candidate);
        if (isObject(schema)) return { type: 'json_schema', schema };
      } catch {
        // not this cut
      }
    }
  }
  return /single JSON object/i.test(system) ? { type: 'json_object' } : { type: 'text' };
}

function toolChoice(tc: unknown): SimToolChoice {
  if (!isObject(tc)) return 'auto';
  if (tc.type === 'none') return 'none';
  if (tc.type === 'any') return 'required';
  return tc.type === 'tool' && typeof tc.name === 'string' ? { name: tc.name } : 'auto';
}

/** Reads a Messages API request; undefined when it lacks what Anthropic requires (model, max_tokens, messages). */
export function readAnthropicRequest(body: unknown): AnthropicSimRequest | undefined {
  if (!isObject(body) || typeof body.model !== 'string' || typeof body.max_tokens !== 'number' || !Array.isArray(body.messages))
    return undefined;
  if (!body.messages.every((m) => isObject(m) && (m.role === 'user' || m.role === 'assistant'))) return undefined;
  const turns = body.messages as { role: 'user' | 'assistant'; content: unknown }[];
  const messages: ChatMessage[] = [];
  const system = contentText(body.system);
  if (system !== '') messages.push({ role: 'system', content: system });
  for (const t of turns) messages.push({ role: t.role, content: contentText(t.content) });
  const tools: SimTool[] = [];
  for (const t of Array.isArray(body.tools) ? body.tools : [])
    if (isObject(t) && typeof t.name === 'string')
      tools.push({ name: t.name, description: typeof t.description === 'string' ? t.description : undefined, schema: t.input_schema });
  const last = turns[turns.length - 1];
  const stop = Array.isArray(body.stop_sequences) ? body.stop_sequences.filter((x): x is string => typeof x === 'string') : [];
  const userWordsLast = last?.role === 'user' ? userWords(last.content) : undefined;
  return {
    model: body.model,
    stream: body.stream === true,
    ask: {
      messages,
      // a turn of tool results alone is not the user speaking
      lastUserText: userWordsLast === '' && Array.isArray(last?.content) ? undefined : userWordsLast,
      tools,
      toolChoice: toolChoice(body.tool_choice),
      format: format(body, system),
      n: 1,
      stop,
      maxTokens: body.max_tokens,
      logprobs: false,
    },
  };
}

function stopReason(c: SimChoice): string {
  if (c.toolCalls.length > 0) return 'tool_use';
  if (c.refusal !== null) return 'refusal';
  if (c.finishReason === 'length') return 'max_tokens';
  return c.stopSequence !== null ? 'stop_sequence' : 'end_turn';
}

export function anthropicMessageBody(model: string, id: string, a: SimAnswer): unknown {
  const c = a.choices[0] as SimChoice;
  const content =
    c.toolCalls.length > 0
      ? c.toolCalls.map((t) => ({ type: 'tool_use', id: t.id, name: t.name, input: JSON.parse(t.arguments) as unknown }))
      : [{ type: 'text', text: c.refusal ?? c.text ?? '' }];
  return {
    id,
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: stopReason(c),
    stop_sequence: c.stopSequence,
    usage: { input_tokens: a.usage.prompt_tokens, output_tokens: a.usage.completion_tokens },
  };
}

const event = (type: string, data: object): string => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

/** The SSE body Anthropic sends for the answer: message_start, content blocks with their deltas, message_delta, message_stop. */
export function anthropicStreamBody(model: string, id: string, a: SimAnswer): string {
  const c = a.choices[0] as SimChoice;
  const message = { id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null };
  let out = event('message_start', { message: { ...message, usage: { input_tokens: a.usage.prompt_tokens, output_tokens: 1 } } });
  if (c.toolCalls.length > 0) {
    c.toolCalls.forEach((t, index) => {
      out += event('content_block_start', { index, content_block: { type: 'tool_use', id: t.id, name: t.name, input: {} } });
      if (index === 0) out += event('ping', {});
      for (const piece of ['', ...splitEvery(t.arguments)])
        out += event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: piece } });
      out += event('content_block_stop', { index });
    });
  } else {
    out += event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
    out += event('ping', {});
    for (const piece of splitWords(c.refusal ?? c.text ?? ''))
      out += event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: piece } });
    out += event('content_block_stop', { index: 0 });
  }
  out += event('message_delta', {
    delta: { stop_reason: stopReason(c), stop_sequence: c.stopSequence },
    usage: { output_tokens: a.usage.completion_tokens },
  });
  return out + event('message_stop', {});
}

export function anthropicModelsBody(ids: readonly string[]): unknown {
  const data = ids.map((id) => ({ type: 'model', id, display_name: id, created_at: '1970-01-01T00:00:00Z' }));
  return { data, has_more: false, first_id: ids[0] ?? null, last_id: ids[ids.length - 1] ?? null };
}
