import type { ChatCompletionChunk } from '@libs/core';
import { UpstreamError } from '../adapter';
import { AnthropicEventTranslator } from './anthropic-events';
import { finishReason, fromAnthropicMessage, toUsage } from './anthropic-response';

describe('Anthropic responses in OpenAI shape', () => {
  it.each([
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['pause_turn', 'stop'],
    ['max_tokens', 'length'],
    ['model_context_window_exceeded', 'length'],
    ['tool_use', 'tool_calls'],
    ['refusal', 'content_filter'],
    ['a_future_reason', 'stop'],
    [null, null],
  ])('stop_reason %s -> finish_reason %s', (stop, finish) => {
    expect(finishReason(stop)).toBe(finish);
  });

  it.each([
    [
      { input_tokens: 10, output_tokens: 5 },
      { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    ],
    [
      { input_tokens: 10, output_tokens: 5, cache_creation_input_tokens: 3, cache_read_input_tokens: 0 },
      { prompt_tokens: 13, completion_tokens: 5, total_tokens: 18 },
    ],
    [
      { input_tokens: 10, output_tokens: 5, cache_read_input_tokens: 7 },
      { prompt_tokens: 17, completion_tokens: 5, total_tokens: 22, prompt_tokens_details: { cached_tokens: 7 } },
    ],
    [
      { input_tokens: null, output_tokens: -1 },
      { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    ],
  ])('usage %j', (usage, expected) => {
    expect(toUsage(usage)).toEqual(expected);
  });

  it('gives content null for a message without text', () => {
    const res = fromAnthropicMessage(
      { id: 'm', type: 'message', role: 'assistant', model: 'c', content: [], stop_reason: 'end_turn', usage: {} },
      5,
    );
    expect(res.choices[0]?.message).toEqual({ role: 'assistant', content: null });
    expect(res.created).toBe(5);
  });

  it.each([
    ['an error body', { type: 'error', error: { type: 'api_error', message: 'x' } }],
    ['no content', { id: 'm', type: 'message', model: 'c', usage: {} }],
    ['no usage', { id: 'm', type: 'message', model: 'c', content: [] }],
    ['no id', { type: 'message', model: 'c', content: [], usage: {} }],
    ['a tool_use without a name', { id: 'm', type: 'message', model: 'c', content: [{ type: 'tool_use', id: 't', input: {} }], usage: {} }],
  ])('refuses %s as a protocol error', (_name, body) => {
    expect(() => fromAnthropicMessage(body, 0)).toThrow(expect.objectContaining({ kind: 'protocol' }));
  });
});

describe('AnthropicEventTranslator edge cases', () => {
  const start = JSON.stringify({ type: 'message_start', message: { id: 'm', model: 'c', usage: { input_tokens: 3, output_tokens: 1 } } });
  function run(events: object[], includeUsage = true): { chunks: ChatCompletionChunk[]; complete: boolean; error?: UpstreamError } {
    const t = new AnthropicEventTranslator({ created: 1, includeUsage });
    const chunks: ChatCompletionChunk[] = [];
    let complete = false;
    try {
      for (const e of [start, ...events.map((x) => JSON.stringify(x))]) complete = t.accept(e, chunks);
    } catch (err) {
      return { chunks, complete, error: err as UpstreamError };
    }
    return { chunks, complete };
  }

  it('ends with finish_reason stop when message_stop comes without message_delta', () => {
    const { chunks, complete } = run([{ type: 'message_stop' }], false);
    expect(complete).toBe(true);
    expect(chunks.map((c) => c.choices[0]?.finish_reason)).toEqual([null, 'stop']);
  });

  it('skips unknown events and block types, and takes input_tokens restated by message_delta', () => {
    const { chunks } = run([
      { type: 'some_future_event', index: 0 },
      { type: 'content_block_start', index: 0, content_block: { type: 'server_tool_use', id: 's', name: 'web_search', input: {} } },
      { type: 'content_block_delta', index: 0, delta: { type: 'citations_delta', citation: {} } },
      { type: 'message_delta', delta: { stop_reason: 'max_tokens' }, usage: { input_tokens: 9, output_tokens: 4 } },
      { type: 'message_stop' },
    ]);
    expect(chunks).toHaveLength(3);
    expect(chunks[1]?.choices[0]?.finish_reason).toBe('length');
    expect(chunks[2]?.usage).toEqual({ prompt_tokens: 9, completion_tokens: 4, total_tokens: 13 });
  });

  it('passes a tool_use input given whole at block start as its arguments', () => {
    const { chunks } = run([
      { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 't', name: 'f', input: { a: 1 } } },
    ]);
    expect(chunks[1]?.choices[0]?.delta.tool_calls).toEqual([
      { index: 0, id: 't', type: 'function', function: { name: 'f', arguments: '{"a":1}' } },
    ]);
  });

  it.each<[string, object[], string, number | undefined]>([
    ['an overloaded error event', [{ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }], 'http', 529],
    ['a rate limit error event', [{ type: 'error', error: { type: 'rate_limit_error', message: 'slow down' } }], 'http', 429],
    ['an error event of an unknown type', [{ type: 'error', error: { type: 'Jane Roe', message: 'Jane Roe' } }], 'http', undefined],
    [
      'a delta for a block that is not a tool',
      [{ type: 'content_block_delta', index: 4, delta: { type: 'input_json_delta', partial_json: '{' } }],
      'protocol',
      undefined,
    ],
    ['a text_delta without text', [{ type: 'content_block_delta', index: 0, delta: { type: 'text_delta' } }], 'protocol', undefined],
    ['a second message_start', [{ type: 'message_start', message: { id: 'm', model: 'c' } }], 'protocol', undefined],
    ['an event without a type', [{ index: 0 }], 'protocol', undefined],
  ])('fails on %s', (_name, events, kind, status) => {
    const { error } = run(events);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ kind, status });
    expect(error?.message).not.toContain('Jane');
  });

  it('fails on content before message_start and on data that is not JSON', () => {
    const t = new AnthropicEventTranslator({ created: 1, includeUsage: false });
    expect(() => t.accept('{"type":"content_block_stop","index":0}', [])).toThrow(expect.objectContaining({ kind: 'protocol' }));
    expect(() => t.accept('{oops', [])).toThrow(expect.objectContaining({ kind: 'protocol' }));
    expect(t.accept('{"type":"ping"}', [])).toBe(false);
  });
});
