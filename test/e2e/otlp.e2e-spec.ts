import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { spawnGateway, waitReady } from '../support/child-gateway';

/**
 * With an OTLP endpoint configured, spans reach the collector; they carry no request content. The gateway
 * runs as a child process: the exporter's lazy imports need real Node, not jest's module sandbox.
 */
describe('OTLP trace export', () => {
  const bodies: string[] = [];
  let collector: Server;
  let child: ChildProcess;
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-otlp-'));
  const url = `http://127.0.0.1:${19900 + (process.pid % 90)}`;

  beforeAll(async () => {
    collector = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (raw += c));
      req.on('end', () => {
        bodies.push(raw);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
    const a = collector.address();
    const port = typeof a === 'object' && a ? a.port : 0;
    child = spawnGateway({
      PORT: new URL(url).port,
      GATEWAY_DATA_DIR: dataDir,
      GATEWAY_LOG_FILE: join(dataDir, 'gateway.log'),
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `http://127.0.0.1:${port}/v1/traces`,
    });
    await waitReady(child, url);
  }, 120_000);
  afterAll(async () => {
    child.kill('SIGKILL');
    collector.closeAllConnections();
    await new Promise<void>((r) => collector.close(() => r()));
  });

  it('exports the pipeline spans without content', async () => {
    const canary = `otlpcanary${randomBytes(4).toString('hex')}`;
    const keys = JSON.parse(readFileSync(join(dataDir, 'demo-keys.json'), 'utf8')) as { tenants: Record<string, string> };
    const res = await fetch(`${url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.tenants['demo-us']}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: `hello ${canary} at ${canary}@example.com` }] }),
    });
    expect(res.status).toBe(200);
    child.kill('SIGTERM'); // graceful shutdown flushes the last batch
    await new Promise((r) => child.once('exit', r));
    const all = bodies.join('\n');
    for (const name of ['gateway.classify', 'gateway.policy', 'gateway.ledger.decision', 'gateway.upstream.attempt'])
      expect(all).toContain(name);
    expect(all).not.toContain(canary);
  }, 60_000);
});
