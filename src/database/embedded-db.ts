import { createHmac, randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Duplex } from 'node:stream';
import { promisify } from 'node:util';
import { APP_ROLE } from './database';
import { localConnections } from './local-pg-stream';
import { PgAuthFront } from './pg-auth-front';

export interface EmbeddedDb {
  /** `postgres` with the generated password: migrations and operators (psql, pg_dump). */
  ownerUrl: string;
  /** `gateway_app` over the TCP port (password checked): for other processes. */
  appUrl: string;
  /** `gateway_app` over the private Unix socket (no extra hop): for the gateway process that started it. */
  localAppUrl: string;
  /** An in-process connection (no socket at all), for `pg`'s `stream` option with `localAppUrl`: see LocalPgStream. */
  connectLocal: () => Duplex;
  stop(): Promise<void>;
}

export const PASSWORD_FILE = 'embedded-db.password';

/** The owner password: generated on first start into `<dataDir>/embedded-db.password` (0600), reused after. */
export function embeddedDbPassword(dataDir: string): string {
  const file = join(dataDir, PASSWORD_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 16) {
      chmodSync(file, 0o600);
      return existing;
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // in case the file existed (empty) with wider permissions
  return password;
}

/** The owner URL of the embedded database of a running gateway (for the CLI); the password file must exist. */
export function embeddedOwnerUrl(dataDir: string, port: number): string {
  const password = readFileSync(join(dataDir, PASSWORD_FILE), 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/** gateway_app's password, derived from the owner's so one 0600 file holds the only secret. */
export function appRolePassword(ownerPassword: string): string {
  return createHmac('sha256', ownerPassword).update(APP_ROLE).digest('base64url');
}

/**
 * PostgreSQL's default 128 MB of shared buffers lives inside PGlite's WebAssembly memory, which never shrinks:
 * 32 MB holds the demo's working set and keeps the idle process about 130 MiB smaller.
 */
const EMBEDDED_SETTINGS = ['-c', 'shared_buffers=32MB'];

/**
 * PGlite starts PostgreSQL with fsync off (`-F` in its start parameters), and the Node file system it runs
 * on has no fsync to call: a committed entry survives the gateway process dying (the operating system has
 * the writes) but not a power loss or a kernel crash. Said once at start in production.
 */
export const EMBEDDED_DURABILITY_WARNING =
  'the embedded database does not fsync: committed ledger entries survive the process, not a power loss; use DATABASE_URL (PostgreSQL) in production';

/**
 * Creates a fresh cluster in a short-lived child process. PGlite's initdb leaves about 450 MiB of WebAssembly
 * memory behind in the process that ran it (idle RSS ~900 MiB after a first start against ~400 MiB after a
 * restart), so the gateway only ever opens a cluster that already exists.
 */
async function initClusterApart(dir: string): Promise<void> {
  const entry = pathToFileURL(require.resolve('@electric-sql/pglite')).href;
  const script = `import(${JSON.stringify(entry)}).then(async ({ PGlite }) => (await PGlite.create(process.argv[1])).close())`;
  await promisify(execFile)(process.execPath, ['-e', script, dir], { timeout: 120_000 });
}

/**
 * The embedded PostgreSQL: PGlite served over the wire protocol, so the app talks to it through `pg` and
 * the same migrations as to a real server. PGlite itself has no authentication and serves ONE superuser
 * session to every client, so:
 * - it listens only on a Unix socket in a fresh 0700 directory (the gateway's own pool uses it directly);
 *   the TCP port (127.0.0.1 only) is a password check in front of it (MD5 challenge), for `postgres`
 *   (the owner, password in the file) and `gateway_app` (derived password);
 * - PGlite cannot give a login its own privileges: the gateway's statements run as `gateway_app` because
 *   every transaction sets the role (and search_path, timeouts) transaction-locally (see Database).
 * Clients MUST use a pool of 1.
 */
export async function startEmbeddedDb(dataDir: string, port: number): Promise<EmbeddedDb> {
  const password = embeddedDbPassword(dataDir);
  const dir = join(dataDir, 'pgdata');
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'PG_VERSION'))) await initClusterApart(dir);
  // Loaded here, not at import: a gateway on a PostgreSQL server never holds PGlite in memory.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketHandler, PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(dir, { startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS] });
  const sockDir = mkdtempSync(join(tmpdir(), 'gw-pglite-')); // mode 0700: only this user reaches the socket
  const path = join(sockDir, '.s.PGSQL.5432'); // libpq's name, so `host=<dir> port=5432` finds it
  // A few connections are accepted (for a restarting pool or a CLI), but only one should be active at a time.
  const server = new PGLiteSocketServer({ db, path, maxConnections: 8 });
  await server.start();
  const users = new Map([
    ['postgres', password],
    [APP_ROLE, appRolePassword(password)],
  ]);
  const front = new PgAuthFront(users, path);
  let bound: number;
  try {
    bound = await front.listen(port, '127.0.0.1');
  } catch (err) {
    await server.stop();
    await db.close();
    rmSync(sockDir, { recursive: true, force: true });
    throw err;
  }
  const url = (user: string, pw: string) => `postgres://${user}:${encodeURIComponent(pw)}@127.0.0.1:${bound}/postgres`;
  return {
    ownerUrl: url('postgres', password),
    appUrl: url(APP_ROLE, users.get(APP_ROLE) as string),
    localAppUrl: `postgres://${APP_ROLE}@/postgres?host=${encodeURIComponent(sockDir)}&port=5432`,
    connectLocal: localConnections(server, PGLiteSocketHandler),
    async stop() {
      await front.close();
      await server.stop();
      await db.close();
      rmSync(sockDir, { recursive: true, force: true });
    },
  };
}
