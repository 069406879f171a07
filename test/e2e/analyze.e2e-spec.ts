import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakePresidio } from '../support/fake-presidio';
import { startTestGateway, type TestGateway } from '../support/gateway';

const post = (t: TestGateway, path: string, body: unknown, key = t.keys.tenants['demo-us'] as string) => t.post(path, key, body);

describe('/v1/analyze and /v1/classify (built-in analyzer)', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t.close());

  it('answers like Presidio, with UTF-16 offsets on the text as sent', async () => {
    const text = '😀 mail jane.doe@example.org or card 4111 1111 1111 1111';
    const res = await post(t, '/v1/analyze', { text, language: 'en' });
    expect(res.status).toBe(200);
    const results = (await res.json()) as { entity_type: string; start: number; end: number; score: number }[];
    const email = results.find((r) => r.entity_type === 'EMAIL_ADDRESS');
    expect(email && text.slice(email.start, email.end)).toBe('jane.doe@example.org');
    const card = results.find((r) => r.entity_type === 'CREDIT_CARD');
    expect(card && text.slice(card.start, card.end)).toBe('4111 1111 1111 1111');
  });

  it('filters by entities and score_threshold', async () => {
    const text = 'mail jane.doe@example.org or card 4111 1111 1111 1111';
    const res = await post(t, '/v1/analyze', { text, entities: ['CREDIT_CARD'], score_threshold: 0.5 });
    const results = (await res.json()) as { entity_type: string }[];
    expect(results.map((r) => r.entity_type)).toEqual(['CREDIT_CARD']);
  });

  it.each([
    [{}, 'text'],
    [{ text: 5 }, 'text'],
    [{ text: 'x', score_threshold: 7 }, 'score_threshold'],
    [{ text: 'x', language: 'xx' }, 'language'],
  ])('refuses the bad analyze body %j naming %s', async (body, param) => {
    const res = await post(t, '/v1/analyze', body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { param: string } }).error.param).toBe(param);
  });

  it('classifies a conversation without egress: PHI across messages', async () => {
    const before = ['sim-local', 'sim-eu', 'sim-us-cheap', 'sim-us-strong'].map((id) => t.sim(id).requests);
    const res = await post(t, '/v1/classify', {
      messages: [
        { role: 'user', content: 'Patient: Maria Gonzalez' },
        { role: 'assistant', content: 'Noted.' },
        { role: 'user', content: 'She was diagnosed with type 2 diabetes (E11.9).' },
      ],
    });
    expect(res.status).toBe(200);
    const c = (await res.json()) as { level: string; categories: string[]; entities: Record<string, number>; explanation: string };
    expect(c.level).toBe('restricted');
    expect(c.categories).toEqual(expect.arrayContaining(['PHI', 'PII']));
    expect(c.entities.PERSON).toBe(1);
    expect(c.explanation).not.toContain('Maria');
    expect(['sim-local', 'sim-eu', 'sim-us-cheap', 'sim-us-strong'].map((id) => t.sim(id).requests)).toEqual(before);
  });

  it('applies the tenant floor and the declared class to the level', async () => {
    const eu = await post(t, '/v1/classify', { messages: [{ role: 'user', content: 'hello' }] }, t.keys.tenants['demo-eu']);
    expect(((await eu.json()) as { level: string }).level).toBe('internal');
  });
});

describe('external Presidio Analyzer', () => {
  const presidio = new FakePresidio();
  let strict: TestGateway;
  let optional: TestGateway;

  beforeAll(async () => {
    const url = await presidio.start();
    strict = await startTestGateway({ PRESIDIO_ANALYZER_URL: url, PRESIDIO_TIMEOUT_MS: '500' });
    const dir = mkdtempSync(join(tmpdir(), 'gw-presidio-'));
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8') + '\npresidio: optional\n');
    optional = await startTestGateway({ PRESIDIO_ANALYZER_URL: url, PRESIDIO_TIMEOUT_MS: '500', GATEWAY_POLICY: policy });
  });
  afterAll(async () => {
    await strict.close();
    await optional.close();
    await presidio.stop();
  });

  const chat = (t: TestGateway, content: string) =>
    post(t, '/v1/chat/completions', { model: 'auto', messages: [{ role: 'user', content }] });

  it('merges its findings, converting code-point offsets to UTF-16', async () => {
    const text = '🙂🙂 ask qqv_user_42 about ACCT-1234567';
    const res = await post(strict, '/v1/analyze', { text });
    const results = (await res.json()) as { entity_type: string; start: number; end: number }[];
    const person = results.find((r) => r.entity_type === 'PERSON');
    expect(person && text.slice(person.start, person.end)).toBe('qqv_user_42');
    const bank = results.find((r) => r.entity_type === 'US_BANK_NUMBER');
    expect(bank && text.slice(bank.start, bank.end)).toBe('ACCT-1234567');
  });

  it('lets Presidio findings drive the policy (a name only Presidio sees + health context -> PHI -> sim-local)', async () => {
    const res = await chat(strict, 'qqv_user_42 was diagnosed with asthma last week.');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-provider')).toBe('sim-local');
    expect(res.headers.get('x-gateway-data-level')).toBe('restricted');
  });

  it('fails closed with 503 classifier_unavailable when Presidio is down, and sends nothing upstream', async () => {
    presidio.status = 500;
    try {
      const before = ['sim-local', 'sim-eu', 'sim-us-cheap', 'sim-us-strong'].map((id) => strict.sim(id).requests);
      const res = await chat(strict, 'hello there');
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('classifier_unavailable');
      expect(['sim-local', 'sim-eu', 'sim-us-cheap', 'sim-us-strong'].map((id) => strict.sim(id).requests)).toEqual(before);
      // ...unless the policy says presidio: optional
      const ok = await chat(optional, 'hello there');
      expect(ok.status).toBe(200);
    } finally {
      presidio.status = 200;
    }
  });
});
