import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyExport } from '@libs/ledger';
import { fetchExport, withoutOneOutcome } from '../support/audit-export';
import { LongUpstream } from '../support/long-upstream';
import { startTestGateway, type TestGateway } from '../support/gateway';

/**
 * Clients that go away: every decision still gets exactly one outcome (`client_closed` unless the end marker
 * reached the client), the upstream request is aborted at once (no socket left open), no other provider is
 * tried for nobody, and the provider keeps answering everyone else.
 */
describe('client disconnects', () => {
  const long = new LongUpstream();
  const spare = new LongUpstream(); // second in line: must never be called for a client that left
  let t: TestGateway;
  let key: string;
  let url: URL;

  beforeAll(async () => {
    const longUrl = await long.start();
    const spareUrl = await spare.start();
    const dir = mkdtempSync(join(tmpdir(), 'gw-disconnects-'));
    const policy = join(dir, 'long.yaml');
    writeFileSync(
      policy,
      `apiVersion: gateway.policy/v1
providers:
  - { id: long, kind: openai-compatible, baseUrl: "${longUrl}", apiKeyEnv: LONG_TEST_KEY, hosting: local, regions: [on-prem], baa: true,
      models: [{ id: chat, inputUsdPerMTok: 1, outputUsdPerMTok: 1, capabilities: [chat] }] }
  - { id: spare, kind: openai-compatible, baseUrl: "${spareUrl}", apiKeyEnv: LONG_TEST_KEY, hosting: local, regions: [on-prem], baa: true,
      models: [{ id: chat, inputUsdPerMTok: 1, outputUsdPerMTok: 1, capabilities: [chat] }] }
tenants:
  - { id: demo-us, region: us, floor: public }
  - { id: demo-eu, region: eu, floor: internal }
routes:
  - { id: default, match: { workload: chat }, strategy: ordered, candidates: [long/chat, spare/chat], default: true }
`,
    );
    t = await startTestGateway({ GATEWAY_POLICY: policy, LONG_TEST_KEY: 'long-secret-test' });
    key = t.keys.tenants['demo-us'] as string;
    url = new URL('/v1/chat/completions', t.url);
  });
  afterAll(async () => {
    await t.close();
    await long.stop();
    await spare.stop();
  });

  /** Posts a chat request; `onData` sees the bytes received so far and may return true to drop the connection. */
  function post(body: object, onData: (received: number) => boolean): Promise<{ requestId: string; received: string }> {
    return new Promise((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' } });
      req.on('response', (res) => {
        let received = '';
        const requestId = String(res.headers['x-request-id']);
        res.on('data', (d: Buffer) => {
          received += d.toString('utf8');
          if (onData(received.length)) {
            req.destroy();
            resolve({ requestId, received });
          }
        });
        res.on('end', () => resolve({ requestId, received }));
        res.on('error', () => resolve({ requestId, received }));
      });
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
  }

  async function outcomes(requestIds: string[]): Promise<Map<string, string[]>> {
    const by = new Map<string, string[]>();
    for (const r of await t.ledgerEntries(requestIds, 'routing_outcome')) {
      by.set(r.requestId as string, [...(by.get(r.requestId as string) ?? []), String(r.body.status)]);
    }
    return by;
  }

  /** Polls (bounded) until every request has an outcome. */
  async function settled(requestIds: string[]): Promise<Map<string, string[]>> {
    for (let i = 0; ; i++) {
      const by = await outcomes(requestIds);
      if (requestIds.every((id) => by.has(id)) || i >= 100) return by;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function upstreamInProgress(): Promise<number> {
    for (let i = 0; long.inProgress > 0 && i < 100; i++) await new Promise((r) => setTimeout(r, 20));
    return long.inProgress;
  }

  it('200 streams dropped after 20 KB: each gets one client_closed outcome, no upstream request is left running', async () => {
    const dropped = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        post({ model: 'auto', stream: true, messages: [{ role: 'user', content: `long story ${i}` }] }, (n) => n > 20_000),
      ),
    );
    const ids = dropped.map((d) => d.requestId);
    const by = await settled(ids);
    for (const id of ids) expect(by.get(id)).toEqual(['client_closed']);
    expect(await upstreamInProgress()).toBe(0);
    expect(spare.requests).toBe(0);
  });

  it('the provider is not wedged: a whole stream afterwards ends with [DONE] and is recorded ok', async () => {
    long.totalKb = 20;
    const whole = await post({ model: 'auto', stream: true, messages: [{ role: 'user', content: 'short story' }] }, () => false);
    expect(whole.received.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect((await settled([whole.requestId])).get(whole.requestId)).toEqual(['ok']);
    long.totalKb = 200;
  });

  it('a client gone while the upstream holds its answer: the upstream call is aborted at once, no fallback', async () => {
    long.holdMs = 30_000;
    const before = long.requests;
    const gone = await new Promise<string>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' } });
      req.on('error', () => undefined);
      req.end(JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: 'hold on' }] }));
      const poll = setInterval(() => {
        if (long.requests > before) {
          clearInterval(poll);
          req.destroy();
          resolve('sent');
        }
      }, 5);
      setTimeout(() => reject(new Error('upstream never called')), 5000).unref();
    });
    expect(gone).toBe('sent');
    expect(await upstreamInProgress()).toBe(0); // well before the 30 s hold
    long.holdMs = 0;
    expect(spare.requests).toBe(0);
    const last = await t.db
      .platform('test')
      .one<{ leaf: Buffer }>(`SELECT leaf FROM ledger_entry WHERE kind = 'routing_outcome' ORDER BY created_at DESC LIMIT 1`);
    expect(JSON.parse(last!.leaf.toString('utf8'))).toMatchObject({ status: 'client_closed' });
  });

  it('a slow reader gets the whole stream (back-pressure, nothing dropped) and an ok outcome', async () => {
    const whole = await new Promise<{ requestId: string; received: string }>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' } });
      req.on('response', (res) => {
        res.pause(); // let the upstream run ahead while nothing is read
        let received = '';
        setTimeout(() => {
          res.on('data', (d: Buffer) => (received += d.toString('utf8')));
          res.on('end', () => resolve({ requestId: String(res.headers['x-request-id']), received }));
          res.resume();
        }, 1500);
      });
      req.on('error', reject);
      req.end(JSON.stringify({ model: 'auto', stream: true, messages: [{ role: 'user', content: 'slow reader' }] }));
    });
    const frames = whole.received.split('\n\n').filter((f) => f.startsWith('data: {'));
    expect(frames.length).toBeGreaterThanOrEqual(200);
    expect(whole.received.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect((await settled([whole.requestId])).get(whole.requestId)).toEqual(['ok']);
  });

  it('after the storm the tenant export verifies, and every decision has exactly one outcome', async () => {
    const vkey = (await (await t.get('/v1/audit/public-key', t.keys.compliance)).text()).trim();
    const { text, leaves } = await fetchExport(t.url, t.keys.compliance, 'demo-us');
    expect(verifyExport(text, vkey)).toMatchObject({ ok: true });
    const decisions = leaves.filter((l) => l.kind === 'routing_decision');
    expect(decisions.length).toBeGreaterThanOrEqual(203);
    expect(withoutOneOutcome(leaves)).toEqual([]);
  });
});
