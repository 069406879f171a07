import { createServer } from 'node:net';
import type { ChatCompletionChunk, ChatCompletionRequest } from '@libs/core';
import { UpstreamError, type UpstreamFailureKind } from '../adapter';
import { startSimulator, type SimulatorHandle } from '../../../src/demo/simulator/simulator.server';
import { OpenAICompatibleAdapter } from './openai-compatible.adapter';
import { startScriptedUpstream, type ScriptedUpstream } from '../shared/scripted-upstream.testing';
import { UndiciTransport } from '../../../src/providers/undici-transport';

const PROMPT = 'Patient Jane Roe, DOB 1970-01-01';
const request: ChatCompletionRequest = { model: 'chat', messages: [{ role: 'user', content: PROMPT }] };
const opts = (ms = 5000) => ({ signal: AbortSignal.timeout(ms), requestId: 'req-1' });

async function failure(p: Promise<unknown>): Promise<UpstreamError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(UpstreamError);
    return err as UpstreamError;
  }
  throw new Error('expected an UpstreamError');
}

async function collect(stream: AsyncIterable<ChatCompletionChunk>): Promise<ChatCompletionChunk[]> {
  const out: ChatCompletionChunk[] = [];
  for await (const c of stream) out.push(c);
  return out;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise<void>((r) => server.close(() => r()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('OpenAICompatibleAdapter against the simulator', () => {
  let sim: SimulatorHandle;
  let adapter: OpenAICompatibleAdapter;

  beforeEach(async () => {
    sim = await startSimulator({ port: 0, providerId: 'sim-a' });
    adapter = new OpenAICompatibleAdapter({ providerId: 'sim-a', kind: 'simulator', baseUrl: sim.url }, new UndiciTransport());
  });
  afterEach(async () => {
    await adapter.close();
    await sim.close();
  });

  it('completes a non-streaming call', async () => {
    const res = await adapter.chat(request, opts());
    expect(res.object).toBe('chat.completion');
    expect(res.model).toBe('chat');
    expect(res.choices[0]?.message.content).toBe('[sim-a] Simulated reply #1 to a 8-token prompt.');
    expect(res.choices[0]?.finish_reason).toBe('stop');
    expect(res.usage).toEqual({ prompt_tokens: 8, completion_tokens: 12, total_tokens: 20 });
  });

  it('streams chunks, then usage, until [DONE]', async () => {
    const stream = await adapter.chatStream({ ...request, stream: true, stream_options: { include_usage: true } }, opts());
    const chunks = await collect(stream);
    const content = chunks.slice(0, -1);
    const usage = chunks[chunks.length - 1];
    expect(content.length).toBeGreaterThan(1);
    expect(content[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(content.map((c) => c.choices[0]?.delta.content).join('')).toBe('[sim-a] Simulated reply #1 to a 8-token prompt.');
    expect(content.map((c) => c.choices[0]?.finish_reason)).toEqual([...content.slice(1).map(() => null), 'stop']);
    expect(usage?.choices).toEqual([]);
    expect(usage?.usage).toEqual({ prompt_tokens: 8, completion_tokens: 12, total_tokens: 20 });
  });

  it('turns a 500 into UpstreamError http 500 without the body', async () => {
    sim.setFaults({ failureRate: 1 });
    const err = await failure(adapter.chat(request, opts()));
    expect(err).toMatchObject({ kind: 'http', status: 500 });
    expect(err.message).not.toMatch(/simulated/i);
    const streamErr = await failure(adapter.chatStream(request, opts()));
    expect(streamErr).toMatchObject({ kind: 'http', status: 500 });
  });

  it('turns an aborted signal into a timeout', async () => {
    sim.setFaults({ timeoutRate: 1 });
    expect((await failure(adapter.chat(request, opts(50)))).kind).toBe('timeout');
    expect((await failure(adapter.chatStream(request, opts(50)))).kind).toBe('timeout');
    expect((await failure(adapter.chat(request, { signal: AbortSignal.abort(), requestId: 'r' }))).kind).toBe('timeout');
  });

  it('serves again after faults are lifted', async () => {
    sim.setFaults({ failureRate: 1 });
    await failure(adapter.chat(request, opts()));
    sim.setFaults({ failureRate: 0 });
    await expect(adapter.chat(request, opts())).resolves.toMatchObject({ object: 'chat.completion' });
  });
});

describe('OpenAICompatibleAdapter failure modes', () => {
  let upstream: ScriptedUpstream;
  let adapter: OpenAICompatibleAdapter;

  beforeEach(async () => {
    upstream = await startScriptedUpstream((_req, res) => res.end());
    adapter = new OpenAICompatibleAdapter({ providerId: 'up', kind: 'openai-compatible', baseUrl: upstream.url }, new UndiciTransport(), {
      closeGraceMs: 50,
    });
  });
  afterEach(async () => {
    await adapter.close();
    await upstream.close();
  });

  it('reports connection refused as network', async () => {
    const dead = new OpenAICompatibleAdapter(
      {
        providerId: 'x',
        kind: 'openai-compatible',
        baseUrl: `http://127.0.0.1:${await freePort()}/v1`,
      },
      new UndiciTransport(),
    );
    const err = await failure(dead.chat(request, opts()));
    expect(err.kind).toBe('network');
    expect(err.message).toContain('ECONNREFUSED');
    await dead.close();
  });

  it('parses retry-after and keeps the echoed prompt out of the message', async () => {
    upstream.script((req, res) => {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '2' });
      res.end(JSON.stringify({ error: { message: `rate limited: ${req.body}` } }));
    });
    const err = await failure(adapter.chat(request, opts()));
    expect(err).toMatchObject({ kind: 'http', status: 429, retryAfterMs: 2000 });
    expect(err.message).not.toContain('Jane');
  });

  it.each<[string, (res: import('node:http').ServerResponse) => void, boolean, UpstreamFailureKind]>([
    ['a body that is not JSON', (res) => res.end('<html>'), false, 'protocol'],
    ['JSON without choices', (res) => res.end('{"object":"x"}'), false, 'protocol'],
    ['a JSON answer to a stream request', (res) => res.end('{}'), true, 'protocol'],
    ['a reset before the answer', (res) => res.socket?.destroy(), false, 'network'],
  ])('reports %s', async (_name, answer, stream, kind) => {
    upstream.script((_req, res) => answer(res));
    const err = await failure(stream ? adapter.chatStream(request, opts()) : adapter.chat(request, opts()));
    expect(err.kind).toBe(kind);
  });

  const event = (content: string) =>
    `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;

  it.each<[string, string, UpstreamFailureKind]>([
    ['a stream that ends before [DONE]', event('a'), 'protocol'],
    ['an event that is not JSON', `${event('a')}data: {oops\n\n`, 'protocol'],
    ['an error event mid-stream', `${event('a')}data: {"error":{"message":"overloaded"}}\n\n`, 'http'],
  ])('delivers the chunks before %s, then fails', async (_name, body, kind) => {
    upstream.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(body);
    });
    const seen: string[] = [];
    const stream = await adapter.chatStream(request, opts());
    const err = await failure(
      (async () => {
        for await (const c of stream) seen.push(c.choices[0]?.delta.content ?? '');
      })(),
    );
    expect(seen).toEqual(['a']);
    expect(err.kind).toBe(kind);
  });

  it('times out mid-stream when the signal aborts', async () => {
    upstream.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(event('first'));
    });
    const stream = await adapter.chatStream(request, opts(100));
    const seen: string[] = [];
    const err = await failure(
      (async () => {
        for await (const c of stream) seen.push(c.choices[0]?.delta.content ?? '');
      })(),
    );
    expect(seen).toEqual(['first']);
    expect(err.kind).toBe('timeout');
  });

  it('reuses one connection across calls, failures and streams', async () => {
    let n = 0;
    upstream.script((_req, res) => {
      n++;
      if (n === 2) {
        res.writeHead(500, { 'content-type': 'application/json' });
        return res.end('{"error":{"message":"x"}}');
      }
      if (n % 2 === 1) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        return res.end(`${event('x')}data: [DONE]\n\n`);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [] }));
    });
    for (let i = 1; i <= 6; i++) {
      if (i % 2 === 1) await collect(await adapter.chatStream(request, opts()));
      else if (i === 2) await failure(adapter.chat(request, opts()));
      else await adapter.chat(request, opts());
      await new Promise((r) => setImmediate(r)); // let the drained socket go back to the pool
    }
    expect(upstream.received).toHaveLength(6);
    expect(upstream.connections()).toBe(1);
  });

  it('releases the stream when the consumer stops early', async () => {
    upstream.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(event('one'));
      res.write(event('two'));
    });
    const stream = await adapter.chatStream(request, opts());
    for await (const c of stream) {
      expect(c.choices[0]?.delta.content).toBe('one');
      break;
    }
    await adapter.close(); // must not wait for the abandoned stream
  });

  it('close() gives up on a hung call after the grace period', async () => {
    upstream.script(() => undefined);
    const pending = failure(adapter.chat(request, opts(60_000)));
    while (upstream.received.length === 0) await new Promise((r) => setTimeout(r, 5));
    await adapter.close();
    expect(['network', 'timeout']).toContain((await pending).kind);
  });
});
