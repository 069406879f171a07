import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runAsync } from '../../src/cli/gatewayctl';
import { freePort } from '../support/free-port';

const KEY = /^gw_[a-z0-9]{12}_[A-Za-z0-9]{40}$/;

async function gatewayctl(args: string[], env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAsync(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { NODE_ENV: 'test', ...env });
  return { code, out, err };
}

/** `gatewayctl tenants …` and `keys …` straight on the database (SPEC §10), every action on the ledger. */
describe('gatewayctl tenants and keys on the real database', () => {
  const url = process.env.DATABASE_URL as string;
  const env = { DATABASE_URL: url, GATEWAY_DATA_DIR: mkdtempSync(join(tmpdir(), 'gwctl-admin-')) };
  const tenant = `ctl-${randomBytes(3).toString('hex')}`;
  let owner: Client;
  beforeAll(async () => {
    owner = new Client({ connectionString: url });
    await owner.connect();
  });
  afterAll(() => owner.end());

  const events = async (log: string) =>
    (
      await owner.query<{ kind: string; leaf: Buffer }>(`SELECT kind, leaf FROM ledger_entry WHERE tenant_id = $1 ORDER BY seq`, [log])
    ).rows.map((r): Record<string, unknown> => ({ kind: r.kind, ...(JSON.parse(r.leaf.toString('utf8')) as Record<string, unknown>) }));

  it('creates a tenant and the first platform admin key, then issues, lists, rotates and revokes a tenant key', async () => {
    expect((await gatewayctl(['tenants', 'create', tenant, '--region', 'eu', '--floor', 'internal'], env)).code).toBe(0);
    const first = await gatewayctl(['keys', 'create', '--platform', '--role', 'platform-admin'], env);
    expect(first.code).toBe(0);
    expect(first.out.at(-1)).toMatch(KEY);

    const made = await gatewayctl(['keys', 'create', '--tenant', tenant, '--role', 'invoke', '--role', 'compliance-officer'], env);
    expect(made.code).toBe(0);
    const token = made.out.at(-1) as string;
    expect(token).toMatch(KEY);
    const id = token.slice(3, 15);
    const listed = await gatewayctl(['keys', 'list', '--tenant', tenant], env);
    expect(listed.out.join('\n')).toContain(`${id}  ${tenant}  invoke,compliance-officer`);
    expect(listed.out.join('\n')).not.toContain(token.slice(16));

    const rotated = await gatewayctl(['keys', 'rotate', id], env);
    expect(rotated.code).toBe(0);
    const next = (rotated.out.at(-1) as string).slice(3, 15);
    expect((await gatewayctl(['keys', 'revoke', next], env)).code).toBe(0);
    expect((await gatewayctl(['keys', 'list', '--tenant', tenant], env)).out.every((l) => l.includes('revoked'))).toBe(true);

    const platform = (await events('_platform')).filter((e) => e.tenant_id === tenant || e.key_id === first.out.at(-1)?.slice(3, 15));
    expect(platform.map((e) => [e.kind, e.action, e.actor])).toEqual([
      ['tenant_event', 'create', expect.stringMatching(/^cli:/)],
      ['key_event', 'create', expect.stringMatching(/^cli:/)],
    ]);
    expect((await events(tenant)).map((e) => [e.kind, e.action])).toEqual([
      ['key_event', 'create'],
      ['key_event', 'rotate'],
      ['key_event', 'revoke'],
    ]);
  });

  it.each([
    [['keys', 'create'], 2],
    [['keys', 'create', '--tenant', 'x', '--platform'], 2],
    [['keys', 'create', '--platform', '--role', 'root'], 2],
    [['tenants', 'create', 'x'], 2],
    [['keys', 'revoke', 'nosuchkey0000'], 1],
    [['tenants', 'create', tenant, '--region', 'us'], 1], // taken by the first test
  ])('%j exits %i', async (args, code) => {
    expect((await gatewayctl(args, env)).code).toBe(code);
  });
});

/** The CLI as its own process (PGlite's dynamic imports do not run inside jest's VM), as a user runs it. */
function gatewayctlProcess(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string[] }> {
  const root = join(__dirname, '../..');
  const main = `require(${JSON.stringify(join(root, 'src/cli/gatewayctl.ts'))}).main(process.argv.slice(1))`;
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', join(root, 'test/support/alias-hook.js'), '-e', main, ...args],
      {
        cwd: root,
        env: { PATH: process.env.PATH, NODE_ENV: 'test', ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('close', (code) => done({ code, out: out.trim().split('\n') }));
  });
}

describe('gatewayctl tenants and keys on the embedded database', () => {
  it('starts the embedded database when no gateway runs, and the key it prints is stored there', async () => {
    const env = { GATEWAY_DATA_DIR: mkdtempSync(join(tmpdir(), 'gwctl-emb-')), GATEWAY_EMBEDDED_DB_PORT: String(await freePort()) };
    expect((await gatewayctlProcess(['tenants', 'create', 'emb-one', '--region', 'us'], env)).code).toBe(0);
    const made = await gatewayctlProcess(['keys', 'create', '--tenant', 'emb-one'], env);
    expect(made.code).toBe(0);
    expect(made.out.at(-1)).toMatch(KEY);
    const list = await gatewayctlProcess(['keys', 'list', '--tenant', 'emb-one'], env);
    expect(list.out.join('\n')).toContain(`${(made.out.at(-1) as string).slice(3, 15)}  emb-one  invoke`);
  }, 120_000);
});
