import { startSimulator, type SimulatorHandle, type SimulatorOptions } from './simulator.server';

interface Answer {
  status: number;
  type: string;
  text: string;
}

async function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Answer> {
  const res = await fetch(url, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

const ANTHROPIC = { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' };
const message = { model: 'claude-x', max_tokens: 100, messages: [{ role: 'user', content: 'Hello there, simulator!' }] };
const chat = { messages: [{ role: 'user', content: 'Hello there, simulator!' }] };

describe('simulator wires', () => {
  const started: SimulatorHandle[] = [];
  async function sim(o: Partial<SimulatorOptions>): Promise<SimulatorHandle> {
    const s = await startSimulator({ port: 0, providerId: 'sim-w', ...o });
    started.push(s);
    return s;
  }
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
  });

  describe('anthropic', () => {
    it('answers the Messages API', async () => {
      const s = await sim({ wire: 'anthropic' });
      const a = await send(`${s.url}/messages`, { headers: ANTHROPIC, body: { ...message, system: 'Be brief.' } });
      expect(a.status).toBe(200);
      expect(JSON.parse(a.text)).toEqual({
        id: 'msg_sim-w_1',
        type: 'message',
        role: 'assistant',
        model: 'claude-x',
        content: [{ type: 'text', text: '[sim-w] Simulated reply #1 to a 8-token prompt.' }],
        stop_reason: 'end_turn',
        stop_sequence: null,
        usage: { input_tokens: 8, output_tokens: 12 },
      });
    });

    it('streams named events whose data carries the same type', async () => {
      const s = await sim({ wire: 'anthropic' });
      const a = await send(`${s.url}/messages`, { headers: ANTHROPIC, body: { ...message, stream: true } });
      expect(a.type).toContain('text/event-stream');
      const events = a.text
        .trim()
        .split('\n\n')
        .map((e) => e.split('\n'));
      for (const [name, data] of events) expect(JSON.parse(data?.slice(6) ?? '').type).toBe(name?.slice(7));
      const names = events.map(([name]) => name?.slice(7));
      expect(names.slice(0, 3)).toEqual(['message_start', 'content_block_start', 'ping']);
      expect(names.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    });

    it.each<[string, Record<string, string>, unknown, number, string]>([
      ['no x-api-key', { 'anthropic-version': '2023-06-01' }, message, 401, 'authentication_error'],
      ['a wrong x-api-key', { ...ANTHROPIC, 'x-api-key': 'nope' }, message, 401, 'authentication_error'],
      ['no anthropic-version', { 'x-api-key': 'k' }, message, 400, 'invalid_request_error'],
      ['no max_tokens', ANTHROPIC, { ...message, max_tokens: undefined }, 400, 'invalid_request_error'],
      [
        'a system role inside messages',
        ANTHROPIC,
        { ...message, messages: [{ role: 'system', content: 'x' }] },
        400,
        'invalid_request_error',
      ],
    ])('refuses %s like Anthropic', async (_name, headers, body, status, type) => {
      const s = await sim({ wire: 'anthropic', apiKey: 'k' });
      const a = await send(`${s.url}/messages`, { headers, body });
      expect(a.status).toBe(status);
      expect(JSON.parse(a.text)).toMatchObject({ type: 'error', error: { type } });
    });

    it('lists models in Anthropic shape, 404s OpenAI paths and fails in Anthropic shape', async () => {
      const s = await sim({ wire: 'anthropic', models: ['claude-x'] });
      const models = await send(`${s.url}/models`, { method: 'GET', headers: ANTHROPIC });
      expect(JSON.parse(models.text)).toMatchObject({ data: [{ type: 'model', id: 'claude-x' }], has_more: false });
      const openai = await send(`${s.url}/chat/completions`, { headers: ANTHROPIC, body: chat });
      expect(openai.status).toBe(404);
      expect(JSON.parse(openai.text)).toMatchObject({ type: 'error', error: { type: 'not_found_error' } });
      s.setFaults({ failureRate: 1 });
      const failed = await send(`${s.url}/messages`, { headers: ANTHROPIC, body: message });
      expect(failed.status).toBe(500);
      expect(JSON.parse(failed.text)).toMatchObject({ type: 'error', error: { type: 'api_error' } });
    });
  });

  describe('anthropic behaves like a model', () => {
    const weather = {
      name: 'get_weather',
      description: 'Weather for a city',
      input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    };
    const post = async (s: SimulatorHandle, body: object) =>
      JSON.parse((await send(`${s.url}/messages`, { headers: ANTHROPIC, body: { ...message, ...body } })).text) as {
        content: { type: string; text?: string; name?: string; input?: unknown }[];
        stop_reason: string;
        stop_sequence: string | null;
      };

    it('calls a relevant tool on auto, any tool on any, the named one on tool, none on none', async () => {
      const s = await sim({ wire: 'anthropic' });
      const ask = (content: string, tool_choice?: object) =>
        post(s, { messages: [{ role: 'user', content }], tools: [weather], tool_choice });
      expect(await ask('What is the weather in Paris?')).toMatchObject({
        stop_reason: 'tool_use',
        content: [{ type: 'tool_use', name: 'get_weather', input: { city: expect.any(String) } }],
      });
      expect((await ask('Hello', { type: 'any' })).stop_reason).toBe('tool_use');
      expect((await ask('Hello', { type: 'tool', name: 'get_weather' })).stop_reason).toBe('tool_use');
      expect((await ask('What is the weather?', { type: 'none' })).stop_reason).toBe('end_turn');
      expect((await ask('Hello')).stop_reason).toBe('end_turn');
    });

    it('answers JSON matching the schema the system instruction names, and honours output_format', async () => {
      const s = await sim({ wire: 'anthropic' });
      const schema = { type: 'object', properties: { city: { type: 'string' }, year: { type: 'integer' } }, required: ['city', 'year'] };
      const system = `Be exact.\n\nRespond with a single JSON object and nothing else. It must match this JSON Schema: ${JSON.stringify(schema)}`;
      const viaSystem = JSON.parse((await post(s, { system })).content[0]?.text ?? '') as { city: unknown; year: unknown };
      expect(typeof viaSystem.city).toBe('string');
      expect(Number.isInteger(viaSystem.year)).toBe(true);
      const viaFormat = JSON.parse((await post(s, { output_format: { type: 'json_schema', schema } })).content[0]?.text ?? '') as object;
      expect(Object.keys(viaFormat)).toEqual(['city', 'year']);
    });

    it('stops at stop_sequences, refuses at refusalRate 1, and truncates at truncationRate 1', async () => {
      const s = await sim({ wire: 'anthropic' });
      expect(await post(s, { stop_sequences: ['reply'] })).toMatchObject({
        stop_reason: 'stop_sequence',
        stop_sequence: 'reply',
        content: [{ text: '[sim-w] Simulated ' }],
      });
      s.setFaults({ refusalRate: 1 });
      expect((await post(s, {})).stop_reason).toBe('refusal');
      s.setFaults({ refusalRate: 0, truncationRate: 1 });
      expect((await post(s, {})).stop_reason).toBe('max_tokens');
    });
  });

  describe('azure', () => {
    const path = '/openai/deployments/gpt-4o-prod';

    it('answers chat under the deployment, which stands in for the model', async () => {
      const s = await sim({ wire: 'azure' });
      const a = await send(`${s.url}${path}/chat/completions?api-version=2024-10-21`, { headers: { 'api-key': 'k' }, body: chat });
      expect(a.status).toBe(200);
      expect(JSON.parse(a.text)).toMatchObject({
        object: 'chat.completion',
        model: 'gpt-4o-prod',
        prompt_filter_results: [{ prompt_index: 0 }],
      });
    });

    it('opens a stream with the content-filter preamble', async () => {
      const s = await sim({ wire: 'azure' });
      const a = await send(`${s.url}${path}/chat/completions?api-version=2024-10-21`, {
        headers: { 'api-key': 'k' },
        body: { ...chat, stream: true },
      });
      const events = a.text.trim().split('\n\n');
      expect(JSON.parse(events[0]?.slice(6) ?? '')).toMatchObject({ choices: [], object: '', prompt_filter_results: expect.any(Array) });
      expect(events.at(-1)).toBe('data: [DONE]');
    });

    it('serves embeddings under the deployment', async () => {
      const s = await sim({ wire: 'azure' });
      const a = await send(`${s.url}/openai/deployments/embed-3/embeddings?api-version=2024-10-21`, {
        headers: { 'api-key': 'k' },
        body: { input: 'alpha' },
      });
      expect(a.status).toBe(200);
      expect(JSON.parse(a.text)).toMatchObject({ object: 'list', model: 'embed-3', data: [{ index: 0 }] });
    });

    it.each<[string, string, Record<string, string>, number, string]>([
      ['no api-key', `${path}/chat/completions?api-version=2024-10-21`, {}, 401, '401'],
      ['a wrong api-key', `${path}/chat/completions?api-version=2024-10-21`, { 'api-key': 'nope' }, 401, '401'],
      ['no api-version', `${path}/chat/completions`, { 'api-key': 'k' }, 400, 'MissingApiVersionParameter'],
      ['an empty api-version', `${path}/chat/completions?api-version=`, { 'api-key': 'k' }, 400, 'MissingApiVersionParameter'],
      ['the OpenAI path', '/v1/chat/completions?api-version=2024-10-21', { 'api-key': 'k' }, 404, '404'],
      ['a malformed deployment', '/openai/deployments/%E0%A4%A/chat/completions?api-version=1', { 'api-key': 'k' }, 404, '404'],
    ])('refuses %s like Azure', async (_name, url, headers, status, code) => {
      const s = await sim({ wire: 'azure', apiKey: 'k' });
      const a = await send(`${s.url}${url}`, { headers, body: chat });
      expect(a.status).toBe(status);
      expect(JSON.parse(a.text)).toMatchObject({ error: { code } });
    });
  });

  it('keeps the OpenAI wire the default, without auth', async () => {
    const s = await sim({});
    expect(s.wire).toBe('openai');
    const a = await send(`${s.url}/chat/completions`, {
      body: {
        model: 'm',
        ...chat,
        tools: [{ type: 'function', function: { name: 'f' } }],
        messages: [{ role: 'user', content: 'use the tool' }],
      },
    });
    expect(JSON.parse(a.text)).toMatchObject({
      choices: [{ finish_reason: 'tool_calls', message: { tool_calls: [{ function: { name: 'f', arguments: '{}' } }] } }],
    });
  });
});
