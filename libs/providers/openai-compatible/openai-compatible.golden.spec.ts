import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChatCompletionChunk, ChatCompletionRequest } from '@libs/core';
import { OpenAICompatibleAdapter } from './openai-compatible.adapter';
import { startScriptedUpstream, writeSlowly, type ScriptedUpstream } from '../shared/scripted-upstream.testing';
import { UndiciTransport } from '../../../src/providers/undici-transport';

const fixture = (name: string): Buffer => readFileSync(join(__dirname, 'fixtures', name));
const completionBytes = fixture('chat-completion.json');
const sseBytes = fixture('chat-completion.stream.sse');
const expectedChunks = JSON.parse(fixture('chat-completion.stream.expected.json').toString('utf8')) as ChatCompletionChunk[];

const request: ChatCompletionRequest = { model: 'gpt-4.1', messages: [{ role: 'user', content: 'Grüß mich 🙂' }] };
const call = () => ({ signal: AbortSignal.timeout(5000), requestId: 'req-golden-1' });

/** Offsets that cut inside multi-byte characters, inside `data:`, and between `\r` and `\n`. */
function awkwardOffsets(buf: Buffer): number[] {
  const inside = (needle: string, from = 0, delta = 1): number => buf.indexOf(Buffer.from(needle), from) + delta;
  const offsets = [
    inside('data:', 10, 2), // "da|ta:"
    inside('ü', 0, 1), // 2-byte char split 1|1
    inside('🙂', 0, 1), // 4-byte char split 1|3
    inside('🙂', 0, 3), // and 3|1
    inside('日本語', 0, 4), // second 3-byte char split 1|2
    inside('\r\n', 0, 1), // CR|LF
    inside('data: [DONE]', 0, 7), // "data: [|DONE]"
  ];
  expect(offsets.every((o) => o > 0)).toBe(true);
  return [...new Set(offsets)].sort((a, b) => a - b);
}

function pieces(buf: Buffer, offsets: number[]): Buffer[] {
  const out: Buffer[] = [];
  let from = 0;
  for (const at of offsets) {
    out.push(buf.subarray(from, at));
    from = at;
  }
  out.push(buf.subarray(from));
  return out;
}

async function collect(stream: AsyncIterable<ChatCompletionChunk>): Promise<ChatCompletionChunk[]> {
  const out: ChatCompletionChunk[] = [];
  for await (const c of stream) out.push(c);
  return out;
}

describe('OpenAICompatibleAdapter against golden OpenAI payloads', () => {
  let upstream: ScriptedUpstream;
  let adapter: OpenAICompatibleAdapter;

  beforeEach(async () => {
    upstream = await startScriptedUpstream((_req, res) => res.end());
    adapter = new OpenAICompatibleAdapter(
      {
        providerId: 'golden',
        kind: 'openai-compatible',
        baseUrl: `${upstream.url}/`,
        apiKey: 'sk-test',
      },
      new UndiciTransport(),
    );
  });
  afterEach(async () => {
    await adapter.close();
    await upstream.close();
  });

  it('sends the OpenAI request and parses the completion exactly', async () => {
    upstream.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(completionBytes);
    });
    const res = await adapter.chat({ ...request, stream: false, stream_options: { include_usage: true } }, call());
    expect(res).toEqual(JSON.parse(completionBytes.toString('utf8')));
    const [sent] = upstream.received;
    expect(sent?.method).toBe('POST');
    expect(sent?.url).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe('Bearer sk-test');
    expect(sent?.headers['x-request-id']).toBe('req-golden-1');
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent?.body ?? '')).toEqual(request); // stream fields dropped for a non-streaming call
  });

  it('parses the SSE fixture into the expected chunks', async () => {
    upstream.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      res.end(sseBytes);
    });
    const stream = await adapter.chatStream({ ...request, stream: true }, call());
    expect(await collect(stream)).toEqual(expectedChunks);
    expect(JSON.parse(upstream.received[0]?.body ?? '').stream).toBe(true);
  });

  it('parses the same chunks when the body arrives in awkward byte splits', async () => {
    const split = pieces(sseBytes, awkwardOffsets(sseBytes));
    upstream.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.flushHeaders();
      void writeSlowly(res, split);
    });
    const stream = await adapter.chatStream(request, call());
    const chunks = await collect(stream);
    expect(chunks).toEqual(expectedChunks);
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('Grüße 🙂 日本語');
  });

  it('parses a stream delivered one byte at a time', async () => {
    const bytes = Array.from({ length: sseBytes.length }, (_, i) => sseBytes.subarray(i, i + 1));
    upstream.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      void writeSlowly(res, bytes, 0);
    });
    expect(await collect(await adapter.chatStream(request, call()))).toEqual(expectedChunks);
  });
});
