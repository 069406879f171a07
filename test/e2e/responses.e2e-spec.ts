import OpenAI from 'openai';
import { startTestGateway, type LedgerRow, type TestGateway } from '../support/gateway';

/** POST /v1/responses and GET /v1/models/{id} through the official openai client, against the demo. */
describe('Responses API and model look-up (official openai client)', () => {
  let t: TestGateway;
  let us: OpenAI;

  beforeAll(async () => {
    t = await startTestGateway();
    us = new OpenAI({ apiKey: t.keys.tenants['demo-us'], baseURL: `${t.url}/v1`, maxRetries: 0 });
  });
  afterAll(() => t.close());

  async function entries(requestId: string | null): Promise<LedgerRow[]> {
    return requestId === null ? [] : t.ledgerEntries(requestId);
  }

  it('answers a plain text input, classified and recorded like chat', async () => {
    const { data, response } = await us.responses.create({ model: 'auto', input: 'What is the capital of France?' }).withResponse();
    expect(data.object).toBe('response');
    expect(data.status).toBe('completed');
    expect(data.output_text.length).toBeGreaterThan(0);
    expect(data.model).toBe('sim-us-cheap/chat');
    expect(data.usage?.input_tokens).toBeGreaterThan(0);
    expect(response.headers.get('x-gateway-data-level')).toBe('public');
    const rows = await entries(response.headers.get('x-request-id'));
    expect(rows.map((r) => r.kind)).toEqual(['routing_decision', 'routing_outcome']);
    expect(rows[0]?.body.endpoint).toBe('responses');
  });

  it('classifies instructions and input items: PHI goes only to a BAA provider', async () => {
    const { response } = await us.responses
      .create({
        model: 'gpt-4o-mini',
        instructions: 'You are a clinical assistant.',
        input: [
          { role: 'user', content: [{ type: 'input_text', text: 'Patient Maria Gonzalez, DOB 1970-03-14, has type 2 diabetes (E11.9).' }] },
        ],
      })
      .withResponse();
    expect(response.headers.get('x-gateway-provider')).toBe('sim-local');
    expect(response.headers.get('x-gateway-data-level')).toBe('restricted');
  });

  it('streams typed events in order, response.completed after the outcome is recorded', async () => {
    const stream = await us.responses.create({ model: 'auto', input: 'Tell me a short story about a lighthouse.', stream: true });
    const types: string[] = [];
    let text = '';
    let completedId = '';
    for await (const e of stream) {
      types.push(e.type);
      if (e.type === 'response.output_text.delta') text += e.delta;
      if (e.type === 'response.completed') completedId = e.response.id;
    }
    expect(types[0]).toBe('response.created');
    expect(types[1]).toBe('response.in_progress');
    expect(types).toContain('response.output_item.added');
    expect(types).toContain('response.output_text.done');
    expect(types[types.length - 1]).toBe('response.completed');
    expect(text.length).toBeGreaterThan(0);
    expect(completedId).toMatch(/^resp_/);
  });

  it('returns a function call for a tools request, and accepts its output in the next turn', async () => {
    const tools: OpenAI.Responses.Tool[] = [
      {
        type: 'function',
        name: 'get_weather',
        description: 'Weather for a city',
        strict: true,
        parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
      },
    ];
    const first = await us.responses.create({ model: 'auto', input: 'What is the weather in Paris?', tools, tool_choice: 'required' });
    const call = first.output.find((o) => o.type === 'function_call');
    expect(call?.type).toBe('function_call');
    if (call?.type !== 'function_call') return;
    expect(call.name).toBe('get_weather');
    expect(typeof (JSON.parse(call.arguments) as { city: unknown }).city).toBe('string');
    const second = await us.responses.create({
      model: 'auto',
      tools,
      input: [
        { role: 'user', content: 'What is the weather in Paris?' },
        { type: 'function_call', call_id: call.call_id, name: call.name, arguments: call.arguments },
        { type: 'function_call_output', call_id: call.call_id, output: '{"temp_c": 21}' },
      ],
    });
    expect(second.status).toBe('completed');
    expect(second.output_text.length).toBeGreaterThan(0);
  });

  it('honours text.format json_schema: the output parses and has the required fields', async () => {
    const res = await us.responses.create({
      model: 'auto',
      input: 'Extract the city and the year: the exhibition opens in Lyon in 2027.',
      text: {
        format: {
          type: 'json_schema',
          name: 'event',
          strict: true,
          schema: {
            type: 'object',
            properties: { city: { type: 'string' }, year: { type: 'integer' } },
            required: ['city', 'year'],
            additionalProperties: false,
          },
        },
      },
    });
    const parsed = JSON.parse(res.output_text) as { city: unknown; year: unknown };
    expect(typeof parsed.city).toBe('string');
    expect(Number.isInteger(parsed.year)).toBe(true);
  });

  it('refuses what needs server-side state with a clear 400', async () => {
    const err = await us.responses.create({ model: 'auto', input: 'hi', previous_response_id: 'resp_123' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.APIError>).code).toBe('invalid_request');
  });

  it('retrieves models, routes and aliases by id; an unknown id is 404', async () => {
    const model = await us.models.retrieve('sim-local/chat');
    expect(model.id).toBe('sim-local/chat');
    const alias = await us.models.retrieve('gpt-4o-mini');
    expect(alias).toMatchObject({ id: 'gpt-4o-mini', route: 'default' });
    const err = await us.models.retrieve('no-such-model').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('answers existing applications that send real model names (chat and embeddings aliases)', async () => {
    const chat = await us.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello there' }] });
    expect(chat.model).toBe('sim-us-cheap/chat');
    const emb = await us.embeddings.create({ model: 'text-embedding-3-small', input: 'Hello there' });
    expect(emb.data[0]?.embedding.length).toBeGreaterThan(0);
  });

  it('refuses a chat request to an embeddings-only model, naming the missing capability', async () => {
    const err = await us.chat.completions
      .create({ model: 'sim-local/embed', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.APIError>).message).toContain('chat capability');
  });

  it('puts the decision headers on a denial too', async () => {
    const res = await t.chat(t.keys.tenants['demo-us'] as string, {
      model: 'auto',
      messages: [{ role: 'user', content: 'deploy with AKIA4QZ7M2XR5TBN3KWP please' }],
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-gateway-data-level')).toBe('restricted');
    expect(res.headers.get('x-gateway-policy-version')).toMatch(/^sha256:/);
    expect(res.headers.get('x-gateway-ledger-seq')).toMatch(/^\d+$/);
    expect(res.headers.get('x-gateway-explain')).toContain('no-secrets-out');
  });

  it('explains a routed request in words, naming the excluded providers', async () => {
    const { response } = await us.chat.completions
      .create({ model: 'auto', messages: [{ role: 'user', content: 'Patient: John Smith was diagnosed with hypertension (I10).' }] })
      .withResponse();
    const explain = response.headers.get('x-gateway-explain') ?? '';
    expect(explain).toContain('Sent to sim-local/chat');
    expect(explain).toContain('health information about a person (PHI)');
    expect(explain).toContain('sim-us-cheap (no BAA)');
  });
});
