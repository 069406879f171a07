import type { ChatCompletionRequest } from '@libs/core';
import { OpenAICompatibleAdapter, UpstreamError } from '@libs/providers';
import { startSimulator, type SimulatorHandle } from './simulator.server';
import { UndiciTransport } from '../../../src/providers/undici-transport';

const request: ChatCompletionRequest = {
  model: 'sim-x-chat',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Hello there, simulator!' },
  ],
};
const opts = (ms = 5000) => ({ signal: AbortSignal.timeout(ms), requestId: 'sim-spec' });

async function outcome(adapter: OpenAICompatibleAdapter): Promise<string> {
  try {
    await adapter.chat(request, opts());
    return 'ok';
  } catch (err) {
    return err instanceof UpstreamError ? `${err.kind}:${err.status ?? ''}` : 'other';
  }
}

async function post(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

describe('startSimulator', () => {
  const started: SimulatorHandle[] = [];
  const adapters: OpenAICompatibleAdapter[] = [];
  async function sim(o: Partial<Parameters<typeof startSimulator>[0]> = {}): Promise<[SimulatorHandle, OpenAICompatibleAdapter]> {
    const handle = await startSimulator({ port: 0, providerId: 'sim-x', ...o });
    const adapter = new OpenAICompatibleAdapter({ providerId: 'sim-x', kind: 'simulator', baseUrl: handle.url }, new UndiciTransport(), {
      closeGraceMs: 50,
    });
    started.push(handle);
    adapters.push(adapter);
    return [handle, adapter];
  }
  afterEach(async () => {
    await Promise.all(adapters.splice(0).map((a) => a.close()));
    await Promise.all(started.splice(0).map((s) => s.close()));
  });

  it('listens on loopback with an ephemeral port and counts requests', async () => {
    const [s, a] = await sim();
    expect(s.port).toBeGreaterThan(0);
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/v1`);
    await a.chat(request, opts());
    await a.chat(request, opts());
    expect(s.requests).toBe(2);
  });

  it('numbers replies deterministically and echoes the model', async () => {
    const [, a] = await sim();
    const first = await a.chat(request, opts());
    const second = await a.chat(request, opts());
    expect(first.model).toBe('sim-x-chat');
    expect(first.choices[0]?.message.content).toBe('[sim-x] Simulated reply #1 to a 8-token prompt.');
    expect(second.choices[0]?.message.content).toBe('[sim-x] Simulated reply #2 to a 8-token prompt.');
  });

  it('echoes the user messages in echo mode', async () => {
    const [s, a] = await sim();
    s.setFaults({ mode: 'echo' });
    const res = await a.chat(
      { ...request, messages: [...request.messages, { role: 'user', content: [{ type: 'text', text: 'Part two.' }] }] },
      opts(),
    );
    expect(res.choices[0]?.message.content).toBe('Hello there, simulator!\nPart two.');
  });

  it('fails every request at failureRate 1 and none at 0', async () => {
    const [s, a] = await sim({ failureRate: 1 });
    for (let i = 0; i < 20; i++) expect(await outcome(a)).toBe('http:500');
    s.setFaults({ failureRate: 0 });
    for (let i = 0; i < 5; i++) expect(await outcome(a)).toBe('ok');
  });

  it('answers failures with an OpenAI error body', async () => {
    const [s] = await sim({ failureRate: 1 });
    const { status, json } = await post(`${s.url}/chat/completions`, request);
    expect(status).toBe(500);
    expect(json).toEqual({ error: { message: expect.any(String), type: 'server_error', code: 'simulated_failure', param: null } });
  });

  it('draws the same faults for the same seed', async () => {
    const runs: string[][] = [];
    for (let r = 0; r < 2; r++) {
      const [, a] = await sim({ failureRate: 0.5, seed: 42 });
      const run: string[] = [];
      for (let i = 0; i < 16; i++) run.push(await outcome(a));
      runs.push(run);
    }
    expect(runs[0]).toEqual(runs[1]);
    expect(runs[0]).toContain('ok');
    expect(runs[0]).toContain('http:500');
  });

  it('holds every request at timeoutRate 1 until the client aborts', async () => {
    const [s, a] = await sim({ timeoutRate: 1 });
    const err = await a.chat(request, opts(100)).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'timeout' });
    expect(s.requests).toBe(1);
  });

  it('close() does not hang on held requests or keep-alive sockets', async () => {
    const [s, a] = await sim();
    await a.chat(request, opts()); // leaves an idle keep-alive socket
    s.setFaults({ timeoutRate: 1, latencyMs: 10_000 });
    const pending = a.chat(request, opts(60_000)).catch((e: unknown) => e);
    while (s.requests < 2) await new Promise((r) => setTimeout(r, 5));
    await s.close();
    await s.close(); // idempotent
    expect(await pending).toMatchObject({ kind: 'network' });
  });

  it('close() clears pending latency timers', async () => {
    const [s, a] = await sim({ latencyMs: 60_000 });
    const pending = a.chat(request, opts(120_000)).catch((e: unknown) => e);
    while (s.requests < 1) await new Promise((r) => setTimeout(r, 5));
    await s.close();
    expect(await pending).toBeInstanceOf(UpstreamError);
  });

  it('delays answers by latencyMs and still answers', async () => {
    const [, a] = await sim({ latencyMs: 20 });
    await expect(a.chat(request, opts())).resolves.toMatchObject({ object: 'chat.completion' });
  });

  it('spreads latency by latencyJitterMs (seeded draws), and refuses a negative spread', async () => {
    const [, a] = await sim({ latencyMs: 0, latencyJitterMs: 120, seed: 5 });
    const took: number[] = [];
    for (let i = 0; i < 12; i++) {
      const t0 = performance.now();
      await a.chat(request, opts());
      took.push(performance.now() - t0);
    }
    // Twelve uniform draws below 120 ms: their range is far above 20 ms (a load spike only widens it).
    expect(Math.max(...took) - Math.min(...took)).toBeGreaterThan(20);
    await expect(sim({ latencyJitterMs: -1 })).rejects.toThrow(RangeError);
  });

  it('streams with usage when asked', async () => {
    const [, a] = await sim();
    const chunks = [];
    for await (const c of await a.chatStream({ ...request, stream_options: { include_usage: true } }, opts())) chunks.push(c);
    expect(chunks[0]?.choices[0]?.delta).toMatchObject({ role: 'assistant' });
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { prompt_tokens: 8 } });
  });

  it('serves deterministic 8-dimensional embeddings', async () => {
    const [s] = await sim();
    const a = await post(`${s.url}/embeddings`, { model: 'embed', input: ['alpha', 'beta'] });
    const b = await post(`${s.url}/embeddings`, { model: 'embed', input: 'alpha' });
    expect(a.status).toBe(200);
    const data = (a.json as { data: { embedding: number[]; index: number }[] }).data;
    expect(data).toHaveLength(2);
    expect(data[0]?.embedding).toHaveLength(8);
    expect(data[0]?.embedding).not.toEqual(data[1]?.embedding);
    expect((b.json as { data: { embedding: number[] }[] }).data[0]?.embedding).toEqual(data[0]?.embedding);
    expect(a.json).toMatchObject({ object: 'list', model: 'embed', usage: { prompt_tokens: 3, total_tokens: 3 } }); // ceil(5/4) + ceil(4/4)
    const packed = await post(`${s.url}/embeddings`, { model: 'embed', input: 'alpha', encoding_format: 'base64' });
    const bytes = Buffer.from((packed.json as { data: { embedding: string }[] }).data[0]?.embedding ?? '', 'base64');
    const floats = Array.from(new Float32Array(new Uint8Array(bytes).buffer)); // copy: pooled Buffers may be unaligned
    expect(floats).toHaveLength(8);
    floats.forEach((x, i) => expect(x).toBeCloseTo(data[0]?.embedding[i] ?? NaN, 6));
  });

  it('lists models and refuses unknown paths and bad bodies', async () => {
    const [s] = await sim({ models: ['chat'] });
    const models = await fetch(`${s.url}/models`).then((r) => r.json());
    expect(models).toEqual({ object: 'list', data: [{ id: 'chat', object: 'model', created: 0, owned_by: 'sim-x' }] });
    expect((await fetch(`${s.url}/nope`)).status).toBe(404);
    expect((await post(`${s.url}/chat/completions`, { model: 'm' })).status).toBe(400);
    expect((await post(`${s.url}/embeddings`, { model: 'm', input: [{}] })).status).toBe(400);
  });

  it('rejects rates outside [0, 1]', async () => {
    await expect(startSimulator({ port: 0, providerId: 'bad', failureRate: 2 })).rejects.toThrow(RangeError);
    const [s] = await sim();
    expect(() => s.setFaults({ timeoutRate: -0.1 })).toThrow(RangeError);
  });
});
