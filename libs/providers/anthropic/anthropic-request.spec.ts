import type { ChatCompletionRequest, ChatMessage } from '@libs/core';
import { UpstreamError } from '../adapter';
import { toAnthropicRequest } from './anthropic-request';

const SECRET = 'Jane Roe 1970-01-01';
const user = (content: ChatMessage['content']): ChatMessage => ({ role: 'user', content });
const base: ChatCompletionRequest = { model: 'claude', messages: [user('hi')] };
const translate = (extra: Partial<ChatCompletionRequest>) => toAnthropicRequest({ ...base, ...extra });
const fn = (name: string, parameters?: object) => ({ type: 'function', function: parameters ? { name, parameters } : { name } });

describe('toAnthropicRequest', () => {
  it('sends the minimum Anthropic requires', () => {
    expect(toAnthropicRequest(base)).toEqual({ model: 'claude', max_tokens: 4096, messages: [{ role: 'user', content: 'hi' }] });
    expect(toAnthropicRequest(base, 1024).max_tokens).toBe(1024);
  });

  it.each<[string, Partial<ChatCompletionRequest>, object]>([
    ['max_tokens', { max_tokens: 50 }, { max_tokens: 50 }],
    ['max_completion_tokens over max_tokens', { max_tokens: 50, max_completion_tokens: 70 }, { max_tokens: 70 }],
    ['null limits fall back to the default', { max_tokens: null, max_completion_tokens: null }, { max_tokens: 4096 }],
    ['temperature within [0, 1]', { temperature: 0.3 }, { temperature: 0.3 }],
    ['temperature above 1 clamped', { temperature: 2 }, { temperature: 1 }],
    ['negative temperature clamped', { temperature: -1 }, { temperature: 0 }],
    ['top_p', { top_p: 0.5 }, { top_p: 0.5 }],
    ['stop as a string', { stop: 'END' }, { stop_sequences: ['END'] }],
    ['stop as a list', { stop: ['a', 'b'] }, { stop_sequences: ['a', 'b'] }],
    ['user as metadata.user_id', { user: 'u-1' }, { metadata: { user_id: 'u-1' } }],
    [
      'tools with and without a schema',
      { tools: [fn('a', { type: 'object', properties: { q: { type: 'string' } } }), fn('b')] },
      {
        tools: [
          { name: 'a', input_schema: { type: 'object', properties: { q: { type: 'string' } } } },
          { name: 'b', input_schema: { type: 'object', properties: {} } },
        ],
      },
    ],
    ['tool_choice auto (Anthropic default: left out)', { tools: [fn('a')], tool_choice: 'auto' }, { tool_choice: undefined }],
    ['tool_choice none', { tools: [fn('a')], tool_choice: 'none' }, { tool_choice: { type: 'none' } }],
    ['tool_choice required -> any', { tools: [fn('a')], tool_choice: 'required' }, { tool_choice: { type: 'any' } }],
    [
      'a named tool_choice -> tool',
      { tools: [fn('a')], tool_choice: { type: 'function', function: { name: 'a' } } },
      { tool_choice: { type: 'tool', name: 'a' } },
    ],
    [
      'parallel_tool_calls: false',
      { tools: [fn('a')], parallel_tool_calls: false },
      { tool_choice: { type: 'auto', disable_parallel_tool_use: true } },
    ],
    ['tool_choice without tools dropped', { tool_choice: 'required' }, { tools: undefined, tool_choice: undefined }],
    [
      'json_object as an instruction',
      { response_format: { type: 'json_object' } },
      { system: 'Respond with a single JSON object and nothing else.' },
    ],
    [
      'json_schema with its schema',
      { response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'object' } } } },
      {
        system: 'Respond with a single JSON object and nothing else. It must match this JSON Schema: {"type":"object"}',
      },
    ],
    [
      'fields without an equivalent dropped',
      { n: 2, seed: 1, logprobs: true, frequency_penalty: 1, stream_options: { include_usage: true } },
      {
        n: undefined,
        seed: undefined,
        logprobs: undefined,
        frequency_penalty: undefined,
        stream_options: undefined,
      },
    ],
  ])('maps %s', (_name, extra, expected) => {
    const out = translate(extra) as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) expect(out[k]).toEqual(v);
  });

  it.each<[string, ChatMessage[], object]>([
    [
      'system and developer messages into system',
      [{ role: 'system', content: 'A' }, { role: 'developer', content: 'B' }, user('q')],
      {
        system: 'A\n\nB',
        messages: [{ role: 'user', content: 'q' }],
      },
    ],
    [
      'a system message placed later',
      [user('q'), { role: 'system', content: 'late' }],
      { system: 'late', messages: [{ role: 'user', content: 'q' }] },
    ],
    [
      'consecutive user turns merged',
      [user('a'), user([{ type: 'text', text: 'b' }])],
      {
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'a' },
              { type: 'text', text: 'b' },
            ],
          },
        ],
      },
    ],
    [
      'an empty assistant turn dropped',
      [user('a'), { role: 'assistant', content: '' }, user('b')],
      {
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'a' },
              { type: 'text', text: 'b' },
            ],
          },
        ],
      },
    ],
    [
      'assistant tool calls and tool results',
      [
        user('go'),
        { role: 'assistant', content: null, tool_calls: [{ id: 't1', type: 'function', function: { name: 'f', arguments: '{"x":1}' } }] },
        { role: 'tool', tool_call_id: 't1', content: 'ok' },
      ],
      {
        messages: [
          { role: 'user', content: 'go' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'f', input: { x: 1 } }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'ok' }] },
        ],
      },
    ],
    [
      'an image data URL as a base64 block',
      [user([{ type: 'image_url', image_url: { url: 'data:image/JPEG;base64,/9j/' } }])],
      {
        messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: '/9j/' } }] }],
      },
    ],
  ])('translates %s', (_name, messages, expected) => {
    expect(toAnthropicRequest({ ...base, messages })).toMatchObject(expected);
  });

  it.each<[string, Partial<ChatCompletionRequest>, string]>([
    ['an audio part', { messages: [user([{ type: 'input_audio', input_audio: { data: SECRET } }])] }, 'user content part input_audio'],
    ['a part type that is not an identifier', { messages: [user([{ type: SECRET }])] }, 'user content part unknown'],
    [
      'an image in a system message',
      { messages: [{ role: 'system', content: [{ type: 'image_url', image_url: { url: SECRET } }] }] },
      'system content part image_url',
    ],
    ['an image_url without url', { messages: [user([{ type: 'image_url', image_url: SECRET }])] }, 'image_url part without url'],
    [
      'tool arguments that are not JSON',
      {
        messages: [{ role: 'assistant', tool_calls: [{ id: 't', type: 'function', function: { name: 'f', arguments: `{${SECRET}` } }] }],
      },
      'tool call arguments that are not JSON',
    ],
    [
      'tool arguments that are an array',
      {
        messages: [{ role: 'assistant', tool_calls: [{ id: 't', type: 'function', function: { name: 'f', arguments: '[1]' } }] }],
      },
      'not a JSON object',
    ],
    ['a tool message without tool_call_id', { messages: [{ role: 'tool', content: SECRET }] }, 'tool message without tool_call_id'],
    ['a non-function tool', { tools: [{ type: 'web_search' }] }, 'tool type web_search'],
    ['an unknown tool_choice', { tools: [fn('a')], tool_choice: { type: SECRET } }, 'tool_choice'],
  ])('refuses %s with a 400 that names no content', (_name, extra, reason) => {
    let err: unknown;
    try {
      translate(extra);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err).toMatchObject({ kind: 'http', status: 400 });
    expect((err as Error).message).toContain(reason);
    expect((err as Error).message).not.toContain('Jane');
  });
});
