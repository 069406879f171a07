import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

/**
 * The embedded PostgreSQL: PGlite served over the wire protocol on 127.0.0.1 only, so the app talks to it
 * through `pg` and the same migrations as to a real server. PGlite is one session: clients MUST use a pool
 * of 1 and transaction-local settings only.
 */
export async function startEmbeddedDb(dataDir: string, port: number): Promise<EmbeddedDb> {
  const dir = join(dataDir, 'pgdata');
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir);
  // A few connections are accepted (for a restarting pool or a CLI), but only one should be active at a time.
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 8 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
