import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { startTestGateway, type TestGateway } from '../support/gateway';

/**
 * The demo simulators behind the gateway behave like models: a bundle rate makes the cheap one refuse
 * every time (so a cascade escalates, deterministically), and the answers honour JSON schemas, `stop`
 * and `max_tokens`.
 */
describe('simulators behind the gateway', () => {
  let t: TestGateway;
  let client: OpenAI;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-sim-behaviour-'));
    const policy = join(dir, 'policy.yaml');
    const demo = readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8');
    const cheap = demo.indexOf('- id: sim-us-cheap');
    const withRate =
      demo.slice(0, cheap) + demo.slice(cheap).replace('simulator: { port: 0 }', 'simulator: { port: 0, refusalRate: 1, seed: 7 }');
    writeFileSync(
      policy,
      withRate.replace(
        'routes:\n',
        'routes:\n  - { id: careful, strategy: cascade, candidates: [sim-us-cheap/chat, sim-local/chat], escalateOn: [refusal, invalid_json, length, error] }\n',
      ),
    );
    t = await startTestGateway({ GATEWAY_POLICY: policy });
    client = new OpenAI({ apiKey: t.keys.tenants['demo-us'], baseURL: `${t.url}/v1`, maxRetries: 0 });
  });
  afterAll(() => t.close());

  const schema = {
    type: 'object',
    properties: {
      city: { type: 'string' },
      year: { type: 'integer', minimum: 2000, maximum: 2100 },
      tags: { type: 'array', items: { enum: ['fair', 'expo'] }, minItems: 2 },
    },
    required: ['city', 'year', 'tags'],
    additionalProperties: false,
  };

  it('escalates past the provider whose bundle refusalRate is 1, to a schema-valid answer', async () => {
    const { data, response } = await client.chat.completions
      .create({
        model: 'careful',
        messages: [{ role: 'user', content: 'The fair opens in Lyon in 2027.' }],
        response_format: { type: 'json_schema', json_schema: { name: 'event', strict: true, schema } },
      })
      .withResponse();
    expect(response.headers.get('x-gateway-provider')).toBe('sim-local');
    const parsed = JSON.parse(data.choices[0]?.message.content ?? '') as { city: unknown; year: number; tags: string[] };
    expect(Object.keys(parsed)).toEqual(['city', 'year', 'tags']);
    expect(parsed.year >= 2000 && parsed.year <= 2100).toBe(true);
    expect(parsed.tags.length).toBeGreaterThanOrEqual(2);
    expect(parsed.tags.every((x) => x === 'fair' || x === 'expo')).toBe(true);
    expect(t.sim('sim-us-cheap').requests).toBeGreaterThan(0);
  });

  it('the refusing provider answers with the refusal field when pinned', async () => {
    const data = await client.chat.completions.create({ model: 'sim-us-cheap/chat', messages: [{ role: 'user', content: 'hello' }] });
    expect(data.choices[0]?.message.content).toBeNull();
    expect(data.choices[0]?.message.refusal).toBeTruthy();
  });

  it('honours stop and max_tokens (the gateway itself accepts n = 1 only; n is covered on the simulator)', async () => {
    const stopped = await client.chat.completions.create({
      model: 'sim-local/chat',
      stop: ['reply'],
      messages: [{ role: 'user', content: 'hello' }],
    });
    expect(stopped.choices[0]).toMatchObject({ finish_reason: 'stop', message: { content: '[sim-local] Simulated ' } });
    const cut = await client.chat.completions.create({
      model: 'sim-local/chat',
      max_tokens: 2,
      messages: [{ role: 'user', content: 'hello' }],
    });
    expect(cut.choices[0]).toMatchObject({ finish_reason: 'length', message: { content: '[sim-loc' } });
  });
});
