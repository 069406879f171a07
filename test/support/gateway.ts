import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, type Gateway } from '../../src/bootstrap';
import type { DemoKeys } from '../../src/demo/demo.service';
import { Database } from '../../src/database/database';
import { ProvidersService } from '../../src/providers/providers.service';
import type { SimulatorHandle } from '@libs/providers';

export interface TestGateway {
  gw: Gateway;
  url: string;
  keys: DemoKeys;
  dataDir: string;
  logFile: string;
  db: Database;
  sim(providerId: string): SimulatorHandle;
  /** Every log line written so far. */
  logs(): string;
  close(): Promise<void>;
}

/**
 * Boots the real app (HTTP on an ephemeral port, demo simulators on ephemeral ports) against the test
 * run's database. `env` overrides apply to this boot only.
 */
export async function startTestGateway(env: Record<string, string> = {}, opts: { attemptTimeoutMs?: number } = {}): Promise<TestGateway> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-test-data-'));
  let policy = join(__dirname, '../../policies');
  if (opts.attemptTimeoutMs !== undefined) {
    // The demo bundle with a short per-attempt timeout, so timeout tests take milliseconds, not seconds.
    const text = readFileSync(join(policy, 'default.yaml'), 'utf8').replace(/attemptTimeoutMs: \d+/g, `attemptTimeoutMs: ${opts.attemptTimeoutMs}`);
    policy = join(dataDir, 'policy.yaml');
    writeFileSync(policy, text);
  }
  const logFile = join(dataDir, 'gateway.log');
  const vars: Record<string, string> = {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    GATEWAY_DEMO: '1',
    GATEWAY_SIMULATOR_EPHEMERAL: '1',
    GATEWAY_DATA_DIR: dataDir,
    GATEWAY_POLICY: policy,
    GATEWAY_LOG_FILE: logFile,
    LOG_LEVEL: 'debug',
    ...env,
  };
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(vars)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  let gw: Gateway;
  try {
    gw = await startGateway();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  const providers = gw.app.get(ProvidersService);
  return {
    gw,
    url: gw.url,
    keys: gw.demoKeys as DemoKeys,
    dataDir,
    logFile,
    db: gw.app.get(Database),
    sim(id) {
      const s = providers.simulator(id);
      if (!s) throw new Error(`no simulator ${id}`);
      return s;
    },
    logs() {
      try {
        return readFileSync(logFile, 'utf8');
      } catch {
        return '';
      }
    },
    async close() {
      await gw.app.close();
    },
  };
}
