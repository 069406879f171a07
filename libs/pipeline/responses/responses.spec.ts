import { GatewayError, type ChatCompletionChunk } from '@libs/core';
import { ResponsesEventWriter } from './events';
import { parseResponsesRequest, toChatRequest } from './request';
import { toResponseObject } from './response';

const chat = (body: Record<string, unknown>) => toChatRequest(parseResponsesRequest({ model: 'auto', ...body }));

describe('Responses -> chat completions', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['text input', { input: 'hi' }, { messages: [{ role: 'user', content: 'hi' }] }],
    [
      'instructions first, as a system message',
      { input: 'hi', instructions: 'Be brief.' },
      {
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'hi' },
        ],
      },
    ],
    [
      'input_text and input_image parts',
      {
        input: [
          {
            role: 'user',
            content: [
              { type: 'input_text', text: 'see' },
              { type: 'input_image', image_url: 'https://x/y.png' },
            ],
          },
        ],
      },
      {
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'see' },
              { type: 'image_url', image_url: { url: 'https://x/y.png' } },
            ],
          },
        ],
      },
    ],
    [
      'a function call and its output',
      {
        input: [
          { role: 'user', content: 'weather?' },
          { type: 'function_call', call_id: 'c1', name: 'w', arguments: '{}' },
          { type: 'function_call_output', call_id: 'c1', output: 'sunny' },
        ],
      },
      {
        messages: [
          { role: 'user', content: 'weather?' },
          { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'w', arguments: '{}' } }] },
          { role: 'tool', tool_call_id: 'c1', content: 'sunny' },
        ],
      },
    ],
    [
      'function tools and a named tool choice',
      {
        input: 'x',
        tools: [{ type: 'function', name: 'w', parameters: { type: 'object' } }],
        tool_choice: { type: 'function', name: 'w' },
      },
      {
        tools: [{ type: 'function', function: { name: 'w', parameters: { type: 'object' } } }],
        tool_choice: { type: 'function', function: { name: 'w' } },
      },
    ],
    [
      'text.format json_schema',
      { input: 'x', text: { format: { type: 'json_schema', name: 'e', schema: { type: 'object' }, strict: true } } },
      { response_format: { type: 'json_schema', json_schema: { name: 'e', schema: { type: 'object' }, strict: true } } },
    ],
    ['max_output_tokens', { input: 'x', max_output_tokens: 50 }, { max_completion_tokens: 50 }],
  ])('%s', (_name, body, expected) => {
    expect(chat(body)).toMatchObject(expected);
  });

  it('drops what it does not translate, so nothing unread is forwarded', () => {
    const out = chat({ input: 'x', store: true, include: ['reasoning.encrypted_content'], prompt_cache_key: 'k', safety_identifier: 's' });
    expect(Object.keys(out).sort()).toEqual(['messages', 'model']);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['previous_response_id', { input: 'x', previous_response_id: 'resp_1' }, 'previous_response_id'],
    ['item_reference', { input: [{ type: 'item_reference', id: 'msg_1' }] }, 'input.0'],
    ['non-function tools', { input: 'x', tools: [{ type: 'web_search' }] }, 'tools.0.type'],
    ['a missing input', {}, 'input'],
  ])('400 for %s', (_name, body, param) => {
    let err: unknown;
    try {
      chat(body);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GatewayError);
    expect((err as GatewayError).param).toBe(param);
  });
});

describe('chat completion -> Responses', () => {
  const request = parseResponsesRequest({ model: 'auto', input: 'x' });

  it('maps text, tool calls, usage and truncation', () => {
    const r = toResponseObject(
      request,
      {
        id: 'c1',
        object: 'chat.completion',
        created: 0,
        model: 'm',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: 'Hi',
              tool_calls: [{ id: 'k', type: 'function', function: { name: 'w', arguments: '{}' } }],
            },
            finish_reason: 'length',
          },
        ],
        usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
      },
      'p/m',
      0,
    );
    expect(r.output.map((o) => o.type)).toEqual(['message', 'function_call']);
    expect(r.status).toBe('incomplete');
    expect(r.incomplete_details).toEqual({ reason: 'max_output_tokens' });
    expect(r.usage).toMatchObject({ input_tokens: 3, output_tokens: 1, total_tokens: 4 });
    expect(r.store).toBe(false);
  });

  it('streams typed events with increasing sequence numbers', () => {
    const w = new ResponsesEventWriter(request, 'resp_1', 'p/m', 0);
    const chunk = (delta: Record<string, unknown>, finish: string | null = null): ChatCompletionChunk => ({
      id: 'c',
      object: 'chat.completion.chunk',
      created: 0,
      model: 'm',
      choices: [{ index: 0, delta, finish_reason: finish }],
    });
    const events = [
      ...w.start(),
      ...w.chunk(chunk({ content: 'Hel' })),
      ...w.chunk(chunk({ content: 'lo' })),
      ...w.chunk(chunk({ tool_calls: [{ index: 0, id: 'k', function: { name: 'w', arguments: '{"a"' } }] })),
      ...w.chunk(chunk({ tool_calls: [{ index: 0, function: { arguments: ':1}' } }] }, 'tool_calls')),
      ...w.finish(),
    ];
    expect(events.map((e) => e.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.output_item.added',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    const done = events[events.length - 1]?.response as { output: { type: string; arguments?: string }[] };
    expect(done.output[1]?.arguments).toBe('{"a":1}');
  });
});
