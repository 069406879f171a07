import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { startTestGateway, type TestGateway } from '../support/gateway';

/** `action: pseudonymize`: the provider sees only placeholders, the client gets the real values back. */
describe('reversible pseudonymisation for egress', () => {
  let t: TestGateway;
  let client: OpenAI;
  const email = 'jane.doe@example.org';
  const phone = '+1 415-555-0132';
  const prompt = `Please write to ${email} and call ${phone}; again: ${email}.`;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-pseudo-'));
    const policy = join(dir, 'policy.yaml');
    const demo = readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8');
    writeFileSync(
      policy,
      demo.replace('compliance:\n', 'compliance:\n  - id: pii-pseudonymized\n    when: { categories: [PII] }\n    action: pseudonymize\n'),
    );
    t = await startTestGateway({ GATEWAY_POLICY: policy });
    t.sim('sim-us-cheap').setFaults({ mode: 'echo' });
    client = new OpenAI({ apiKey: t.keys.tenants['demo-us'], baseURL: `${t.url}/v1`, maxRetries: 0 });
  });
  afterAll(() => t.close());

  function providerSaw(): string {
    const body = t.sim('sim-us-cheap').lastChatBody as { messages: { content: string }[] };
    return body.messages.map((m) => m.content).join('\n');
  }

  it('sends placeholders upstream and restores them in a non-streamed answer', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'auto', messages: [{ role: 'user', content: prompt }] })
      .withResponse();
    expect(response.headers.get('x-gateway-provider')).toBe('sim-us-cheap');
    const seen = providerSaw();
    expect(seen).not.toContain(email);
    expect(seen).not.toContain('555-0132');
    expect(seen).toContain('<EMAIL_ADDRESS_1>');
    expect(seen.match(/<EMAIL_ADDRESS_1>/g)).toHaveLength(2); // the same value, the same placeholder
    expect(data.choices[0]?.message.content).toBe(prompt);
    expect(response.headers.get('x-gateway-explain')).toContain('pseudonymised');
  });

  it('restores placeholders in a streamed answer, even when split across chunks', async () => {
    const stream = await client.chat.completions.create({ model: 'auto', stream: true, messages: [{ role: 'user', content: prompt }] });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    expect(providerSaw()).not.toContain(email);
    expect(text).toBe(prompt);
  });

  it('records the pseudonymisation in the decision, without any value', async () => {
    const { response } = await client.chat.completions
      .create({ model: 'auto', messages: [{ role: 'user', content: prompt }] })
      .withResponse();
    const [decision] = await t.ledgerEntries(response.headers.get('x-request-id') as string, 'routing_decision');
    const leaf = decision?.leaf ?? '';
    expect(JSON.parse(leaf)).toMatchObject({ egress: 'pseudonymized', placeholders: 2 });
    expect(leaf).not.toContain(email);
  });
});
