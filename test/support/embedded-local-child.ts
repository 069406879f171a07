// The gateway's in-process connection to the embedded database (LocalPgStream), in its own process
// (PGlite's dynamic imports do not work inside jest's VM). argv: <dataDir> <port>. Prints one JSON line.
import { Client } from 'pg';
import { Database } from '../../src/database/database';
import { startEmbeddedDb } from '../../src/database/embedded-db';
import { runMigrations } from '../../src/database/migrations';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const embedded = await startEmbeddedDb(dataDir as string, Number(port));
  await runMigrations({ url: embedded.ownerUrl, timeoutMs: 10000, singleSession: true });
  const db = new Database({ url: embedded.localAppUrl, poolSize: 1, timeoutMs: 5000, stream: embedded.connectLocal });
  const user = (await db.one<{ u: string }>('SELECT current_user AS u'))?.u;

  // An operator's transaction over the password-checked port, left open: the gateway's next statement must
  // wait for it to end, not run inside it (it would see the uncommitted row).
  const owner = new Client({ connectionString: embedded.ownerUrl });
  await owner.connect();
  await owner.query('BEGIN');
  await owner.query(`INSERT INTO ledger_head (tenant_id, size) VALUES ('local-probe', 0)`);
  let settledEarly = false;
  const pending = db
    .forTenant('local-probe')
    .one<{ n: number }>('SELECT count(*)::int AS n FROM ledger_head')
    .then((r) => ((settledEarly = true), r));
  await new Promise((r) => setTimeout(r, 300));
  const waited = !settledEarly;
  await owner.query('ROLLBACK');
  const seen = (await pending)?.n;

  // Closing the pool detaches its connection; the server keeps serving the others.
  await db.close();
  const after = (await owner.query<{ one: number }>('SELECT 1::int AS one')).rows[0]?.one;
  await owner.end();
  await embedded.stop();
  process.stdout.write(`${JSON.stringify({ user, waited, seen, after })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
