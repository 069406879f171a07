import OpenAI from 'openai';
import { startTestGateway, type TestGateway } from '../support/gateway';

/** The routing table of SPEC §9, through real HTTP and the official openai client. */
describe('demo routing table (SPEC §9)', () => {
  let t: TestGateway;
  let us: OpenAI;
  let eu: OpenAI;

  beforeAll(async () => {
    t = await startTestGateway();
    us = new OpenAI({ apiKey: t.keys.tenants['demo-us'], baseURL: `${t.url}/v1`, maxRetries: 0 });
    eu = new OpenAI({ apiKey: t.keys.tenants['demo-eu'], baseURL: `${t.url}/v1`, maxRetries: 0 });
  });
  afterAll(() => t.close());

  const ask = (client: OpenAI, content: string, model = 'auto') =>
    client.chat.completions.create({ model, messages: [{ role: 'user', content }] }).withResponse();

  it('routes public text from demo-us to sim-us-cheap, with every SPEC §3 header', async () => {
    const { data, response } = await ask(us, 'What is the capital of France?');
    expect(response.headers.get('x-gateway-provider')).toBe('sim-us-cheap');
    expect(response.headers.get('x-gateway-model')).toBe('sim-us-cheap/chat');
    expect(response.headers.get('x-gateway-data-level')).toBe('public');
    expect(response.headers.get('x-gateway-policy-version')).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(response.headers.get('x-gateway-ledger-seq')).toMatch(/^\d+$/);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(response.headers.get('x-gateway-explain')).toContain('sim-us-cheap');
    expect(data.choices[0]?.message.content).toContain('sim-us-cheap');
    expect(data.model).toBe('sim-us-cheap/chat');
    expect(data.usage?.total_tokens).toBeGreaterThan(0);
  });

  it('routes a clinical note with a patient name from demo-us to sim-local (PHI, restricted)', async () => {
    const { response } = await ask(
      us,
      'Clinical note: Patient: Maria Gonzalez, 54, diagnosed with type 2 diabetes (E11.9), prescribed metformin 500 mg twice daily.',
    );
    expect(response.headers.get('x-gateway-provider')).toBe('sim-local');
    expect(response.headers.get('x-gateway-data-level')).toBe('restricted');
    expect(response.headers.get('x-gateway-explain')).toContain('PHI');
  });

  it.each([
    ['public text', 'Summarise the plot of Hamlet in one line.'],
    ['an email address', 'Please reply to jane.doe@example.org about the invoice.'],
    ['a clinical note', 'Patient: John Smith was diagnosed with hypertension (I10).'],
  ])('keeps %s from demo-eu on sim-local or sim-eu', async (_label, content) => {
    const { response } = await ask(eu, content);
    expect(['sim-local', 'sim-eu']).toContain(response.headers.get('x-gateway-provider'));
  });

  it('refuses a request carrying an API key with 403 policy_denied naming the rule', async () => {
    const err = await ask(us, 'Use this key: sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh3iJk').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    const e = err as InstanceType<typeof OpenAI.APIError>;
    expect(e.status).toBe(403);
    expect(e.code).toBe('policy_denied');
    expect(e.message).toContain('no-secrets-out');
    expect(e.message).not.toContain('sk-proj');
  });

  it('refuses a pinned model outside the permitted set with 403, never replacing it', async () => {
    const before = t.sim('sim-us-cheap').requests;
    const err = (await ask(us, 'Patient: Maria Gonzalez has asthma (J45.909).', 'sim-us-cheap/chat').catch(
      (e: unknown) => e,
    )) as InstanceType<typeof OpenAI.APIError>;
    expect(err.status).toBe(403);
    expect(err.code).toBe('policy_denied');
    expect(err.message).toContain('sim-us-cheap');
    expect(t.sim('sim-us-cheap').requests).toBe(before);
  });

  it('honours a pinned model inside the permitted set', async () => {
    const { response } = await ask(us, 'Hello there', 'sim-us-strong/chat');
    expect(response.headers.get('x-gateway-provider')).toBe('sim-us-strong');
  });

  it('streams SSE chunks ending in [DONE], with usage in the final chunk when asked', async () => {
    const stream = await us.chat.completions.create({
      model: 'auto',
      messages: [{ role: 'user', content: 'Tell me a short story about a lighthouse.' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage: OpenAI.CompletionUsage | null | undefined;
    let chunks = 0;
    for await (const chunk of stream) {
      chunks++;
      text += chunk.choices[0]?.delta?.content ?? '';
      if (chunk.usage) usage = chunk.usage;
      expect(chunk.model).toBe('sim-us-cheap/chat');
    }
    expect(chunks).toBeGreaterThan(2);
    expect(text).toContain('sim-us-cheap');
    expect(usage?.completion_tokens).toBeGreaterThan(0);
  });

  it('does not send the usage chunk when the client did not ask, and the raw stream ends with [DONE]', async () => {
    const res = await t.chat(t.keys.tenants['demo-us'] as string, {
      model: 'auto',
      stream: true,
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(res.headers.get('x-gateway-provider')).toBe('sim-us-cheap');
    const raw = await res.text();
    expect(raw.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect(raw).not.toContain('"usage"');
  });

  it('lists only the models the tenant could be routed to, with permitted levels', async () => {
    const euModels = await eu.models.list();
    const ids = euModels.data.map((m) => m.id);
    expect(ids).toContain('sim-local/chat');
    expect(ids).toContain('sim-eu/chat');
    expect(ids.some((id) => id.startsWith('sim-us-'))).toBe(false);
    const usModels = (await us.models.list()).data as unknown as { id: string; permitted_levels: string[] }[];
    const cheap = usModels.find((m) => m.id === 'sim-us-cheap/chat');
    expect(cheap?.permitted_levels).toEqual(['public', 'internal', 'confidential']);
  });

  it('records a decision and an outcome entry for every routed request', async () => {
    const { response } = await ask(us, 'Ledger check please.');
    const requestId = response.headers.get('x-request-id') as string;
    const rows = await t.ledgerEntries(requestId);
    expect(rows.map((r) => [r.tenant, r.kind])).toEqual([
      ['demo-us', 'routing_decision'],
      ['demo-us', 'routing_outcome'],
    ]);
    expect(String(rows[0]?.seq)).toBe(response.headers.get('x-gateway-ledger-seq'));
    const decision = rows[0]?.body ?? {};
    expect(decision.permitted).toEqual(['sim-local', 'sim-eu', 'sim-us-cheap', 'sim-us-strong']);
    expect(decision.plan).toEqual(expect.arrayContaining(['sim-us-cheap/chat']));
    expect(rows[1]?.body).toMatchObject({ status: 'ok', provider: 'sim-us-cheap', decision_seq: Number(rows[0]?.seq) });
  });

  it('records denials too', async () => {
    const res = await t.chat(
      t.keys.tenants['demo-us'] as string,
      { model: 'auto', messages: [{ role: 'user', content: 'AKIA4QZ7M2XR5TBN3KWP is the key' }] },
      { 'x-request-id': 'deny-check-1' },
    );
    expect(res.status).toBe(403);
    const rows = await t.ledgerEntries('deny-check-1');
    expect(rows.map((r) => [r.tenant, r.kind])).toEqual([['demo-us', 'policy_denied']]);
  });
});
