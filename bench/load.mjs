#!/usr/bin/env node
// Load benchmark: direct-to-upstream vs through-the-gateway, on loopback, at fixed rates and at saturation.
// The gateway runs the full pipeline (auth, classification, policy, two durable ledger writes).
// Usage: npm run build && node bench/load.mjs [--db postgres://postgres@127.0.0.1:5432/postgres] [--seconds 10]
// Without --db it uses the embedded PGlite. Reports added p50/p99 latency, req/s and gateway CPU per request.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const SECONDS = Number(arg('seconds', '10'));
const RATES = (arg('rates', '100,200') || '').split(',').filter(Boolean).map(Number);
const CONNECTIONS = Number(arg('connections', '32'));
const UPSTREAM_PORT = 19555;
const GATEWAY_PORT = 19556;
const adminDb = arg('db', process.env.DATABASE_URL);

const completion = JSON.stringify({
  id: 'chatcmpl-bench', object: 'chat.completion', created: 1700000000, model: 'chat',
  choices: [{ index: 0, message: { role: 'assistant', content: 'A short, fixed answer from the loopback upstream.' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 120, completion_tokens: 12, total_tokens: 132 },
});
const upstream = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(completion) });
    res.end(completion);
  });
});
upstream.keepAliveTimeout = 60000;
await new Promise((r) => upstream.listen(UPSTREAM_PORT, '127.0.0.1', r));

const prompt =
  'You are a helpful assistant for our internal knowledge base. Summarise the following release notes for the ' +
  'operations team in three bullet points, keeping version numbers exact: version 4.2.1 improves the cache ' +
  'eviction policy, fixes a race in the scheduler when two jobs share a lock, and adds metrics for queue depth. ' +
  'Deployment is scheduled for the maintenance window on Thursday; rollback instructions are unchanged.';
const body = JSON.stringify({ model: 'auto', messages: [{ role: 'system', content: 'Be concise.' }, { role: 'user', content: prompt }] });

let dbUrl;
let dbName;
if (adminDb) {
  dbName = `gw_bench_${Date.now()}`;
  const c = new pg.Client({ connectionString: adminDb });
  await c.connect();
  await c.query(`CREATE DATABASE ${dbName}`);
  await c.end();
  const u = new URL(adminDb);
  u.pathname = `/${dbName}`;
  dbUrl = u.toString();
}
const dataDir = mkdtempSync(join(tmpdir(), 'gw-bench-'));
const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: String(GATEWAY_PORT),
  GATEWAY_DEMO: '1',
  GATEWAY_DATA_DIR: dataDir,
  GATEWAY_POLICY: join(here, 'bench-policy.yaml'),
  GATEWAY_EMBEDDED_DB_PORT: '54377',
  LOG_LEVEL: 'warn',
};
delete env.DATABASE_URL;
if (dbUrl) env.DATABASE_URL = dbUrl;
if (dbUrl) {
  // Production mode refuses pending migrations: apply them first, as an operator would.
  await new Promise((resolve, reject) => {
    const m = spawn(process.execPath, [join(here, '../dist/src/database/migrate.js')], { env, stdio: 'inherit' });
    m.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrate exited ${code}`))));
  });
} else {
  env.NODE_ENV = 'development';
}
const gw = spawn(process.execPath, [join(here, '../dist/src/main.js')], { env, stdio: ['ignore', 'inherit', 'pipe'] });
let bootLog = '';
gw.stderr.on('data', (d) => (bootLog += d));
for (let i = 0; i < 120; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${GATEWAY_PORT}/readyz`)).ok) break;
  } catch {}
  if (gw.exitCode !== null) throw new Error(`gateway exited: ${bootLog}`);
  await new Promise((r) => setTimeout(r, 500));
}
const key = JSON.parse(readFileSync(join(dataDir, 'demo-keys.json'), 'utf8')).tenants['bench-tenant'];

function cpuMs(pid) {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime in clock ticks (100/s)
}

async function run(name, url, headers, rate) {
  const opts = {
    url, method: 'POST', body, headers: { 'content-type': 'application/json', ...headers },
    duration: SECONDS, connections: rate ? Math.min(CONNECTIONS, 16) : CONNECTIONS, pipelining: 1,
  };
  if (rate) opts.overallRate = rate;
  const before = name === 'gateway' ? cpuMs(gw.pid) : 0;
  const r = await autocannon(opts);
  const cpu = name === 'gateway' ? cpuMs(gw.pid) - before : 0;
  const total = r.requests.total;
  const non2xx = r.non2xx + r.errors;
  return { name, rate: rate || 'max', p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, total, non2xx, cpuMsPerReq: total ? cpu / total : 0 };
}

// Warm both paths (JIT, connection pools, tokenizer tables).
await run('gateway', `http://127.0.0.1:${GATEWAY_PORT}/v1/chat/completions`, { authorization: `Bearer ${key}` }, 200).catch(() => {});
const rows = [];
for (const rate of [...RATES, 0]) {
  const direct = await run('direct', `http://127.0.0.1:${UPSTREAM_PORT}/v1/chat/completions`, {}, rate);
  const viaGw = await run('gateway', `http://127.0.0.1:${GATEWAY_PORT}/v1/chat/completions`, { authorization: `Bearer ${key}` }, rate);
  rows.push({ direct, viaGw });
}

const fmt = (n, d = 2) => (typeof n === 'number' ? n.toFixed(d) : String(n));
const lines = [
  `db: ${dbUrl ? 'PostgreSQL (' + dbName + ')' : 'embedded PGlite'}; ${SECONDS}s per run; node ${process.version}`,
  '',
  '| rate (req/s) | direct p50 / p99 ms | gateway p50 / p99 ms | added p50 / p99 ms | direct req/s | gateway req/s | gateway CPU ms/req | errors |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(({ direct: d, viaGw: g }) =>
    `| ${d.rate} | ${fmt(d.p50)} / ${fmt(d.p99)} | ${fmt(g.p50)} / ${fmt(g.p99)} | ${fmt(g.p50 - d.p50)} / ${fmt(g.p99 - d.p99)} | ${fmt(d.rps, 0)} | ${fmt(g.rps, 0)} | ${fmt(g.cpuMsPerReq, 3)} | ${d.non2xx + g.non2xx} |`,
  ),
];
console.log(lines.join('\n'));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', `load-${Date.now()}.json`), JSON.stringify(rows, null, 2));

gw.kill('SIGTERM');
await new Promise((r) => gw.once('exit', r));
upstream.close();
upstream.closeAllConnections?.();
if (dbName) {
  const c = new pg.Client({ connectionString: adminDb });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await c.end();
}
