import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKey, verifyExport } from '@libs/ledger';
import { spawnGateway, waitReady } from '../support/child-gateway';

/**
 * Crash safety: kill -9 a gateway process under load; after a restart its tenant log verifies and every
 * request that got a 200 has both its decision and its outcome entries.
 */
describe('crash safety (kill -9 under load)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-crash-'));
  const keyFile = join(dataDir, 'ledger.pem');
  writeFileSync(keyFile, generateSigningKey('llm-gateway-ledger').privateKeyPem);
  const port = 19800 + (process.pid % 100);
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  const start = (): ChildProcess =>
    spawnGateway({ PORT: String(port), GATEWAY_DATA_DIR: dataDir, GATEWAY_LOG_FILE: join(dataDir, 'gateway.log'), LEDGER_SIGNING_KEY_FILE: keyFile });
  const ready = (p: ChildProcess) => waitReady(p, url);

  afterAll(() => {
    child?.kill('SIGKILL');
  });

  it('loses no acknowledged request and keeps a verifiable log', async () => {
    child = start();
    await ready(child);
    const keys = JSON.parse(readFileSync(join(dataDir, 'demo-keys.json'), 'utf8')) as { tenants: Record<string, string>; compliance: string };
    const ok: string[] = [];
    let stop = false;
    const worker = async () => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${url}/v1/chat/completions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${keys.tenants['demo-us']}`, 'content-type': 'application/json' },
            body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: `crash load ${i}` }] }),
          });
          await res.text();
          if (res.status === 200) ok.push(res.headers.get('x-request-id') as string);
        } catch {
          // the process died under this request: it was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGKILL');
    await new Promise((r) => child?.once('exit', r));
    stop = true;
    await Promise.all(workers);
    expect(ok.length).toBeGreaterThan(10);

    child = start();
    await ready(child);
    const auth = { authorization: `Bearer ${keys.compliance}` };
    const vkey = (await (await fetch(`${url}/v1/audit/public-key`, { headers: auth })).text()).trim();
    const text = await (await fetch(`${url}/v1/audit/export?tenant=demo-us`, { headers: auth })).text();
    expect(verifyExport(text, vkey)).toMatchObject({ ok: true });
    const kinds = new Map<string, string[]>();
    for (const line of text.trim().split('\n')) {
      const l = JSON.parse(line) as { type: string; leaf?: string };
      if (l.type !== 'entry' || !l.leaf) continue;
      const leaf = JSON.parse(l.leaf) as { request_id: string; kind: string };
      kinds.set(leaf.request_id, [...(kinds.get(leaf.request_id) ?? []), leaf.kind]);
    }
    for (const id of ok) expect(kinds.get(id)).toEqual(['routing_decision', 'routing_outcome']);
  }, 120_000);
});
