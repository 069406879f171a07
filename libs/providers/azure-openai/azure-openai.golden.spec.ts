import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChatCompletionChunk, ChatCompletionRequest } from '@libs/core';
import { OpenAIEventTranslator } from '../openai-compatible/openai-events';
import {
  bytewise,
  offsetsInside,
  splitAt,
  startScriptedUpstream,
  writeSlowly,
  type ScriptedUpstream,
} from '../shared/scripted-upstream.testing';
import { SseDecoder } from '../shared/sse-decoder';
import { AzureOpenAIAdapter, azureDialect } from './azure-openai.adapter';
import { UndiciTransport } from '../../../src/providers/undici-transport';

const fixture = (name: string): Buffer => readFileSync(join(__dirname, 'fixtures', name));
const json = <T>(name: string): T => JSON.parse(fixture(name).toString('utf8')) as T;

const request: ChatCompletionRequest = { model: 'gpt-4o-prod', messages: [{ role: 'user', content: 'Grüß mich 🙂' }] };
const streaming: ChatCompletionRequest = { ...request, stream: true, stream_options: { include_usage: true } };
const call = () => ({ signal: AbortSignal.timeout(5000), requestId: 'req-golden-z' });

async function collect(stream: AsyncIterable<ChatCompletionChunk>): Promise<ChatCompletionChunk[]> {
  const out: ChatCompletionChunk[] = [];
  for await (const c of stream) out.push(c);
  return out;
}

describe('AzureOpenAIAdapter against golden Azure OpenAI payloads', () => {
  let upstream: ScriptedUpstream;
  let adapter: AzureOpenAIAdapter;
  let endpoint: string;

  beforeEach(async () => {
    upstream = await startScriptedUpstream((_req, res) => res.end());
    endpoint = new URL(upstream.url).origin; // the resource endpoint, e.g. https://my-resource.openai.azure.com
    adapter = new AzureOpenAIAdapter(
      { providerId: 'golden', kind: 'azure-openai', baseUrl: `${endpoint}/`, apiKey: 'az-key' },
      new UndiciTransport(),
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
  const answerStream = (pieces: Buffer[]) =>
    upstream.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      res.flushHeaders();
      void writeSlowly(res, pieces, 2);
    });

  it('posts to the deployment with api-version and api-key, the body unchanged', async () => {
    answerJson('chat-completion.json');
    await adapter.chat({ ...request, stream: false, stream_options: { include_usage: true } }, call());
    const [sent] = upstream.received;
    expect(sent?.method).toBe('POST');
    expect(sent?.url).toBe('/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21');
    expect(sent?.headers['api-key']).toBe('az-key');
    expect(sent?.headers.authorization).toBeUndefined();
    expect(sent?.headers['x-request-id']).toBe('req-golden-z');
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent?.body ?? '')).toEqual(request);
  });

  it('takes apiVersion from the target, keeps a base path and encodes the deployment', async () => {
    const other = new AzureOpenAIAdapter(
      {
        providerId: 'g',
        kind: 'azure-openai',
        baseUrl: `${endpoint}/proxy/`,
        apiKey: 'k',
        apiVersion: '2025-01-01-preview',
      },
      new UndiciTransport(),
    );
    answerJson('chat-completion.json');
    await other.chat({ ...request, model: 'my deploy/1' }, call());
    await other.close();
    expect(upstream.received[0]?.url).toBe('/proxy/openai/deployments/my%20deploy%2F1/chat/completions?api-version=2025-01-01-preview');
  });

  it.each([['chat-completion.json'], ['chat-completion-tool-call.json']])(
    'parses %s exactly (Azure fields passed through)',
    async (name) => {
      answerJson(name);
      expect(await adapter.chat(request, call())).toEqual(json(name));
    },
  );

  const streams: [string, string, [string, number, number?][]][] = [
    [
      'chat-completion.stream.sse',
      'chat-completion.stream.expected.json',
      [
        ['data:', 2, 10], // "da|ta:" of the second event
        ['prompt_filter_results', 7],
        ['ü', 1], // 2-byte char split 1|1
        ['🙂', 1], // 4-byte char split 1|3
        ['🙂', 3], // and 3|1
        ['日本語', 4], // a 3-byte char split 1|2
        ['\n\n', 1, 200], // between the two line ends
        ['data: [DONE]', 7], // "data: [|DONE]"
      ],
    ],
    [
      'tool-call.stream.sse',
      'tool-call.stream.expected.json',
      [
        ['"tool_calls"', 5],
        ['ö', 1],
        ['get_time', 4],
        ['[DONE]', 3],
      ],
    ],
  ];

  it.each(streams)('parses %s into the expected chunks, without the content-filter preamble', async (sse, expected) => {
    answerStream([fixture(sse)]);
    const chunks = await collect(await adapter.chatStream(streaming, call()));
    expect(chunks).toEqual(json(expected));
    expect(chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
    expect(JSON.parse(upstream.received[0]?.body ?? '').stream).toBe(true);
  });

  it.each(streams)('parses %s identically when the bytes arrive in awkward splits', async (sse, expected, cuts) => {
    const bytes = fixture(sse);
    answerStream(splitAt(bytes, offsetsInside(bytes, cuts)));
    expect(await collect(await adapter.chatStream(streaming, call()))).toEqual(json(expected));
  });

  it.each(streams)('parses %s identically when decoded one byte at a time', (sse, expected) => {
    const dialect = azureDialect();
    const decoder = new SseDecoder();
    const translator = new OpenAIEventTranslator(dialect.keepChunk?.bind(dialect));
    const events: string[] = [];
    const chunks: ChatCompletionChunk[] = [];
    let complete = false;
    for (const b of bytewise(fixture(sse))) decoder.push(b, events);
    decoder.end(events);
    for (const e of events) complete = translator.accept(e, chunks);
    expect(complete).toBe(true);
    expect(chunks).toEqual(json(expected));
  });

  it('joins the streamed tool call arguments back to the non-streamed ones', async () => {
    answerStream([fixture('tool-call.stream.sse')]);
    const chunks = await collect(await adapter.chatStream(streaming, call()));
    const args = ['', ''];
    for (const c of chunks) {
      for (const t of (c.choices[0]?.delta.tool_calls ?? []) as { index: 0 | 1; function: { arguments: string } }[])
        args[t.index] += t.function.arguments;
    }
    const whole = json<{ choices: { message: { tool_calls: { function: { arguments: string } }[] } }[] }>('chat-completion-tool-call.json');
    expect(args).toEqual(whole.choices[0]?.message.tool_calls.map((t) => t.function.arguments));
  });
});
