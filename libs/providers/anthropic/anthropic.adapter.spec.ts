import type { ServerResponse } from 'node:http';
import type { ChatCompletionChunk, ChatCompletionRequest } from '@libs/core';
import { UpstreamError, type UpstreamFailureKind } from '../adapter';
import { startScriptedUpstream, type ScriptedUpstream } from '../shared/scripted-upstream.testing';
import { startSimulator, type SimulatorHandle } from '../../../src/demo/simulator/simulator.server';
import { AnthropicAdapter } from './anthropic.adapter';
import { UndiciTransport } from '../../../src/providers/undici-transport';

const PROMPT = 'Patient Jane Roe, DOB 1970-01-01';
const request: ChatCompletionRequest = { model: 'claude-test', messages: [{ role: 'user', content: PROMPT }] };
const opts = (ms = 5000) => ({ signal: AbortSignal.timeout(ms), requestId: 'req-a' });
const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' }, days: { type: 'integer' }, unit: { enum: ['c', 'f'] } },
      required: ['city', 'days', 'unit'],
    },
  },
};

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

const sse = (type: string, data: object) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
const START = sse('message_start', {
  message: { id: 'msg_1', type: 'message', role: 'assistant', model: 'c', content: [], usage: { input_tokens: 1, output_tokens: 1 } },
});
const TEXT =
  sse('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }) +
  sse('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'first' } });

describe('AnthropicAdapter failure modes', () => {
  let upstream: ScriptedUpstream;
  let adapter: AnthropicAdapter;

  beforeEach(async () => {
    upstream = await startScriptedUpstream((_req, res) => res.end());
    adapter = new AnthropicAdapter({ providerId: 'up', kind: 'anthropic', baseUrl: upstream.url, apiKey: 'k' }, new UndiciTransport(), {
      closeGraceMs: 50,
    });
  });
  afterEach(async () => {
    await adapter.close();
    await upstream.close();
  });

  const errorBody = (type: string, req: { body: string }) =>
    JSON.stringify({ type: 'error', error: { type, message: `echo: ${req.body}` } });

  it.each<[number, string, Record<string, string>, number | undefined]>([
    [401, 'authentication_error', {}, undefined],
    [429, 'rate_limit_error', { 'retry-after': '7' }, 7000],
    [500, 'api_error', {}, undefined],
    [529, 'overloaded_error', { 'retry-after': '1' }, 1000],
  ])('maps HTTP %d to UpstreamError http without the body', async (status, type, headers, retryAfterMs) => {
    upstream.script((req, res) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(errorBody(type, req));
    });
    for (const attempt of [() => adapter.chat(request, opts()), () => adapter.chatStream(request, opts())]) {
      const err = await failure(attempt());
      expect(err).toMatchObject({ kind: 'http', status, retryAfterMs });
      expect(err.message).not.toContain('Jane');
    }
  });

  it('drains error bodies: one connection serves failures and successes', async () => {
    let n = 0;
    upstream.script((req, res) => {
      if (++n % 2 === 1) {
        res.writeHead(500, { 'content-type': 'application/json' });
        return res.end(errorBody('api_error', req));
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(`${START}${TEXT}${sse('message_stop', {})}`);
    });
    for (let i = 0; i < 4; i++) {
      if (i % 2 === 0) await failure(adapter.chat(request, opts()));
      else await collect(await adapter.chatStream(request, opts()));
      await new Promise((r) => setImmediate(r));
    }
    expect(upstream.connections()).toBe(1);
  });

  it.each<[string, (res: ServerResponse) => void, boolean, UpstreamFailureKind]>([
    ['a body that is not JSON', (res) => res.end('<html>'), false, 'protocol'],
    ['JSON that is not a message', (res) => res.end('{"type":"completion"}'), false, 'protocol'],
    ['a JSON answer to a stream request', (res) => res.end('{}'), true, 'protocol'],
    ['a reset before the answer', (res) => res.socket?.destroy(), false, 'network'],
  ])('reports %s', async (_name, answer, stream, kind) => {
    upstream.script((_req, res) => answer(res));
    const err = await failure(stream ? adapter.chatStream(request, opts()) : adapter.chat(request, opts()));
    expect(err.kind).toBe(kind);
  });

  it.each<[string, string, UpstreamFailureKind, number | undefined]>([
    ['a stream that ends before message_stop', `${START}${TEXT}`, 'protocol', undefined],
    [
      'an overloaded error event mid-stream',
      `${START}${TEXT}${sse('error', { error: { type: 'overloaded_error', message: PROMPT } })}`,
      'http',
      529,
    ],
    ['an event that is not JSON', `${START}${TEXT}event: ping\ndata: {oops\n\n`, 'protocol', undefined],
  ])('delivers the chunks before %s, then fails', async (_name, body, kind, status) => {
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
    expect(seen).toEqual(['', 'first']);
    expect(err).toMatchObject({ kind, status });
    expect(err.message).not.toContain('Jane');
  });

  it('times out before the headers, mid-stream, and on an aborted signal', async () => {
    upstream.script(() => undefined);
    expect((await failure(adapter.chat(request, opts(50)))).kind).toBe('timeout');
    expect((await failure(adapter.chatStream(request, opts(50)))).kind).toBe('timeout');
    expect((await failure(adapter.chat(request, { signal: AbortSignal.abort(), requestId: 'r' }))).kind).toBe('timeout');
    upstream.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`${START}${TEXT}`);
    });
    const stream = await adapter.chatStream(request, opts(150));
    const seen: string[] = [];
    const err = await failure(
      (async () => {
        for await (const c of stream) seen.push(c.choices[0]?.delta.content ?? '');
      })(),
    );
    expect(seen).toEqual(['', 'first']);
    expect(err.kind).toBe('timeout');
  });

  it('refuses an untranslatable request with a 400 before sending anything', async () => {
    const audio: ChatCompletionRequest = {
      model: 'c',
      messages: [{ role: 'user', content: [{ type: 'input_audio', input_audio: { data: PROMPT } }] }],
    };
    expect(await failure(adapter.chat(audio, opts()))).toMatchObject({ kind: 'http', status: 400 });
    expect(await failure(adapter.chatStream(audio, opts()))).toMatchObject({ kind: 'http', status: 400 });
    const malformed = { model: 'c', messages: null } as unknown as ChatCompletionRequest;
    const err = await failure(adapter.chat(malformed, opts()));
    expect(err).toMatchObject({ kind: 'http', status: 400 });
    expect(err.message).toContain('a malformed request');
    expect(upstream.received).toHaveLength(0);
  });

  it('uses defaultMaxTokens and sends no x-api-key without a key', async () => {
    const keyless = new AnthropicAdapter({ providerId: 'k', kind: 'anthropic', baseUrl: upstream.url }, new UndiciTransport(), {
      defaultMaxTokens: 256,
    });
    upstream.script((_req, res) => res.writeHead(500).end());
    await failure(keyless.chat(request, opts()));
    await keyless.close();
    expect(upstream.received[0]?.headers['x-api-key']).toBeUndefined();
    expect(JSON.parse(upstream.received[0]?.body ?? '').max_tokens).toBe(256);
  });

  it('releases the stream when the consumer stops early', async () => {
    upstream.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`${START}${TEXT}`);
    });
    for await (const c of await adapter.chatStream(request, opts())) {
      expect(c.choices[0]?.delta.role).toBe('assistant');
      break;
    }
    await adapter.close(); // must not wait for the abandoned stream
  });
});

describe('AnthropicAdapter against the simulator speaking the Messages API', () => {
  let sim: SimulatorHandle;
  let adapter: AnthropicAdapter;

  beforeEach(async () => {
    sim = await startSimulator({ port: 0, providerId: 'sim-a', wire: 'anthropic', apiKey: 'sk-ant-sim' });
    adapter = new AnthropicAdapter(
      { providerId: 'sim-a', kind: 'anthropic', baseUrl: sim.url, apiKey: 'sk-ant-sim' },
      new UndiciTransport(),
      {
        closeGraceMs: 50,
      },
    );
  });
  afterEach(async () => {
    await adapter.close();
    await sim.close();
  });

  const withTools = (text: string): ChatCompletionRequest => ({
    model: 'claude-test',
    messages: [{ role: 'user', content: text }],
    tools: [weatherTool],
  });

  it('completes a call with text, finish_reason and usage', async () => {
    const res = await adapter.chat({ ...request, messages: [{ role: 'system', content: 'Be brief.' }, ...request.messages] }, opts());
    expect(res).toMatchObject({ object: 'chat.completion', id: 'msg_sim-a_1', model: 'claude-test' });
    expect(res.choices[0]).toMatchObject({
      message: { role: 'assistant', content: '[sim-a] Simulated reply #1 to a 11-token prompt.' },
      finish_reason: 'stop',
    });
    expect(res.usage).toEqual({ prompt_tokens: 11, completion_tokens: 12, total_tokens: 23 });
  });

  it('streams role, text, finish_reason and a usage chunk', async () => {
    const chunks = await collect(await adapter.chatStream({ ...request, stream: true, stream_options: { include_usage: true } }, opts()));
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '' });
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('[sim-a] Simulated reply #1 to a 8-token prompt.');
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { prompt_tokens: 8, completion_tokens: 12, total_tokens: 20 } });
    expect(new Set(chunks.map((c) => c.id))).toEqual(new Set(['msg_sim-a_1']));
  });

  it('maps max_tokens to finish_reason length', async () => {
    const res = await adapter.chat({ ...request, max_tokens: 2 }, opts());
    expect(res.choices[0]).toMatchObject({ message: { content: '[sim-a] ' }, finish_reason: 'length' });
  });

  it('answers "use the tool" with a tool call, then text once the result is in', async () => {
    const res = await adapter.chat(withTools('Please use the tool.'), opts());
    const calls = res.choices[0]?.message.tool_calls ?? [];
    expect(res.choices[0]?.finish_reason).toBe('tool_calls');
    expect(calls).toEqual([
      { id: 'toolu_sim_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"sample city","days":42,"unit":"c"}' } },
    ]);
    const next = await adapter.chat(
      {
        ...withTools('Please use the tool.'),
        messages: [
          ...withTools('Please use the tool.').messages,
          { role: 'assistant', content: null, tool_calls: calls },
          { role: 'tool', tool_call_id: 'toolu_sim_1', content: '{"temp":3}' },
        ],
      },
      opts(),
    );
    expect(next.choices[0]).toMatchObject({ finish_reason: 'stop', message: { content: expect.stringContaining('Simulated reply #2') } });
    expect((await adapter.chat(withTools('no tools today'), opts())).choices[0]?.finish_reason).toBe('stop');
  });

  it('streams a tool call as tool_calls deltas', async () => {
    const chunks = await collect(
      await adapter.chatStream({ ...withTools('use the tool'), stream_options: { include_usage: true } }, opts()),
    );
    const deltas = chunks.flatMap(
      (c) => (c.choices[0]?.delta.tool_calls ?? []) as { index: number; id?: string; function: { name?: string; arguments: string } }[],
    );
    expect(deltas[0]).toEqual({ index: 0, id: 'toolu_sim_1', type: 'function', function: { name: 'get_weather', arguments: '' } });
    expect(JSON.parse(deltas.map((d) => d.function.arguments).join(''))).toEqual({ city: 'sample city', days: 42, unit: 'c' });
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('tool_calls');
    expect(chunks.at(-1)?.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it('receives the translated body (echo mode records it)', async () => {
    sim.setFaults({ mode: 'echo' });
    const res = await adapter.chat({ ...request, messages: [{ role: 'system', content: 'Sys.' }, ...request.messages] }, opts());
    expect(res.choices[0]?.message.content).toBe(PROMPT);
    expect(sim.lastChatBody).toEqual({
      model: 'claude-test',
      max_tokens: 4096,
      system: 'Sys.',
      messages: [{ role: 'user', content: PROMPT }],
    });
  });

  it('gets 401 with a wrong or missing key', async () => {
    for (const apiKey of ['wrong', undefined]) {
      const bad = new AnthropicAdapter({ providerId: 'x', kind: 'anthropic', baseUrl: sim.url, apiKey }, new UndiciTransport());
      expect(await failure(bad.chat(request, opts()))).toMatchObject({ kind: 'http', status: 401 });
      await bad.close();
    }
  });

  it('maps simulated failures and hangs', async () => {
    sim.setFaults({ failureRate: 1 });
    expect(await failure(adapter.chat(request, opts()))).toMatchObject({ kind: 'http', status: 500 });
    expect(await failure(adapter.chatStream(request, opts()))).toMatchObject({ kind: 'http', status: 500 });
    sim.setFaults({ failureRate: 0, timeoutRate: 1 });
    expect((await failure(adapter.chatStream(request, opts(50)))).kind).toBe('timeout');
  });
});
