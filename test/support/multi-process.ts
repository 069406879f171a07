import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BUNDLE, vendorProvider } from './bundle-yaml';
import { spawnGateway, waitReady } from './child-gateway';

export interface Keys {
  tenants: Record<string, string>;
  admin: string;
  compliance: string;
}

/** One gateway child process (demo mode, its own data dir and log file) against the test run's database. */
export class ChildGateway {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'gw-multi-'));
  readonly url: string;
  proc: ChildProcess | null = null;

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<this> {
    this.proc = spawnGateway({
      PORT: String(this.port),
      GATEWAY_DATA_DIR: this.dataDir,
      GATEWAY_LOG_FILE: join(this.dataDir, 'gateway.log'),
      ...this.env,
    });
    await waitReady(this.proc, this.url, 480); // several processes start at once on a small machine
    return this;
  }

  keys(): Keys {
    return JSON.parse(readFileSync(join(this.dataDir, 'demo-keys.json'), 'utf8')) as Keys;
  }

  logs(): string {
    try {
      return readFileSync(join(this.dataDir, 'gateway.log'), 'utf8');
    } catch {
      return '';
    }
  }

  async stop(): Promise<void> {
    const p = this.proc;
    this.proc = null;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    const timer = setTimeout(() => p.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

/** POST /v1/chat/completions with one short user message. */
export async function chat(
  url: string,
  key: string,
  model = 'auto',
): Promise<{ status: number; code: string | null; message: string | null }> {
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hello from a test' }] }),
  });
  const body = (await res.json()) as { error?: { code: string; message: string } };
  return { status: res.status, code: body.error?.code ?? null, message: body.error?.message ?? null };
}

/** An OpenAI-compatible upstream that fails every call with a 500, counting the calls it received. */
export class FailingUpstream {
  calls = 0;
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.calls++;
      req.resume();
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'upstream exploded', type: 'server_error' } }));
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    const addr = this.server.address();
    this.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/v1`;
    return this;
  }

  async close(): Promise<void> {
    const s = this.server;
    if (s) await new Promise<void>((r) => s.close(() => r()));
  }
}

/**
 * The demo bundle plus a provider `flaky` (an upstream the test controls) and a limit of `rpm` requests per
 * minute per key for tenant demo-eu (demo-us stays unlimited).
 */
export function policyWithFlaky(upstreamUrl: string, rpm: number): string {
  const text = DEFAULT_BUNDLE.replace('providers:\n', `providers:\n${vendorProvider('flaky', upstreamUrl, 'chat')}\n`).replace(
    '- { id: demo-eu, region: eu, floor: internal, monthlyBudgetUsd: 100 }',
    `- { id: demo-eu, region: eu, floor: internal, monthlyBudgetUsd: 100, keyRequestsPerMinute: ${rpm} }`,
  );
  if (!text.includes('keyRequestsPerMinute')) throw new Error('the demo bundle changed: update policyWithFlaky');
  const file = join(mkdtempSync(join(tmpdir(), 'gw-multi-policy-')), 'policy.yaml');
  writeFileSync(file, text);
  return file;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
