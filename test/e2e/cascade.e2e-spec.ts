import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestGateway, type TestGateway } from '../support/gateway';

/** A cascade escalates on invalid JSON against the request's response_format, and not on valid JSON. */
describe('cascade routing', () => {
  let t: TestGateway;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-cascade-'));
    const policy = join(dir, 'policy.yaml');
    const demo = readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8');
    writeFileSync(
      policy,
      demo.replace(
        'routes:\n',
        'routes:\n  - { id: json-cascade, match: { model: json-cascade }, strategy: cascade, candidates: [sim-us-cheap/chat, sim-local/chat], escalateOn: [invalid_json, length, error] }\n',
      ),
    );
    t = await startTestGateway({ GATEWAY_POLICY: policy });
  });
  afterAll(() => t.close());

  const ask = () =>
    t.chat(t.keys.tenants['demo-us'] as string, {
      model: 'json-cascade',
      response_format: { type: 'json_object' },
      messages: [{ role: 'user', content: 'answer in JSON' }],
    });

  async function attemptsOf(res: Response) {
    const [outcome] = await t.ledgerEntries(res.headers.get('x-request-id') as string, 'routing_outcome');
    return (outcome?.body as { attempts: { provider: string; outcome: string }[] }).attempts;
  }

  it('keeps the cheap answer when it is valid JSON', async () => {
    const res = await ask();
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-provider')).toBe('sim-us-cheap');
    const body = (await res.json()) as { choices: { message: { content: string } }[] };
    expect(() => JSON.parse(body.choices[0]?.message.content ?? '')).not.toThrow();
    expect((await attemptsOf(res)).map((a) => a.provider)).toEqual(['sim-us-cheap']);
  });

  it('escalates to the next permitted candidate on invalid JSON, on the record', async () => {
    t.sim('sim-us-cheap').setFaults({ mode: 'broken_json' });
    const res = await ask();
    t.sim('sim-us-cheap').setFaults({ mode: 'normal' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-provider')).toBe('sim-local');
    const attempts = await attemptsOf(res);
    expect(attempts.map((a) => [a.provider, a.outcome])).toEqual([
      ['sim-us-cheap', 'escalated'],
      ['sim-local', 'ok'],
    ]);
  });
});

describe('streaming never switches providers after the first byte', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t.close());

  it('reports the broken stream to the client instead of resuming elsewhere', async () => {
    t.sim('sim-us-cheap').setFaults({ mode: 'cut_stream' });
    const others = ['sim-local', 'sim-eu', 'sim-us-strong'];
    const before = others.map((id) => t.sim(id).requests);
    const res = await t.chat(t.keys.tenants['demo-us'] as string, {
      model: 'auto',
      stream: true,
      messages: [{ role: 'user', content: 'a long story please' }],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-provider')).toBe('sim-us-cheap');
    const text = await res.text();
    t.sim('sim-us-cheap').setFaults({ mode: 'normal' });
    expect(text).toContain('"code":"upstream_error"');
    expect(text).not.toContain('[DONE]');
    expect(others.map((id) => t.sim(id).requests)).toEqual(before);
    const [outcome] = await t.ledgerEntries(res.headers.get('x-request-id') as string, 'routing_outcome');
    expect(outcome?.body).toMatchObject({ status: 'error' });
  });
});
