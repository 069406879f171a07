// Runs the embedded database in its own process (PGlite's dynamic imports do not work inside jest's VM).
// argv: <dataDir> <port>. Prints one JSON line {ownerUrl, appUrl} when listening; stops on SIGTERM.
import { startEmbeddedDb } from '../../src/database/embedded-db';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const db = await startEmbeddedDb(dataDir as string, Number(port));
  process.stdout.write(`${JSON.stringify({ ownerUrl: db.ownerUrl, appUrl: db.appUrl })}\n`);
  process.once('SIGTERM', () => {
    void db.stop().then(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
