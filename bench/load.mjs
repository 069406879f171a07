#!/usr/bin/env node
// Load benchmark: direct-to-upstream vs through-the-gateway, on loopback, at even-spaced fixed rates
// (open loop, latency from the scheduled send time) and at saturation (autocannon, closed loop).
// The gateway runs the full pipeline (auth, classification, policy, two durable ledger writes).
// Usage: npm run build && node bench/load.mjs [--db postgres://postgres@127.0.0.1:5432/postgres] [--seconds 10] [--workers 2] [--body file.json] [--diag] [--no-max] [--idle 25]
// Without --db it uses the embedded PGlite. Reports added p50/p99 latency, req/s and gateway CPU per request,
// and the RSS of the gateway's processes after start, after the runs and after --idle seconds without traffic.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Pool } from 'undici';
import pg from 'pg';
import { startUpstream } from './upstream.mjs';
import { diagnose, scrape } from './tail-diag.mjs';

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

const upstream = await startUpstream(UPSTREAM_PORT);

const prompt =
  'You are a helpful assistant for our internal knowledge base. Summarise the following release notes for the ' +
  'operations team in three bullet points, keeping version numbers exact: version 4.2.1 improves the cache ' +
  'eviction policy, fixes a race in the scheduler when two jobs share a lock, and adds metrics for queue depth. ' +
  'Deployment is scheduled for the maintenance window on Thursday; rollback instructions are unchanged.';
// --body FILE: a JSON request body to send instead (e.g. the anchor's PII body: ../shared/bench/anchor/gen-body.mjs).
const bodyFile = arg('body');
const body = bodyFile
  ? readFileSync(bodyFile, 'utf8')
  : JSON.stringify({
      model: 'auto',
      messages: [
        { role: 'system', content: 'Be concise.' },
        { role: 'user', content: prompt },
      ],
    });

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
  GATEWAY_POLICY: process.env.BENCH_POLICY ?? join(here, 'bench-policy.yaml'),
  GATEWAY_EMBEDDED_DB_PORT: '54377',
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  // --workers N: N worker processes behind one primary (GATEWAY_WORKERS; a database server is needed for N > 1).
  GATEWAY_WORKERS: arg('workers', '1'),
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
const gw = spawn(
  process.execPath,
  // As npm start runs it (a 32 MB young generation: fewer, cheaper scavenges under load).
  [
    '--max-semi-space-size=32',
    ...(process.env.GW_PROF_DIR ? ['--cpu-prof', '--cpu-prof-dir', process.env.GW_PROF_DIR] : []),
    join(here, '../dist/src/main.js'),
  ],
  { env, stdio: ['ignore', 'inherit', 'pipe'] },
);
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

/** A process and all its descendants (the cluster's workers), from /proc; one that exits meanwhile is left out. */
function processTree(pid) {
  let children = '';
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8');
  } catch {
    // gone meanwhile
  }
  return [
    pid,
    ...children
      .split(' ')
      .filter(Boolean)
      .flatMap((c) => processTree(Number(c))),
  ];
}

/** Sums `read(pid)` over the process tree, counting a process that exited meanwhile as 0. */
function sumOverTree(pid, read) {
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      total += read(p);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** CPU ms (user + system) of a process and all its descendants. */
function cpuMs(pid) {
  return sumOverTree(pid, (p) => {
    const f = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime in clock ticks (100/s)
  });
}

/** RSS in MiB of a process and all its descendants. */
function rssMiB(pid) {
  return sumOverTree(pid, (p) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) / 1024);
}
const rssAfterStart = rssMiB(gw.pid);

/** Open-loop load at an even spacing (one request every 1000/rate ms), latency from the scheduled time. */
async function fixedRate(url, headers, rate, seconds) {
  const pool = new Pool(new URL(url).origin, { connections: 64, pipelining: 1 });
  const path = new URL(url).pathname;
  const total = rate * seconds;
  const lat = [];
  let errors = 0;
  const t0 = performance.now() + 50;
  const inflight = [];
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait - 0.5));
    while (performance.now() < due) {} // spin the last half millisecond for an even spacing
    inflight.push(
      pool.request({ method: 'POST', path, body, headers: { 'content-type': 'application/json', ...headers } }).then(
        async (res) => {
          await res.body.text();
          if (res.statusCode !== 200) errors++;
          lat.push(performance.now() - due);
        },
        () => errors++,
      ),
    );
  }
  await Promise.all(inflight);
  await pool.close();
  lat.sort((a, b) => a - b);
  const pct = (p) => lat[Math.min(lat.length - 1, Math.floor(lat.length * p))] ?? NaN;
  return { p50: pct(0.5), p99: pct(0.99), rps: rate, total, errors };
}

const DIAG = process.argv.includes('--diag');
const diagnoses = [];

async function run(name, url, headers, rate) {
  const metricsBefore = DIAG && name === 'gateway' && rate ? await scrape(`http://127.0.0.1:${GATEWAY_PORT}`) : null;
  const before = name === 'gateway' ? cpuMs(gw.pid) : 0;
  let r;
  if (rate) {
    r = await fixedRate(url, headers, rate, SECONDS);
  } else {
    const a = await autocannon({
      url,
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
      duration: SECONDS,
      connections: CONNECTIONS,
      pipelining: 1,
    });
    r = { p50: a.latency.p50, p99: a.latency.p99, rps: a.requests.average, total: a.requests.total, errors: a.non2xx + a.errors };
  }
  const cpu = name === 'gateway' ? cpuMs(gw.pid) - before : 0;
  if (metricsBefore) diagnoses.push({ rate, ...diagnose(metricsBefore, await scrape(`http://127.0.0.1:${GATEWAY_PORT}`), SECONDS) });
  return { name, rate: rate || 'max', ...r, non2xx: r.errors, cpuMsPerReq: r.total ? cpu / r.total : 0 };
}

// Warm both paths (JIT, connection pools, tokenizer tables).
await run('gateway', `http://127.0.0.1:${GATEWAY_PORT}/v1/chat/completions`, { authorization: `Bearer ${key}` }, 200).catch(() => {});
const rows = [];
// --no-max: only the fixed rates (e.g. to profile the gateway at one rate without the saturation run).
for (const rate of process.argv.includes('--no-max') ? RATES : [...RATES, 0]) {
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
  ...rows.map(
    ({ direct: d, viaGw: g }) =>
      `| ${d.rate} | ${fmt(d.p50)} / ${fmt(d.p99)} | ${fmt(g.p50)} / ${fmt(g.p99)} | ${fmt(g.p50 - d.p50)} / ${fmt(g.p99 - d.p99)} | ${fmt(d.rps, 0)} | ${fmt(g.rps, 0)} | ${fmt(g.cpuMsPerReq, 3)} | ${d.non2xx + g.non2xx} |`,
  ),
];
const rssAfterRuns = rssMiB(gw.pid);
const IDLE = Number(arg('idle', '25'));
if (IDLE > 0) await new Promise((r) => setTimeout(r, IDLE * 1000));
lines.push(
  '',
  `gateway RSS (all its processes): ${fmt(rssAfterStart, 0)} MiB after start, ${fmt(rssAfterRuns, 0)} MiB after the runs` +
    (IDLE > 0 ? `, ${fmt(rssMiB(gw.pid), 0)} MiB after ${IDLE} s without traffic` : ''),
);
console.log(lines.join('\n'));
if (DIAG) {
  diagnoses.splice(0, 1); // the warm-up run
  console.log("\nWhere the tail comes from (the gateway's /metrics around each fixed-rate run):\n");
  console.log('| rate | event-loop delay | garbage collection | ledger group commits | added by the gateway |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const d of diagnoses) console.log(`| ${d.rate} | ${d.loopDelay} | ${d.gc} | ${d.ledger} | ${d.overhead} |`);
}
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
