import type { ChatCompletionChunk, ChatCompletionRequest } from '@libs/core';
import { UpstreamError } from '../adapter';
import { startScriptedUpstream, type ScriptedUpstream } from '../shared/scripted-upstream.testing';
import { startSimulator, type SimulatorHandle } from '../../../src/demo/simulator/simulator.server';
import { AzureOpenAIAdapter } from './azure-openai.adapter';
import { UndiciTransport } from '../../../src/providers/undici-transport';

const PROMPT = 'Patient Jane Roe, DOB 1970-01-01';
const request: ChatCompletionRequest = { model: 'gpt-4o-prod', messages: [{ role: 'user', content: PROMPT }] };
const opts = (ms = 5000) => ({ signal: AbortSignal.timeout(ms), requestId: 'req-z' });
const lookup = {
  type: 'function',
  function: {
    name: 'lookup',
    parameters: { type: 'object', properties: { q: { type: 'string' }, exact: { type: 'boolean' } }, required: ['q', 'exact'] },
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

describe('AzureOpenAIAdapter failure modes', () => {
  let upstream: ScriptedUpstream;
  let adapter: AzureOpenAIAdapter;

  beforeEach(async () => {
    upstream = await startScriptedUpstream((_req, res) => res.end());
    adapter = new AzureOpenAIAdapter(
      { providerId: 'az', kind: 'azure-openai', baseUrl: new URL(upstream.url).origin, apiKey: 'k' },
      new UndiciTransport(),
      { closeGraceMs: 50 },
    );
  });
  afterEach(async () => {
    await adapter.close();
    await upstream.close();
  });

  it.each<[number, Record<string, string>, number | undefined]>([
    [401, {}, undefined],
    [429, { 'retry-after': '3' }, 3000],
    [429, { 'retry-after-ms': '250', 'retry-after': '1' }, 250],
    [500, {}, undefined],
  ])('maps HTTP %d (%j) to UpstreamError http without the body', async (status, headers, retryAfterMs) => {
    upstream.script((req, res) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify({ error: { code: String(status), message: `echo ${req.body}` } }));
    });
    for (const attempt of [() => adapter.chat(request, opts()), () => adapter.chatStream(request, opts())]) {
      const err = await failure(attempt());
      expect(err).toMatchObject({ kind: 'http', status, retryAfterMs });
      expect(err.message).not.toContain('Jane');
      await new Promise((r) => setImmediate(r)); // let the drained socket go back to the pool
    }
    expect(upstream.connections()).toBe(1); // error bodies drained, socket kept
  });

  it('times out before the headers and on an aborted signal', async () => {
    upstream.script(() => undefined);
    expect((await failure(adapter.chat(request, opts(50)))).kind).toBe('timeout');
    expect((await failure(adapter.chatStream(request, opts(50)))).kind).toBe('timeout');
    expect((await failure(adapter.chat(request, { signal: AbortSignal.abort(), requestId: 'r' }))).kind).toBe('timeout');
  });

  it('fails a stream that ends before [DONE] after the chunks it delivered', async () => {
    upstream.script((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(
        'data: {"choices":[],"created":0,"id":"","model":"","object":"","prompt_filter_results":[]}\n\ndata: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"a"},"finish_reason":null}]}\n\n',
      );
    });
    const seen: string[] = [];
    const stream = await adapter.chatStream(request, opts());
    const err = await failure(
      (async () => {
        for await (const c of stream) seen.push(c.choices[0]?.delta.content ?? '');
      })(),
    );
    expect(seen).toEqual(['a']);
    expect(err.kind).toBe('protocol');
  });
});

describe('AzureOpenAIAdapter against the simulator speaking Azure', () => {
  let sim: SimulatorHandle;
  let adapter: AzureOpenAIAdapter;

  beforeEach(async () => {
    sim = await startSimulator({ port: 0, providerId: 'sim-z', wire: 'azure', apiKey: 'az-sim' });
    adapter = new AzureOpenAIAdapter(
      { providerId: 'sim-z', kind: 'azure-openai', baseUrl: sim.url, apiKey: 'az-sim' },
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

  it('serves the resource endpoint without /v1', () => {
    expect(sim.url).toBe(`http://127.0.0.1:${sim.port}`);
  });

  it('completes a call, the deployment standing in for the model', async () => {
    const res = await adapter.chat(request, opts());
    expect(res).toMatchObject({ object: 'chat.completion', model: 'gpt-4o-prod', prompt_filter_results: expect.any(Array) });
    expect(res.choices[0]).toMatchObject({
      message: { content: '[sim-z] Simulated reply #1 to a 8-token prompt.' },
      finish_reason: 'stop',
    });
    expect(res.usage).toEqual({ prompt_tokens: 8, completion_tokens: 12, total_tokens: 20 });
  });

  it('streams chunks and usage with the preamble dropped', async () => {
    const chunks = await collect(await adapter.chatStream({ ...request, stream_options: { include_usage: true } }, opts()));
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('[sim-z] Simulated reply #1 to a 8-token prompt.');
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { prompt_tokens: 8, total_tokens: 20 } });
  });

  it('answers "use the tool" with a tool call, streamed and not', async () => {
    const withTool: ChatCompletionRequest = { ...request, messages: [{ role: 'user', content: 'Use the tool, please' }], tools: [lookup] };
    const res = await adapter.chat(withTool, opts());
    expect(res.choices[0]).toMatchObject({
      finish_reason: 'tool_calls',
      message: {
        content: null,
        tool_calls: [{ id: 'call_sim_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"sample q","exact":true}' } }],
      },
    });
    const chunks = await collect(await adapter.chatStream({ ...withTool, stream_options: { include_usage: true } }, opts()));
    const deltas = chunks.flatMap((c) => (c.choices[0]?.delta.tool_calls ?? []) as { id?: string; function: { arguments: string } }[]);
    expect(deltas[0]?.id).toBe('call_sim_2');
    expect(JSON.parse(deltas.map((d) => d.function.arguments).join(''))).toEqual({ q: 'sample q', exact: true });
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('tool_calls');
    const none = await adapter.chat({ ...withTool, tool_choice: 'none' }, opts());
    expect(none.choices[0]?.finish_reason).toBe('stop');
  });

  it('gets 401 without the right api-key', async () => {
    for (const apiKey of ['wrong', undefined]) {
      const bad = new AzureOpenAIAdapter({ providerId: 'x', kind: 'azure-openai', baseUrl: sim.url, apiKey }, new UndiciTransport());
      expect(await failure(bad.chat(request, opts()))).toMatchObject({ kind: 'http', status: 401 });
      await bad.close();
    }
  });

  it('maps simulated failures and hangs', async () => {
    sim.setFaults({ failureRate: 1 });
    expect(await failure(adapter.chatStream(request, opts()))).toMatchObject({ kind: 'http', status: 500 });
    sim.setFaults({ failureRate: 0, timeoutRate: 1 });
    expect((await failure(adapter.chat(request, opts(50)))).kind).toBe('timeout');
  });
});
