import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const t = globalThis.__gwTestDb;
  if (!t) return;
  globalThis.__gwTestDb = undefined;
  if (t.embedded) await t.embedded.stop();
  if (t.adminUrl && t.dbName) {
    const admin = new Client({ connectionString: t.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${t.dbName} WITH (FORCE)`);
    await admin.end();
  }
}
