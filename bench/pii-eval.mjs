#!/usr/bin/env node
// Scores the gateway's detector through its real /v1/analyze endpoint with ../shared/bench/pii/eval.mjs.
// The scorer sends no credentials, so a loopback relay adds the demo tenant's key to each request.
// Usage: npm run build && node bench/pii-eval.mjs [eval.mjs options…]   (e.g. --corpus … --types PERSON,LOCATION)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const evalScript = process.env.PII_EVAL ?? join(here, '../../shared/bench/pii/eval.mjs');
if (!existsSync(evalScript)) {
  console.error(`scorer not found at ${evalScript} (set PII_EVAL)`);
  process.exit(2);
}
// PII_EVAL_PORT lets several checkouts score at once (gateway on it, relay +1, embedded db +2).
const GATEWAY_PORT = Number(process.env.PII_EVAL_PORT ?? 19656);
const RELAY_PORT = GATEWAY_PORT + 1;
const dataDir = mkdtempSync(join(tmpdir(), 'gw-pii-eval-'));
const env = {
  ...process.env,
  PORT: String(GATEWAY_PORT),
  GATEWAY_DATA_DIR: dataDir,
  GATEWAY_EMBEDDED_DB_PORT: String(process.env.PII_EVAL_PORT ? GATEWAY_PORT + 2 : 54378),
  LOG_LEVEL: 'warn',
  GATEWAY_SIMULATOR_EPHEMERAL: '1',
};
delete env.DATABASE_URL;
const gw = spawn(process.execPath, [join(here, '../dist/src/main.js')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
let boot = '';
gw.stderr.on('data', (d) => (boot += d));
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${GATEWAY_PORT}/healthz`)).ok) break;
  } catch {}
  if (gw.exitCode !== null || i > 240) throw new Error(`gateway did not start: ${boot}`);
  await new Promise((r) => setTimeout(r, 250));
}
const key = JSON.parse(readFileSync(join(dataDir, 'demo-keys.json'), 'utf8')).tenants['demo-us'];
const relay = createServer(async (req, res) => {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const r = await fetch(`http://127.0.0.1:${GATEWAY_PORT}/v1/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: Buffer.concat(chunks),
  });
  res.writeHead(r.status, { 'content-type': 'application/json' });
  res.end(Buffer.from(await r.arrayBuffer()));
});
await new Promise((r) => relay.listen(RELAY_PORT, '127.0.0.1', r));
const scorer = spawn(
  process.execPath,
  [evalScript, `http://127.0.0.1:${RELAY_PORT}/analyze`, '--offsets', 'utf16', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
const code = await new Promise((r) => scorer.on('exit', r));
relay.close();
gw.kill('SIGTERM');
await new Promise((r) => gw.once('exit', r));
process.exit(code ?? 1);
