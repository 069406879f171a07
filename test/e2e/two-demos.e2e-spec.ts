import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnGateway, waitReady } from '../support/child-gateway';
import { freeStaticPort } from '../support/free-port';

/**
 * Two demo gateways on one host, as a user starts them: the default bundle (simulators on `port: 0`), no
 * port override, each with its own data dir and embedded database. Both start and both route a request.
 */
describe('two demo gateways side by side', () => {
  const children: ChildProcess[] = [];
  afterAll(async () => {
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null) return resolve();
            c.once('exit', () => resolve());
            c.kill('SIGTERM');
          }),
      ),
    );
  });

  async function demo(): Promise<{ url: string; key: string }> {
    const dataDir = mkdtempSync(join(tmpdir(), 'gw-two-demos-'));
    const port = await freeStaticPort();
    const child = spawnGateway({
      PORT: String(port),
      GATEWAY_DATA_DIR: dataDir,
      GATEWAY_EMBEDDED_DB_PORT: String(await freeStaticPort()),
      GATEWAY_POLICY: join(__dirname, '../../policies'),
      GATEWAY_LOG_FILE: join(dataDir, 'gateway.log'),
      // the demo as shipped: embedded database, the bundle's simulator ports
      DATABASE_URL: undefined,
      DATABASE_POOL_SIZE: undefined,
      GATEWAY_SIMULATOR_PORT_BASE: undefined,
      GATEWAY_SIMULATOR_EPHEMERAL: undefined,
    });
    children.push(child);
    const url = `http://127.0.0.1:${port}`;
    await waitReady(child, url, 960); // two embedded databases initialising at once on a small machine
    const keys = JSON.parse(readFileSync(join(dataDir, 'demo-keys.json'), 'utf8')) as { tenants: Record<string, string> };
    return { url, key: keys.tenants['demo-us'] as string };
  }

  it('starts both and gets a routed answer from each', async () => {
    // started at the same time: both bind their simulators while the other is starting
    const both = await Promise.all([demo(), demo()]);
    for (const g of both) {
      const res = await fetch(`${g.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${g.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: 'What is the capital of France?' }] }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-gateway-provider')).toBe('sim-us-cheap');
      const body = (await res.json()) as { choices: { message: { content: string } }[] };
      expect(body.choices[0]?.message.content).toContain('[sim-us-cheap] Simulated reply');
    }
  }, 300_000);
});
