import OpenAI from 'openai';
import { startTestGateway, type TestGateway } from '../support/gateway';

/** POST /v1/embeddings goes through the same pipeline: classification, policy, ledger, routing. */
describe('embeddings', () => {
  let t: TestGateway;
  let us: OpenAI;
  beforeAll(async () => {
    t = await startTestGateway();
    us = new OpenAI({ apiKey: t.keys.tenants['demo-us'], baseURL: `${t.url}/v1`, maxRetries: 0 });
  });
  afterAll(() => t.close());

  it('embeds public text on the cheapest permitted embeddings model, with the SPEC headers and both ledger entries', async () => {
    const { data, response } = await us.embeddings.create({ model: 'auto', input: ['hello world', 'second text'] }).withResponse();
    expect(data.data).toHaveLength(2);
    expect(data.data[0]?.embedding.length).toBeGreaterThan(0);
    expect(response.headers.get('x-gateway-provider')).toBe('sim-us-cheap');
    expect(data.model).toBe('sim-us-cheap/embed');
    const rows = await t.ledgerEntries(response.headers.get('x-request-id') as string);
    expect(rows.map((r) => r.kind)).toEqual(['routing_decision', 'routing_outcome']);
  });

  it('keeps PHI on sim-local and refuses credentials', async () => {
    const { response } = await us.embeddings
      .create({ model: 'auto', input: 'Patient: Maria Gonzalez, diagnosed with asthma (J45.909).' })
      .withResponse();
    expect(response.headers.get('x-gateway-provider')).toBe('sim-local');
    const err = (await us.embeddings.create({ model: 'auto', input: 'AKIA4QZ7M2XR5TBN3KWP' }).catch((e: unknown) => e)) as InstanceType<
      typeof OpenAI.APIError
    >;
    expect(err.status).toBe(403);
    expect(err.code).toBe('policy_denied');
  });

  it.each([
    [{ model: 'auto' }, 400],
    [{ model: 'auto', input: [1, 2, 3] }, 400],
    [{ model: 'sim-us-cheap/chat', input: 'x' }, 400],
  ])('refuses %j with %i', async (body, status) => {
    const res = await fetch(`${t.url}/v1/embeddings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.keys.tenants['demo-us']}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(status);
  });
});
