import type { ChatCompletionResponse, ToolCall, Usage } from '@libs/core';
import { protocolError } from '../shared/failures';
import type { AnthropicMessage, AnthropicUsage } from './anthropic-wire';

/** The usage of an OpenAI response, with the `prompt_tokens_details` OpenAI reports for cached prompts. */
export type ChatUsage = Usage & { prompt_tokens_details?: { cached_tokens: number } };

/**
 * Anthropic's stop reasons as OpenAI finish reasons: end_turn, stop_sequence, pause_turn -> stop;
 * max_tokens, model_context_window_exceeded -> length; tool_use -> tool_calls; refusal -> content_filter.
 * Unknown future reasons read as `stop`; none yet is `null`.
 */
export function finishReason(stop: unknown): string | null {
  switch (stop) {
    case null:
    case undefined:
      return null;
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      return 'stop';
  }
}

const count = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) : 0);

/**
 * Anthropic usage as OpenAI usage. Anthropic's `input_tokens` excludes prompt-cache reads and writes;
 * OpenAI's `prompt_tokens` includes them, so they are added (cache reads also as `cached_tokens`).
 */
export function toUsage(u: AnthropicUsage): ChatUsage {
  const cacheRead = count(u.cache_read_input_tokens);
  const prompt = count(u.input_tokens) + count(u.cache_creation_input_tokens) + cacheRead;
  const completion = count(u.output_tokens);
  const usage: ChatUsage = { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
  if (cacheRead > 0) usage.prompt_tokens_details = { cached_tokens: cacheRead };
  return usage;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks the shape of a Messages API response (`protocol` error otherwise). */
export function asAnthropicMessage(x: unknown): AnthropicMessage {
  if (!isObject(x) || x.type !== 'message' || !Array.isArray(x.content) || !x.content.every(isObject) || !isObject(x.usage)) {
    throw protocolError('a message without content');
  }
  if (typeof x.id !== 'string' || typeof x.model !== 'string') throw protocolError('a message without id or model');
  return x as unknown as AnthropicMessage;
}

/** A tool_use block's call in OpenAI shape (`arguments` is the JSON text of `input`). */
export function toolCall(id: unknown, name: unknown, args: string): ToolCall {
  if (typeof id !== 'string' || typeof name !== 'string') throw protocolError('a tool_use block without id or name');
  return { id, type: 'function', function: { name, arguments: args } };
}

/**
 * A Messages API response as an OpenAI chat completion: text blocks joined into `content` (null when
 * there is none), tool_use blocks as `tool_calls`, other blocks (thinking, server tools) left out.
 * Anthropic has no `created`; the caller supplies it (seconds).
 */
export function fromAnthropicMessage(raw: unknown, created: number): ChatCompletionResponse {
  const msg = asAnthropicMessage(raw);
  let text: string | null = null;
  const calls: ToolCall[] = [];
  for (const block of msg.content) {
    if (block.type === 'text' && typeof block.text === 'string') text = (text ?? '') + block.text;
    else if (block.type === 'tool_use') calls.push(toolCall(block.id, block.name, JSON.stringify(block.input ?? {})));
  }
  const message: ChatCompletionResponse['choices'][number]['message'] = { role: 'assistant', content: text };
  if (calls.length > 0) message.tool_calls = calls;
  return {
    id: msg.id,
    object: 'chat.completion',
    created,
    model: msg.model,
    choices: [{ index: 0, message, finish_reason: finishReason(msg.stop_reason), logprobs: null }],
    usage: toUsage(msg.usage),
  };
}
