import type { ChatCompletionChunk, ChatCompletionRequest } from '@libs/core';
import { UpstreamError } from '../adapter';
import { AnthropicAdapter } from '../anthropic/anthropic.adapter';
import { OpenAICompatibleAdapter } from '../openai-compatible/openai-compatible.adapter';
import { FakeTransport } from './fake-transport.testing';

const request: ChatCompletionRequest = { model: 'chat', messages: [{ role: 'user', content: 'Hi' }] };
const opts = () => ({ signal: new AbortController().signal, requestId: 'req-1' });
const target = { providerId: 'up', kind: 'openai-compatible', baseUrl: 'https://upstream.example/v1/', apiKey: 'k' };
const completion = { id: 'c1', object: 'chat.completion', created: 1, model: 'chat', choices: [] };
const sse = (...events: string[]) => events.map((e) => `data: ${e}\n\n`).join('');
const chunk = (content: string) =>
  JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'chat', choices: [{ index: 0, delta: { content } }] });

async function failure(p: Promise<unknown>): Promise<UpstreamError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UpstreamError);
  return err as UpstreamError;
}

async function collect(stream: AsyncIterable<ChatCompletionChunk>): Promise<string[]> {
  const out: string[] = [];
  for await (const c of stream) out.push(c.choices[0]?.delta.content ?? '');
  return out;
}

/** The adapters over the HttpTransport port, with no sockets: what they send, and how they treat each answer. */
describe('adapters over the HttpTransport port', () => {
  it('opens one pool per adapter on the origin and sends the request line, headers and body', async () => {
    const transport = new FakeTransport(() => ({ status: 200, pieces: [JSON.stringify(completion)] }));
    const adapter = new OpenAICompatibleAdapter(target, transport, { connections: 4 });
    await expect(adapter.chat(request, opts())).resolves.toEqual(completion);
    expect(transport.pools).toEqual([{ origin: 'https://upstream.example', options: { connections: 4 }, closed: false }]);
    expect(transport.sent).toEqual([
      {
        origin: 'https://upstream.example',
        path: '/v1/chat/completions',
        headers: { 'content-type': 'application/json', authorization: 'Bearer k', 'x-request-id': 'req-1' },
        body: JSON.stringify(request),
      },
    ]);
    expect(transport.bodies[0]?.released).toBe('read');
    await adapter.close();
    expect(transport.pools[0]?.closed).toBe(true);
  });

  it('turns a non-2xx answer into UpstreamError(http) with its retry hint, and releases the body', async () => {
    const transport = new FakeTransport(() => ({ status: 429, headers: { 'retry-after': '2' }, pieces: ['{"error":"Jane Roe"}'] }));
    const err = await failure(new OpenAICompatibleAdapter(target, transport).chat(request, opts()));
    expect(err).toMatchObject({ kind: 'http', status: 429, retryAfterMs: 2000 });
    expect(err.message).not.toContain('Jane');
    expect(transport.bodies[0]?.released).toBe('discarded');
  });

  it.each([
    ['ECONNREFUSED', 'network'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['HPE_INVALID_CONSTANT', 'protocol'],
  ] as const)('classifies a transport failure with code %s as %s, never quoting its message', async (code, kind) => {
    const transport = new FakeTransport(() => Object.assign(new Error('secret body'), { code }));
    const err = await failure(new OpenAICompatibleAdapter(target, transport).chat(request, opts()));
    expect(err.kind).toBe(kind);
    expect(err.message).not.toContain('secret');
  });

  it('reports a body that is not JSON, or a read that fails, as UpstreamError', async () => {
    const transport = new FakeTransport(() => ({ pieces: ['<html>'] }));
    expect(await failure(new OpenAICompatibleAdapter(target, transport).chat(request, opts()))).toMatchObject({ kind: 'protocol' });
    transport.script = () => ({ pieces: ['{"id":', Object.assign(new Error('reset'), { code: 'ECONNRESET' })] });
    expect(await failure(new OpenAICompatibleAdapter(target, transport).chat(request, opts()))).toMatchObject({ kind: 'network' });
  });

  it('destroys the body of a streaming request answered without an event stream', async () => {
    const transport = new FakeTransport(() => ({ headers: { 'content-type': 'application/json' }, pieces: ['{}'] }));
    expect(await failure(new OpenAICompatibleAdapter(target, transport).chatStream(request, opts()))).toMatchObject({ kind: 'protocol' });
    expect(transport.bodies[0]?.released).toBe('destroyed');
  });

  it('streams chunks from bytes split anywhere, even inside a character, until [DONE]', async () => {
    const text = sse(chunk('Grüße'), chunk(' 👋'), '[DONE]');
    const bytes = new TextEncoder().encode(text);
    const inside = bytes.indexOf(0xc3) + 1; // between the two bytes of ü
    const pieces = [bytes.subarray(0, 3), bytes.subarray(3, inside), bytes.subarray(inside, inside + 60), bytes.subarray(inside + 60)];
    const transport = new FakeTransport(() => ({ headers: { 'content-type': 'text/event-stream' }, pieces }));
    const stream = await new OpenAICompatibleAdapter(target, transport).chatStream(request, opts());
    expect(await collect(stream)).toEqual(['Grüße', ' 👋']);
    expect(JSON.parse(transport.sent[0]?.body ?? '{}')).toMatchObject({ stream: true });
  });

  it('delivers the chunks before a stream that ends without [DONE], then UpstreamError(protocol)', async () => {
    const transport = new FakeTransport(() => ({ headers: { 'content-type': 'text/event-stream' }, pieces: [sse(chunk('a'))] }));
    const stream = await new OpenAICompatibleAdapter(target, transport).chatStream(request, opts());
    const seen: string[] = [];
    const err = await failure(
      (async () => {
        for await (const c of stream) seen.push(c.choices[0]?.delta.content ?? '');
      })(),
    );
    expect(seen).toEqual(['a']);
    expect(err.kind).toBe('protocol');
  });

  it('destroys the body when the caller stops reading early', async () => {
    const transport = new FakeTransport(() => ({
      headers: { 'content-type': 'text/event-stream' },
      pieces: [sse(chunk('a')), sse(chunk('b'), '[DONE]')],
    }));
    const stream = await new OpenAICompatibleAdapter(target, transport).chatStream(request, opts());
    for await (const _c of stream) break;
    expect(transport.bodies[0]?.released).toBe('destroyed');
  });

  it('speaks the Messages API through the same port (Anthropic)', async () => {
    const message = {
      id: 'm1',
      type: 'message',
      role: 'assistant',
      model: 'chat',
      content: [{ type: 'text', text: 'Hello' }],
      stop_reason: 'end_turn',
      usage: { input_tokens: 1, output_tokens: 1 },
    };
    const transport = new FakeTransport(() => ({ pieces: [JSON.stringify(message)] }));
    const adapter = new AnthropicAdapter({ ...target, kind: 'anthropic' }, transport, { clock: { now: () => new Date(0) } });
    const res = await adapter.chat(request, opts());
    expect(res.choices[0]?.message.content).toBe('Hello');
    expect(transport.sent[0]).toMatchObject({ path: '/v1/messages', headers: { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' } });
  });
});
