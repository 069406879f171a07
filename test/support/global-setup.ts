import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDb, type EmbeddedDb } from '../../src/database/embedded-db';

declare global {
  var __gwTestDb: { embedded: EmbeddedDb | null; adminUrl: string | null; dbName: string | null } | undefined;
}

/**
 * One database per test run: with DATABASE_URL, a fresh database on that server (dropped afterwards);
 * without it, an embedded PGlite server on a free port with a temporary data dir (DATABASE_URL = its owner URL).
 */
export default async function globalSetup(): Promise<void> {
  if (globalThis.__gwTestDb) return; // integration and e2e projects share one
  const base = process.env.DATABASE_URL;
  if (base) {
    const dbName = `gw_test_${Date.now()}_${process.pid}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${dbName}`;
    process.env.DATABASE_URL = url.toString();
    process.env.GW_TEST_DB_KIND = 'postgres';
    globalThis.__gwTestDb = { embedded: null, adminUrl: base, dbName };
    return;
  }
  const port = 55000 + (process.pid % 5000);
  const embedded = await startEmbeddedDb(mkdtempSync(join(tmpdir(), 'gw-test-pglite-')), port);
  process.env.DATABASE_URL = embedded.ownerUrl;
  process.env.DATABASE_POOL_SIZE = '1';
  process.env.GW_TEST_DB_KIND = 'embedded';
  globalThis.__gwTestDb = { embedded, adminUrl: null, dbName: null };
}
