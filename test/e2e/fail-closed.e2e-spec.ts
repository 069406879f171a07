import { TcpProxy } from '../support/tcp-proxy';
import { startTestGateway, type TestGateway } from '../support/gateway';

/** No ledger, no egress: with the database cut off, chat gets 503 and the upstream receives nothing. */
describe('fail closed when the ledger is unreachable', () => {
  let t: TestGateway;
  let proxy: TcpProxy;
  let port: number;

  beforeAll(async () => {
    const db = new URL(process.env.DATABASE_URL as string);
    proxy = new TcpProxy(db.hostname, Number(db.port || 5432));
    port = await proxy.start();
    const viaProxy = new URL(db.toString());
    viaProxy.port = String(port);
    t = await startTestGateway({ DATABASE_URL: viaProxy.toString(), GATEWAY_DB_TIMEOUT_MS: '500' });
  });
  afterAll(async () => {
    await proxy.start(port).catch(() => undefined); // let the app close cleanly
    await t.close();
    await proxy.stop();
  });

  const chat = () => t.chat(t.keys.tenants['demo-us'] as string, { model: 'auto', messages: [{ role: 'user', content: 'hello' }] });

  it('serves normally, refuses with 503 audit_unavailable while the database is gone, and recovers by itself', async () => {
    expect((await chat()).status).toBe(200);
    const sims = ['sim-local', 'sim-eu', 'sim-us-cheap', 'sim-us-strong'];
    const before = sims.map((id) => t.sim(id).requests);

    await proxy.stop();
    for (let i = 0; i < 3; i++) {
      const res = await chat();
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('audit_unavailable');
    }
    expect(sims.map((id) => t.sim(id).requests)).toEqual(before);
    expect((await fetch(`${t.url}/readyz`)).status).toBe(503);

    await proxy.start(port);
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await chat()).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  });
});
