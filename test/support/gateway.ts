import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, type Gateway } from '../../src/bootstrap';
import type { DemoKeys } from '../../src/demo/demo.service';
import { Client } from 'pg';
import { Database } from '../../src/database/database';
import { ProvidersService } from '../../src/providers/providers.service';
import type { SimulatorHandle } from '../../src/demo/simulator/simulator.server';

/** One ledger row, its leaf parsed. */
export interface LedgerRow {
  tenant: string;
  seq: number;
  kind: string;
  requestId: string | null;
  /** The exact stored leaf text (canonical JSON). */
  leaf: string;
  body: Record<string, unknown>;
}

export type Headers = Record<string, string>;

let scopes = 0;

export interface TestGateway {
  gw: Gateway;
  url: string;
  keys: DemoKeys;
  dataDir: string;
  logFile: string;
  /** The app's own Database (runs as gateway_app). */
  db: Database;
  /** POST /v1/chat/completions with `Authorization: Bearer <key>` and a JSON body. */
  chat(key: string, body: unknown, headers?: Headers): Promise<Response>;
  /** POST `path`; an object body is sent as JSON, a string or Buffer as is. `key` null: no Authorization. */
  post(path: string, key: string | null, body: unknown, headers?: Headers): Promise<Response>;
  get(path: string, key?: string | null, headers?: Headers): Promise<Response>;
  /** The ledger rows of these request ids (every tenant), in (tenant, seq) order; optionally of one kind. */
  ledgerEntries(requestIds: string | readonly string[], kind?: string): Promise<LedgerRow[]>;
  /** Runs `work` with a client logged in as the database owner (DATABASE_URL of this gateway): for tampering tests. */
  asOwner<T>(work: (client: Client) => Promise<T>): Promise<T>;
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
    const text = readFileSync(join(policy, 'default.yaml'), 'utf8').replace(
      /attemptTimeoutMs: \d+/g,
      `attemptTimeoutMs: ${opts.attemptTimeoutMs}`,
    );
    policy = join(dataDir, 'policy.yaml');
    writeFileSync(policy, text);
  }
  const logFile = join(dataDir, 'gateway.log');
  const vars: Record<string, string> = {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    GATEWAY_DEMO: '1',
    GATEWAY_SIMULATOR_PORT_BASE: '0',
    GATEWAY_DATA_DIR: dataDir,
    GATEWAY_POLICY: policy,
    GATEWAY_LOG_FILE: logFile,
    LOG_LEVEL: 'debug',
    // Test gateways share one database: each keeps its own breaker state, as separate deployments would.
    GATEWAY_BREAKER_SCOPE: `test-${process.pid}-${++scopes}`,
    // Test gateways share one database but run different bundles: each runs its own files, unless a test
    // is about database versions (GATEWAY_POLICY_STORE=database).
    GATEWAY_POLICY_STORE: 'file',
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
  const db = gw.app.get(Database);
  const ownerUrl = vars.DATABASE_URL ?? (process.env.DATABASE_URL as string);
  const post = (path: string, key: string | null, body: unknown, headers: Headers = {}) =>
    fetch(`${gw.url}${path}`, {
      method: 'POST',
      headers: {
        ...(key === null ? {} : { authorization: `Bearer ${key}` }),
        'content-type': 'application/json',
        ...headers,
      },
      body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
  return {
    gw,
    url: gw.url,
    keys: gw.demoKeys as DemoKeys,
    dataDir,
    logFile,
    db,
    chat: (key, body, headers) => post('/v1/chat/completions', key, body, headers),
    post,
    get: (path, key = null, headers = {}) =>
      fetch(`${gw.url}${path}`, { headers: { ...(key === null ? {} : { authorization: `Bearer ${key}` }), ...headers } }),
    async ledgerEntries(requestIds, kind) {
      const ids = typeof requestIds === 'string' ? [requestIds] : [...requestIds];
      const rows = await db
        .platform('test: ledger entries')
        .many<{ tenant_id: string; seq: string; kind: string; request_id: string | null; leaf: Buffer }>(
          `SELECT tenant_id, seq, kind, request_id, leaf FROM ledger_entry
         WHERE request_id = ANY($1) AND ($2::text IS NULL OR kind = $2) ORDER BY tenant_id, seq`,
          [ids, kind ?? null],
        );
      return rows.map((r) => {
        const leaf = r.leaf.toString('utf8');
        return {
          tenant: r.tenant_id,
          seq: Number(r.seq),
          kind: r.kind,
          requestId: r.request_id,
          leaf,
          body: JSON.parse(leaf) as Record<string, unknown>,
        };
      });
    },
    async asOwner(work) {
      const client = new Client({ connectionString: ownerUrl });
      client.on('error', () => undefined);
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end();
      }
    },
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
