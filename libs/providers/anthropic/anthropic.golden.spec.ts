import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChatCompletionChunk, ChatCompletionRequest } from '@libs/core';
import {
  bytewise,
  offsetsInside,
  splitAt,
  startScriptedUpstream,
  writeSlowly,
  type ScriptedUpstream,
} from '../shared/scripted-upstream.testing';
import { SseDecoder } from '../shared/sse-decoder';
import { AnthropicAdapter } from './anthropic.adapter';
import { AnthropicEventTranslator } from './anthropic-events';
import { UndiciTransport } from '../../../src/providers/undici-transport';

const fixture = (name: string): Buffer => readFileSync(join(__dirname, 'fixtures', name));
const json = <T>(name: string): T => JSON.parse(fixture(name).toString('utf8')) as T;

const CREATED = 1741569952;
const clock = { now: () => new Date(CREATED * 1000 + 999) };
const request: ChatCompletionRequest = { model: 'claude-sonnet-4-20250514', messages: [{ role: 'user', content: 'Grüß mich 🙂' }] };
const streaming: ChatCompletionRequest = { ...request, stream: true, stream_options: { include_usage: true } };
const call = () => ({ signal: AbortSignal.timeout(5000), requestId: 'req-golden-a' });

async function collect(stream: AsyncIterable<ChatCompletionChunk>): Promise<ChatCompletionChunk[]> {
  const out: ChatCompletionChunk[] = [];
  for await (const c of stream) out.push(c);
  return out;
}

describe('AnthropicAdapter against golden Messages API payloads', () => {
  let upstream: ScriptedUpstream;
  let adapter: AnthropicAdapter;

  beforeEach(async () => {
    upstream = await startScriptedUpstream((_req, res) => res.end());
    adapter = new AnthropicAdapter(
      { providerId: 'golden', kind: 'anthropic', baseUrl: `${upstream.url}/`, apiKey: 'sk-ant-test' },
      new UndiciTransport(),
      { clock },
    );
  });
  afterEach(async () => {
    await adapter.close();
    await upstream.close();
  });

  const answerJson = (name: string) =>
    upstream.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(fixture(name));
    });
  const answerStream = (pieces: Buffer[], pauseMs = 2) =>
    upstream.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      res.flushHeaders();
      void writeSlowly(res, pieces, pauseMs);
    });

  it('sends the translated request to /messages with Anthropic headers', async () => {
    answerJson('message.json');
    await adapter.chat(json<ChatCompletionRequest>('request.openai.json'), call());
    const [sent] = upstream.received;
    expect(sent?.method).toBe('POST');
    expect(sent?.url).toBe('/v1/messages');
    expect(sent?.headers['x-api-key']).toBe('sk-ant-test');
    expect(sent?.headers['anthropic-version']).toBe('2023-06-01');
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(sent?.headers['x-request-id']).toBe('req-golden-a');
    expect(sent?.headers.authorization).toBeUndefined();
    expect(JSON.parse(sent?.body ?? '')).toEqual(json('request.anthropic.json'));
  });

  it('sends stream: true (and no stream_options) for a streaming call, and honours apiVersion', async () => {
    const versioned = new AnthropicAdapter(
      { providerId: 'g', kind: 'anthropic', baseUrl: upstream.url, apiKey: 'k', apiVersion: '2024-01-01' },
      new UndiciTransport(),
      { clock },
    );
    answerStream([fixture('message.stream.sse')]);
    await collect(await versioned.chatStream(streaming, call()));
    await versioned.close();
    const sent = upstream.received[0];
    expect(sent?.headers['anthropic-version']).toBe('2024-01-01');
    expect(JSON.parse(sent?.body ?? '')).toEqual({
      model: request.model,
      max_tokens: 4096,
      messages: [{ role: 'user', content: 'Grüß mich 🙂' }],
      stream: true,
    });
  });

  it.each([
    ['a text message', 'message.json', 'message.expected.json'],
    ['thinking, text and two tool_use blocks', 'message-tool-use.json', 'message-tool-use.expected.json'],
  ])('parses %s exactly', async (_name, answer, expected) => {
    answerJson(answer);
    expect(await adapter.chat(request, call())).toEqual(json(expected));
  });

  const streams: [string, string, string, [string, number, number?][]][] = [
    [
      'a text stream',
      'message.stream.sse',
      'message.stream.expected.json',
      [
        ['event:', 3, 10], // "eve|nt:" of the second event
        ['data:', 2], // "da|ta:"
        ['ü', 1], // 2-byte char split 1|1
        ['🙂', 1], // 4-byte char split 1|3
        ['🙂', 3], // and 3|1
        ['日本語', 4], // a 3-byte char split 1|2
        ['\n\n', 1], // between the two line ends
        ['"message_stop"', 5],
      ],
    ],
    [
      'thinking, text and two tool calls',
      'tool-use.stream.sse',
      'tool-use.stream.expected.json',
      [
        ['input_json_delta', 6],
        ['\\"San Francisc', 4],
        ['ü', 1],
        ['"tool_use","id"', 9],
        ['message_delta', 8],
      ],
    ],
  ];

  it.each(streams)('translates %s into the expected chunks', async (_name, sse, expected) => {
    answerStream([fixture(sse)]);
    expect(await collect(await adapter.chatStream(streaming, call()))).toEqual(json(expected));
  });

  it.each(streams)('translates %s identically when the bytes arrive in awkward splits', async (_name, sse, expected, cuts) => {
    const bytes = fixture(sse);
    answerStream(splitAt(bytes, offsetsInside(bytes, cuts)));
    const chunks = await collect(await adapter.chatStream(streaming, call()));
    expect(chunks).toEqual(json(expected));
  });

  it.each(streams)('translates %s identically when decoded one byte at a time', (_name, sse, expected) => {
    const decoder = new SseDecoder();
    const translator = new AnthropicEventTranslator({ created: CREATED, includeUsage: true });
    const events: string[] = [];
    const chunks: ChatCompletionChunk[] = [];
    let complete = false;
    for (const b of bytewise(fixture(sse))) decoder.push(b, events);
    decoder.end(events);
    for (const e of events) complete = translator.accept(e, chunks);
    expect(complete).toBe(true);
    expect(chunks).toEqual(json(expected));
  });

  it('joins the streamed text and arguments back to the non-streamed answer', async () => {
    answerStream([fixture('tool-use.stream.sse')]);
    const chunks = await collect(await adapter.chatStream(streaming, call()));
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    const args = new Map<number, string>();
    for (const c of chunks) {
      for (const t of (c.choices[0]?.delta.tool_calls ?? []) as { index: number; function?: { arguments?: string } }[]) {
        args.set(t.index, (args.get(t.index) ?? '') + (t.function?.arguments ?? ''));
      }
    }
    expect(text).toBe("Okay, let's check the weather for San Francisco, CA:");
    expect(JSON.parse(args.get(0) ?? '')).toEqual({ location: 'San Francisco, CA', unit: 'fahrenheit' });
    expect(JSON.parse(args.get(1) ?? '')).toEqual({ tz: 'Europe/Zürich' });
  });

  it('leaves out usage: null and the usage chunk when include_usage was not asked', async () => {
    answerStream([fixture('message.stream.sse')]);
    const chunks = await collect(await adapter.chatStream(request, call()));
    const expected = json<ChatCompletionChunk[]>('message.stream.expected.json').slice(0, -1);
    expect(chunks).toEqual(expected.map(({ usage: _usage, ...rest }) => rest));
  });
});
