#!/usr/bin/env node
// Scores the gateway's request-level classification against bench/requests/*.jsonl.
// Boots the built gateway (dist/src/main.js) in embedded mode with a temp data dir, like
// bench/pii-eval.mjs, then POSTs each case's whole chat-completions body to /v1/classify with the
// demo-us key (tenant floor: public, so `level` is the detected level) and compares
// {level, categories} with the case's expected label. Prints ids and entity-type counts only,
// never case content.
//
// Usage: npx nest build && node bench/request-eval.mjs [--errors N] [--json PATH]
//          [--filter kind=fhir] [--filter lang=de] [--filter where=metadata] [--cases DIR|FILE]
//          [--concurrency 8]
// Env:   REQUEST_EVAL_PORT (default 19760; embedded db on +2)
//        REQUEST_EVAL_URL + REQUEST_EVAL_KEY: score an already running gateway instead of booting one.
// Exit:  0 (it is a report) unless the gateway cannot be booted/reached (2) or arguments are bad (1).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const LEVELS = ['public', 'internal', 'confidential', 'restricted'];
const CATS = ['PHI', 'PII', 'PCI', 'CREDENTIALS'];
const rank = (l) => LEVELS.indexOf(l);

// ---------------------------------------------------------------- arguments
const args = process.argv.slice(2);
const opts = { errors: 0, json: null, filters: [], cases: join(here, 'requests'), concurrency: 8 };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const val = () => {
    const v = a.includes('=') && a.startsWith('--') && !['--filter'].includes(a.split('=')[0]) ? a.slice(a.indexOf('=') + 1) : args[++i];
    if (v === undefined) usage(`${a} needs a value`);
    return v;
  };
  const name = a.startsWith('--') ? a.split('=')[0] : a;
  if (name === '--errors') opts.errors = Number(val());
  else if (name === '--json') opts.json = val();
  else if (name === '--cases') opts.cases = val();
  else if (name === '--concurrency') opts.concurrency = Math.max(1, Number(val()));
  else if (a === '--filter') {
    const f = args[++i];
    if (!f || !f.includes('=')) usage('--filter needs field=value (kind, lang, where, encoding, template, level, category, id)');
    const [k, v] = [f.slice(0, f.indexOf('=')), f.slice(f.indexOf('=') + 1)];
    opts.filters.push([k, v.split(',')]);
  } else if (a === '-h' || a === '--help') usage();
  else usage(`unknown argument ${a}`);
}
function usage(msg) {
  if (msg) console.error(msg);
  console.error(
    'usage: node bench/request-eval.mjs [--errors N] [--json PATH] [--filter kind=…|lang=…|where=…|encoding=…|template=…|level=…|category=…] [--cases DIR|FILE] [--concurrency N]',
  );
  process.exit(msg ? 1 : 0);
}
if (!Number.isFinite(opts.errors) || opts.errors < 0) usage('--errors needs a number');

// ---------------------------------------------------------------- cases
function loadCases(path) {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const out = [];
  for (const f of files) {
    for (const [n, line] of readFileSync(f, 'utf8').split('\n').entries()) {
      if (!line.trim()) continue;
      try {
        out.push(JSON.parse(line));
      } catch {
        console.error(`${f}:${n + 1}: not JSON`);
        process.exit(1);
      }
    }
  }
  return out;
}
const matches = (c) =>
  opts.filters.every(([k, vs]) => {
    if (k === 'level') return vs.includes(c.expected.level);
    if (k === 'category') return vs.some((v) => (v === 'none' ? c.expected.categories.length === 0 : c.expected.categories.includes(v)));
    if (k === 'where') return vs.includes(c.where ?? 'messages');
    if (k === 'encoding') return vs.includes(c.encoding ?? 'none');
    if (k === 'id') return vs.some((v) => c.id.startsWith(v));
    return vs.includes(String(c[k]));
  });
const allCases = loadCases(opts.cases);
const cases = allCases.filter(matches);
if (cases.length === 0) {
  console.error(`no case matches the filters (of ${allCases.length})`);
  process.exit(0);
}

// ---------------------------------------------------------------- gateway
let gw = null,
  dataDir = null,
  base,
  key;
async function boot() {
  if (process.env.REQUEST_EVAL_URL) {
    base = process.env.REQUEST_EVAL_URL.replace(/\/$/, '');
    key = process.env.REQUEST_EVAL_KEY;
    if (!key) throw new Error('REQUEST_EVAL_KEY is required with REQUEST_EVAL_URL');
    return;
  }
  const port = Number(process.env.REQUEST_EVAL_PORT ?? 19760);
  base = `http://127.0.0.1:${port}`;
  dataDir = mkdtempSync(join(tmpdir(), 'gw-request-eval-'));
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    GATEWAY_DATA_DIR: dataDir,
    GATEWAY_EMBEDDED_DB_PORT: String(port + 2),
    LOG_LEVEL: 'warn',
    GATEWAY_SIMULATOR_EPHEMERAL: '1',
  };
  delete env.DATABASE_URL;
  gw = spawn(process.execPath, [join(here, '../dist/src/main.js')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  gw.stderr.on('data', (d) => (log = (log + d).slice(-4000)));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    if (gw.exitCode !== null || i > 240) throw new Error(`gateway did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  key = JSON.parse(readFileSync(join(dataDir, 'demo-keys.json'), 'utf8')).tenants['demo-us'];
}
async function shutdown() {
  if (gw && gw.exitCode === null) {
    gw.kill('SIGTERM');
    await Promise.race([new Promise((r) => gw.once('exit', r)), new Promise((r) => setTimeout(r, 10000))]);
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

async function classify(body) {
  const t0 = performance.now();
  try {
    const r = await fetch(`${base}/v1/classify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    });
    const ms = performance.now() - t0;
    const j = await r.json().catch(() => null);
    if (!r.ok || !j || typeof j.level !== 'string') return { error: `${r.status} ${j?.error?.code ?? ''}`.trim(), ms };
    return {
      level: j.level,
      categories: Array.isArray(j.categories) ? j.categories : [],
      entities: j.entities && typeof j.entities === 'object' ? j.entities : {},
      ms,
    };
  } catch (e) {
    return { error: `fetch ${e.code ?? e.name}`, ms: performance.now() - t0 };
  }
}

try {
  await boot();
} catch (e) {
  console.error(String(e.message ?? e));
  await shutdown();
  process.exit(2);
}

// ---------------------------------------------------------------- run
const results = new Array(cases.length);
let next = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: Math.min(opts.concurrency, cases.length) }, async () => {
    while (next < cases.length) {
      const i = next++;
      results[i] = { c: cases[i], got: await classify(cases[i].body) };
    }
  }),
);
const wallMs = performance.now() - t0;
await shutdown();

// ---------------------------------------------------------------- scoring
const pct = (a, b) => (b === 0 ? null : +((100 * a) / b).toFixed(1));
const fmt = (v) => (v === null ? '  n/a' : `${v.toFixed(1).padStart(5)}%`);
const gotLevel = (r) => (r.got.error ? 'error' : r.got.level);
const gotCats = (r) => new Set(r.got.error ? [] : r.got.categories);
const correct = (r) => gotLevel(r) === r.c.expected.level;

const n = results.length;
const errorsHttp = results.filter((r) => r.got.error);
const levelOk = results.filter(correct).length;
const exactOk = results.filter((r) => correct(r) && CATS.every((k) => gotCats(r).has(k) === r.c.expected.categories.includes(k))).length;
const under = results.filter((r) => !r.got.error && rank(r.got.level) < rank(r.c.expected.level)).length;
const over = results.filter((r) => !r.got.error && rank(r.got.level) > rank(r.c.expected.level)).length;

const perCat = {};
for (const k of CATS) {
  let tp = 0,
    fn = 0,
    fp = 0;
  for (const r of results) {
    const e = r.c.expected.categories.includes(k),
      g = gotCats(r).has(k);
    if (e && g) tp++;
    else if (e) fn++;
    else if (g) fp++;
  }
  perCat[k] = { support: tp + fn, tp, fn, fp, recall: pct(tp, tp + fn), precision: pct(tp, tp + fp) };
}
const pub = results.filter((r) => r.c.expected.level === 'public');
const pubEscalated = pub.filter((r) => !r.got.error && rank(r.got.level) > 0).length;

const cols = [...LEVELS, 'error'];
const confusion = Object.fromEntries(LEVELS.map((l) => [l, Object.fromEntries(cols.map((c) => [c, 0]))]));
for (const r of results) confusion[r.c.expected.level][gotLevel(r)]++;

function groupAcc(field) {
  const g = {};
  for (const r of results) {
    const k = field(r.c);
    g[k] ??= { n: 0, ok: 0 };
    g[k].n++;
    if (correct(r)) g[k].ok++;
  }
  return Object.fromEntries(
    Object.entries(g)
      .sort((a, b) => b[1].n - a[1].n)
      .map(([k, v]) => [k, { n: v.n, correct: v.ok, accuracy: pct(v.ok, v.n) }]),
  );
}
const perKind = groupAcc((c) => c.kind);
const perLang = groupAcc((c) => c.lang);
const perWhere = groupAcc((c) => c.where ?? 'messages');
const perEncoding = groupAcc((c) => c.encoding ?? 'none');
const perExpectedLevel = groupAcc((c) => c.expected.level);
const lat = results.map((r) => r.got.ms).sort((a, b) => a - b);
const q = (p) => +lat[Math.min(lat.length - 1, Math.floor(p * lat.length))].toFixed(1);

// ---------------------------------------------------------------- report
const L = (s = '') => console.log(s);
L(
  `request-level classification benchmark: ${n} cases${opts.filters.length ? ` (filter ${opts.filters.map(([k, v]) => `${k}=${v.join(',')}`).join(' ')}; of ${allCases.length})` : ''}, /v1/classify at ${base}`,
);
L(`level accuracy            ${fmt(pct(levelOk, n))}  (${levelOk}/${n})`);
L(`exact (level + categories) ${fmt(pct(exactOk, n))}  (${exactOk}/${n})`);
L(`under-classified          ${fmt(pct(under, n))}  (${under}/${n}; got a LOWER level than expected)`);
L(`over-classified           ${fmt(pct(over, n))}  (${over}/${n})`);
L(
  `false escalations of public ${fmt(pct(pubEscalated, pub.length))}  (${pubEscalated}/${pub.length} expected-public cases given a higher level)`,
);
if (errorsHttp.length) L(`request errors            ${errorsHttp.length} (${[...new Set(errorsHttp.map((r) => r.got.error))].join(', ')})`);
L();
L('category     support  recall  precision   tp   fn   fp');
for (const k of CATS) {
  const s = perCat[k];
  L(
    `${k.padEnd(12)} ${String(s.support).padStart(7)}  ${fmt(s.recall)}  ${fmt(s.precision)}   ${String(s.tp).padStart(4)} ${String(s.fn).padStart(4)} ${String(s.fp).padStart(4)}`,
  );
}
L();
L('confusion (rows expected, columns got)');
L(`${''.padEnd(14)}${cols.map((c) => c.padStart(13)).join('')}`);
for (const l of LEVELS) L(`${l.padEnd(14)}${cols.map((c) => String(confusion[l][c]).padStart(13)).join('')}`);
const table = (title, g) => {
  L();
  L(`${title.padEnd(22)}     n  correct  accuracy`);
  for (const [k, v] of Object.entries(g))
    L(`${k.padEnd(22)} ${String(v.n).padStart(5)}  ${String(v.correct).padStart(7)}  ${fmt(v.accuracy)}`);
};
table('kind', perKind);
table('lang', perLang);
table('where (field varied)', perWhere);
table('encoding', perEncoding);
L();
L(
  `latency per request: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms; wall ${(wallMs / 1000).toFixed(1)} s at concurrency ${opts.concurrency}`,
);

const wrong = results.filter((r) => !correct(r) || CATS.some((k) => gotCats(r).has(k) !== r.c.expected.categories.includes(k)));
if (opts.errors > 0) {
  L();
  L(
    `misclassified (${Math.min(opts.errors, wrong.length)} of ${wrong.length}; level or category set differs): id  expected -> got  [entity types]`,
  );
  for (const r of wrong.slice(0, opts.errors)) {
    const e = `${r.c.expected.level}[${r.c.expected.categories.join(',')}]`;
    const g = r.got.error ? `error(${r.got.error})` : `${r.got.level}[${r.got.categories.join(',')}]`;
    const ents = r.got.entities
      ? Object.entries(r.got.entities)
          .map(([t, c]) => `${t}:${c}`)
          .join(' ')
      : '';
    L(`  ${r.c.id}  ${e} -> ${g}  [${ents}]`);
  }
}

if (opts.json) {
  const summary = {
    cases: n,
    filters: Object.fromEntries(opts.filters.map(([k, v]) => [k, v])),
    endpoint: '/v1/classify',
    levelAccuracy: pct(levelOk, n),
    exactAccuracy: pct(exactOk, n),
    underClassified: pct(under, n),
    overClassified: pct(over, n),
    publicFalseEscalation: { rate: pct(pubEscalated, pub.length), escalated: pubEscalated, of: pub.length },
    requestErrors: errorsHttp.length,
    categories: perCat,
    confusion,
    perKind,
    perLang,
    perWhere,
    perEncoding,
    perExpectedLevel,
    latencyMs: { p50: q(0.5), p95: q(0.95), max: q(1) },
    misclassified: wrong.map((r) => ({
      id: r.c.id,
      kind: r.c.kind,
      expected: r.c.expected,
      got: r.got.error ? { error: r.got.error } : { level: r.got.level, categories: r.got.categories, entities: r.got.entities },
    })),
  };
  writeFileSync(opts.json, JSON.stringify(summary, null, 2) + '\n');
  L(`summary written to ${opts.json}`);
}
process.exit(0);
