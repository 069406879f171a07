import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { startSimulator, type SimulatorHandle } from '../../src/demo/simulator/simulator.server';
import { startTestGateway, type TestGateway } from '../support/gateway';

/** The gateway in front of simulated Anthropic and Azure OpenAI endpoints, through the official openai client. */
describe('anthropic and azure-openai providers, end to end', () => {
  let anthropic: SimulatorHandle;
  let azure: SimulatorHandle;
  let t: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    anthropic = await startSimulator({ port: 0, providerId: 'anth', wire: 'anthropic', apiKey: 'anth-secret-test' });
    azure = await startSimulator({ port: 0, providerId: 'azr', wire: 'azure', apiKey: 'azure-secret-test' });
    const dir = mkdtempSync(join(tmpdir(), 'gw-vendors-'));
    const policy = join(dir, 'vendors.yaml');
    writeFileSync(
      policy,
      `apiVersion: gateway.policy/v1
providers:
  - { id: anth, kind: anthropic, baseUrl: "${anthropic.url}", apiKeyEnv: ANTH_TEST_KEY, hosting: dedicated, regions: [us-east-1], baa: true,
      models: [{ id: claude-test, inputUsdPerMTok: 3, outputUsdPerMTok: 15, capabilities: [chat, tools] }] }
  - { id: azr, kind: azure-openai, baseUrl: "${azure.url}", apiKeyEnv: AZURE_TEST_KEY, apiVersion: "2024-10-21", hosting: dedicated, regions: [us-east-1], baa: true,
      models: [{ id: gpt-deploy, inputUsdPerMTok: 2.5, outputUsdPerMTok: 10, capabilities: [chat, tools] }] }
tenants:
  - { id: demo-us, region: us, floor: public }
  - { id: demo-eu, region: eu, floor: internal }
compliance:
  - { id: no-secrets-out, when: { categories: [CREDENTIALS] }, action: block }
routes:
  - { id: default, match: { workload: chat }, strategy: ordered, candidates: [anth/claude-test, azr/gpt-deploy], default: true }
`,
    );
    t = await startTestGateway({ GATEWAY_POLICY: policy, ANTH_TEST_KEY: 'anth-secret-test', AZURE_TEST_KEY: 'azure-secret-test' });
    client = new OpenAI({ apiKey: t.keys.tenants['demo-us'], baseURL: `${t.url}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await t.close();
    await anthropic.close();
    await azure.close();
  });

  it('translates a plain chat to the Messages API and back', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'anth/claude-test', messages: [{ role: 'user', content: 'hello' }] })
      .withResponse();
    expect(response.headers.get('x-gateway-provider')).toBe('anth');
    expect(data.choices[0]?.message.content).toBeTruthy();
    expect(data.usage?.total_tokens).toBeGreaterThan(0);
  });

  it('streams from Anthropic as chat.completion.chunk events', async () => {
    const stream = await client.chat.completions.create({
      model: 'anth/claude-test',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'tell me something' }],
    });
    let text = '';
    let usage = 0;
    for await (const c of stream) {
      text += c.choices[0]?.delta?.content ?? '';
      if (c.usage) usage = c.usage.total_tokens;
    }
    expect(text.length).toBeGreaterThan(0);
    expect(usage).toBeGreaterThan(0);
  });

  it('returns Anthropic tool calls as OpenAI tool_calls', async () => {
    const data = await client.chat.completions.create({
      model: 'anth/claude-test',
      messages: [{ role: 'user', content: 'use the tool' }],
      tools: [
        {
          type: 'function',
          function: { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } },
        },
      ],
    });
    expect(data.choices[0]?.finish_reason).toBe('tool_calls');
    const call = data.choices[0]?.message.tool_calls?.[0];
    expect(call?.type === 'function' && call.function.name).toBe('lookup');
  });

  it('reaches Azure deployments with api-version and api-key, plain and streamed', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'azr/gpt-deploy', messages: [{ role: 'user', content: 'hi' }] })
      .withResponse();
    expect(response.headers.get('x-gateway-provider')).toBe('azr');
    expect(data.choices[0]?.message.content).toBeTruthy();
    const stream = await client.chat.completions.create({
      model: 'azr/gpt-deploy',
      stream: true,
      messages: [{ role: 'user', content: 'hi' }],
    });
    let text = '';
    for await (const c of stream) text += c.choices[0]?.delta?.content ?? '';
    expect(text.length).toBeGreaterThan(0);
  });
});
