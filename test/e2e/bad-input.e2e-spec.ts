import { startTestGateway, type TestGateway } from '../support/gateway';

/** Every bad input gets the documented 4xx in OpenAI's error shape; never a 500, never a stack. */
describe('bad input', () => {
  let t: TestGateway;
  let key: string;
  beforeAll(async () => {
    t = await startTestGateway({ GATEWAY_MAX_BODY_BYTES: String(64 * 1024) });
    key = t.keys.tenants['demo-us'] as string;
  });
  afterAll(() => t.close());

  const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
      body,
    });

  async function expectError(res: Response, status: number, code: string): Promise<{ message: string; param: string | null }> {
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: { message: string; type: string; code: string; param: string | null } };
    expect(json.error.code).toBe(code);
    expect(typeof json.error.message).toBe('string');
    expect(typeof json.error.type).toBe('string');
    expect(JSON.stringify(json)).not.toMatch(/at .*\.ts:\d+|node_modules/);
    return json.error;
  }

  const msg = (content: unknown) => JSON.stringify({ model: 'auto', messages: [{ role: 'user', content }] });

  it.each([
    ['malformed JSON', '{"model": "auto", "messages": [', 400, 'invalid_request'],
    ['a JSON array body', '[1,2]', 400, 'invalid_request'],
    ['messages missing', '{"model":"auto"}', 400, 'invalid_request'],
    ['empty messages', '{"model":"auto","messages":[]}', 400, 'invalid_request'],
    ['model of the wrong type', '{"model":42,"messages":[{"role":"user","content":"hi"}]}', 400, 'invalid_request'],
    ['content of the wrong type', msg(12), 400, 'invalid_request'],
    ['an unknown role', '{"model":"auto","messages":[{"role":"wizard","content":"hi"}]}', 400, 'invalid_request'],
    ['stream of the wrong type', '{"model":"auto","stream":"yes","messages":[{"role":"user","content":"hi"}]}', 400, 'invalid_request'],
    ['an unknown model', '{"model":"nope/nothing","messages":[{"role":"user","content":"hi"}]}', 400, 'invalid_request'],
  ])('%s -> %i %s', async (_label, body, status, code) => {
    await expectError(await post(body), status, code);
  });

  it('names the bad field without echoing its value', async () => {
    const e = await expectError(await post('{"model":"auto","messages":[{"role":"user","content":12345678}]}'), 400, 'invalid_request');
    expect(e.param).toBe('messages.0.content');
    expect(e.message).not.toContain('12345678');
  });

  it('refuses a body over the limit with 413 payload_too_large', async () => {
    await expectError(await post(msg('x'.repeat(100 * 1024))), 413, 'payload_too_large');
  });

  it('refuses invalid UTF-8 with 400', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"model":"auto","messages":[{"role":"user","content":"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}]}'),
    ]);
    await expectError(await post(bytes), 400, 'invalid_request');
  });

  it('treats unicode tricks as text, not as errors', async () => {
    const res = await post(msg('he\u200bllo \u202eworld\u202c \ufeff'));
    expect(res.status).toBe(200);
  });

  it('refuses a missing key with 401', async () => {
    const res = await fetch(`${t.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: msg('hi'),
    });
    await expectError(res, 401, 'unauthorized');
  });

  it.each(['Bearer nonsense', 'Basic abc', `Bearer gw_aaaaaaaaaaaa_${'A'.repeat(40)}`])(
    'refuses the bad credential %p with 401',
    async (auth) => {
      await expectError(await post(msg('hi'), { authorization: auth }), 401, 'unauthorized');
    },
  );

  it('refuses a revoked key with 401', async () => {
    const tenants = t.gw.app.get((await import('../../src/tenants/tenants.service')).TenantsService);
    const k = await tenants.createKey('demo-us', 'invoke', 'to revoke');
    expect((await post(msg('hi'), { authorization: `Bearer ${k.token}` })).status).toBe(200);
    expect(await tenants.revokeKey('demo-us', k.keyId)).toBe(true);
    await expectError(await post(msg('hi'), { authorization: `Bearer ${k.token}` }), 401, 'unauthorized');
  });

  it('refuses a non-invoke key on chat with 403 forbidden', async () => {
    await expectError(await post(msg('hi'), { authorization: `Bearer ${t.keys.compliance}` }), 403, 'forbidden');
  });

  it('refuses a bad x-gateway-data-class header with 400', async () => {
    await expectError(await post(msg('hi'), { 'x-gateway-data-class': 'secret' }), 400, 'invalid_request');
  });

  it('raises but never lowers the level with x-gateway-data-class', async () => {
    const res = await post(msg('hello'), { 'x-gateway-data-class': 'restricted' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-data-level')).toBe('restricted');
    expect(res.headers.get('x-gateway-provider')).toBe('sim-local');
  });

  it('answers unknown endpoints with a 404 in the same shape', async () => {
    await expectError(await fetch(`${t.url}/v1/nothing-here`), 404, 'not_found');
  });

  it('serves /healthz and /readyz', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ checks: { database: 'ok', ledger: 'ok' } });
  });
});
