import type { ChatCompletionChunk, ChunkChoice } from '@libs/core';
import { UpstreamError } from '../adapter';
import type { EventTranslator } from '../shared/chunk-stream';
import { protocolError } from '../shared/failures';
import { finishReason, toolCall, toUsage } from './anthropic-response';
import type { AnthropicUsage } from './anthropic-wire';

type Delta = ChunkChoice['delta'];
type Event = Record<string, unknown>;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** HTTP statuses Anthropic documents for its error types, so an error event reads like the HTTP error would. */
const ERROR_STATUS: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  overloaded_error: 529,
};

/** The numeric fields of a usage object: later events restate only some (output_tokens is cumulative). */
function counts(usage: Record<string, unknown>): AnthropicUsage {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(usage)) if (typeof v === 'number') out[k] = v;
  return out;
}

function streamError(event: Event): UpstreamError {
  const type = isObject(event.error) ? event.error.type : undefined;
  const known = typeof type === 'string' && Object.hasOwn(ERROR_STATUS, type) ? type : undefined;
  const detail = known === undefined ? '' : ` (${known})`;
  return new UpstreamError(
    'http',
    `upstream reported an error inside the event stream${detail}`,
    known === undefined ? undefined : ERROR_STATUS[known],
  );
}

export interface AnthropicStreamOptions {
  /** Anthropic has no `created`; every chunk gets this (seconds). */
  created: number;
  /** Emit the usage chunk (empty `choices`) before the end, and `usage: null` on the others, as OpenAI does. */
  includeUsage: boolean;
}

/**
 * Anthropic's Messages stream as `chat.completion.chunk`s: `message_start` -> a chunk with
 * `delta.role: 'assistant'`; `text_delta` -> `delta.content`; a tool_use block -> `delta.tool_calls`
 * (index, id, name, then `input_json_delta` fragments as argument pieces); `message_delta` -> the
 * chunk with `finish_reason`; `message_stop` -> the usage chunk, then the end. `ping`, thinking and
 * unknown events are skipped; an `error` event fails the stream.
 */
export class AnthropicEventTranslator implements EventTranslator {
  readonly terminator = 'message_stop';
  private id = '';
  private model = '';
  private started = false;
  private finished = false;
  private usage: AnthropicUsage = {};
  /** Content block index -> OpenAI tool call index (tool calls are numbered on their own). */
  private readonly tools = new Map<number, number>();

  constructor(private readonly opts: AnthropicStreamOptions) {}

  accept(data: string, out: ChatCompletionChunk[]): boolean {
    let event: unknown;
    try {
      event = JSON.parse(data);
    } catch {
      throw protocolError('an event that is not JSON');
    }
    if (!isObject(event) || typeof event.type !== 'string') throw protocolError('an event without a type');
    if (event.type === 'error') throw streamError(event);
    if (event.type === 'ping') return false;
    if (event.type === 'message_start') {
      this.start(event, out);
      return false;
    }
    if (!this.started) throw protocolError('an event before message_start');
    switch (event.type) {
      case 'content_block_start':
        this.blockStart(event, out);
        return false;
      case 'content_block_delta':
        this.blockDelta(event, out);
        return false;
      case 'message_delta':
        this.messageDelta(event, out);
        return false;
      case 'message_stop':
        if (!this.finished) this.push(out, {}, 'stop');
        if (this.opts.includeUsage) out.push({ ...this.base(), choices: [], usage: toUsage(this.usage) });
        return true;
      default:
        return false; // content_block_stop, and event types added after this adapter was written
    }
  }

  private start(event: Event, out: ChatCompletionChunk[]): void {
    const msg = event.message;
    if (this.started || !isObject(msg) || typeof msg.id !== 'string' || typeof msg.model !== 'string') {
      throw protocolError('a malformed message_start');
    }
    this.started = true;
    this.id = msg.id;
    this.model = msg.model;
    if (isObject(msg.usage)) this.usage = counts(msg.usage);
    this.push(out, { role: 'assistant', content: '' }, null);
  }

  private blockStart(event: Event, out: ChatCompletionChunk[]): void {
    const block = event.content_block;
    if (typeof event.index !== 'number' || !isObject(block)) throw protocolError('a malformed content_block_start');
    if (block.type === 'text') {
      if (typeof block.text === 'string' && block.text !== '') this.push(out, { content: block.text }, null);
    } else if (block.type === 'tool_use') {
      const index = this.tools.size;
      this.tools.set(event.index, index);
      const input = isObject(block.input) && Object.keys(block.input).length > 0 ? JSON.stringify(block.input) : '';
      this.push(out, { tool_calls: [{ index, ...toolCall(block.id, block.name, input) }] }, null);
    }
  }

  private blockDelta(event: Event, out: ChatCompletionChunk[]): void {
    const delta = event.delta;
    if (typeof event.index !== 'number' || !isObject(delta)) throw protocolError('a malformed content_block_delta');
    if (delta.type === 'text_delta') {
      if (typeof delta.text !== 'string') throw protocolError('a text_delta without text');
      if (delta.text !== '') this.push(out, { content: delta.text }, null);
    } else if (delta.type === 'input_json_delta') {
      const index = this.tools.get(event.index);
      if (index === undefined || typeof delta.partial_json !== 'string')
        throw protocolError('an input_json_delta outside a tool_use block');
      if (delta.partial_json !== '') this.push(out, { tool_calls: [{ index, function: { arguments: delta.partial_json } }] }, null);
    }
  }

  private messageDelta(event: Event, out: ChatCompletionChunk[]): void {
    if (isObject(event.usage)) this.usage = { ...this.usage, ...counts(event.usage) };
    const reason = isObject(event.delta) ? finishReason(event.delta.stop_reason) : null;
    if (reason !== null && !this.finished) {
      this.finished = true;
      this.push(out, {}, reason);
    }
  }

  private base(): { id: string; object: 'chat.completion.chunk'; created: number; model: string } {
    return { id: this.id, object: 'chat.completion.chunk', created: this.opts.created, model: this.model };
  }

  private push(out: ChatCompletionChunk[], delta: Delta, finish: string | null): void {
    const chunk: ChatCompletionChunk = { ...this.base(), choices: [{ index: 0, delta, finish_reason: finish }] };
    if (this.opts.includeUsage) chunk.usage = null;
    out.push(chunk);
  }
}
