#!/usr/bin/env node
// Sustained durable ledger appends on PostgreSQL: entries/s and append latency (p50/p99), through the real
// repository (one RFC 6962 log per tenant, frontier in the head row, group commit, synchronous_commit on).
// Usage: npm run build && node bench/ledger-append.mjs [--db postgres://postgres@127.0.0.1:5432/postgres] [--seconds 10] [--inflight 256] [--tenants 4]
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { runMigrations } = require('../dist/src/database/migrations');
const { Database } = require('../dist/src/database/database');
const { LedgerRepository } = require('../dist/src/ledger/ledger.repository');
const { GroupCommitAppender } = require('../dist/libs/ledger');

const arg = (n, d) => (process.argv.includes(`--${n}`) ? process.argv[process.argv.indexOf(`--${n}`) + 1] : d);
const admin = arg('db', process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const seconds = Number(arg('seconds', '10'));
const inflight = Number(arg('inflight', '256'));
const tenants = Number(arg('tenants', '4'));

const dbName = `gw_ledger_bench_${Date.now()}`;
const c = new pg.Client({ connectionString: admin });
await c.connect();
await c.query(`CREATE DATABASE ${dbName}`);
const u = new URL(admin);
u.pathname = `/${dbName}`;
await runMigrations({ url: u.toString(), timeoutMs: 5000, singleSession: false });
const db = new Database({ url: u.toString(), poolSize: 4, timeoutMs: 5000 });
const appender = new GroupCommitAppender(new LedgerRepository(db), { maxBatch: 500, maxQueue: 100000 });
let batches = 0;
const body = {
  level: 'confidential',
  categories: ['PII'],
  entities: { EMAIL_ADDRESS: 1 },
  permitted: ['sim-local', 'sim-eu'],
  explanation: 'PII + tenant region us: permitted sim-local, sim-eu. Chose sim-local, cheapest.',
};
const lat = [];
let n = 0;
const end = performance.now() + seconds * 1000;
async function loop(w) {
  while (performance.now() < end) {
    const t = performance.now();
    await appender.append({ tenant: `bench-${w % tenants}`, kind: 'routing_decision', requestId: `r-${w}-${n}`, body });
    lat.push(performance.now() - t);
    n++;
  }
}
const t0 = performance.now();
await Promise.all(Array.from({ length: inflight }, (_, w) => loop(w)));
const elapsed = (performance.now() - t0) / 1000;
lat.sort((a, b) => a - b);
const pct = (p) => lat[Math.floor(lat.length * p)].toFixed(1);
const rows = await db.many('SELECT tenant_id, count(*)::int AS n, max(seq)::int AS m FROM ledger_entry GROUP BY 1');
const dense = rows.every((r) => r.n === r.m + 1);
console.log(
  `ledger appends: ${(n / elapsed).toFixed(0)} entries/s durable, p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms (${n} entries, ${inflight} in flight, ${tenants} tenants, dense=${dense})`,
);
void batches;
await db.close();
await c.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
await c.end();
