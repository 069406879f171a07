#!/usr/bin/env node
// Token counting throughput on one core: microseconds per ~1.5 KB English chat prompt with PII and per 2 KB
// of mixed text (European languages, CJK, emoji, code), plus the vocabulary build time.
// Usage: npm run build && node bench/tokens-throughput.mjs [--dist ../other/dist] [--seconds 3]
// --dist compares another build (e.g. the main checkout's) with the same corpus. Prints wall-clock and CPU
// time per prompt; CPU time is steadier on a loaded machine.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const dist = resolve(arg('--dist') || join(here, '../dist'));
const seconds = Number(arg('--seconds') || 3) || 3;

let t = process.hrtime.bigint();
const { countTextTokens, warmTokenizer } = require(join(dist, 'libs/routing/tokens.js'));
const loadMs = Number(process.hrtime.bigint() - t) / 1e6;
t = process.hrtime.bigint();
warmTokenizer();
const warmMs = Number(process.hrtime.bigint() - t) / 1e6;

// The request corpus: every message text, English and the rest kept apart.
const english = [];
const other = [];
for (const file of readdirSync(join(here, 'requests')).filter((f) => f.endsWith('.jsonl'))) {
  for (const line of readFileSync(join(here, 'requests', file), 'utf8').split('\n')) {
    if (!line) continue;
    const request = JSON.parse(line);
    for (const m of request.body?.messages ?? []) {
      if (typeof m.content !== 'string') continue;
      (request.lang === 'en' ? english : other).push(m.content);
    }
  }
}
const extras = [
  '这是一个用于测试分词器的中文句子，没有空格。日本語のテキストも含まれています。한국어 문장도 있습니다.',
  '👩‍💻 deployed 🚀 v2.3.11 🎉 — naïve café façade, Ærøskøbing, Straße, Ελληνικά, русский текст.',
  'function total(items) { return items.reduce((sum, i) => sum + i.price * i.qty, 0); } // order #884213',
  '{"id":"550e8400-e29b-41d4-a716-446655440000","sha":"9f86d081884c7d659a2feaa0c55ad015","ok":true}',
];
const mixedSource = [];
for (let i = 0; i < other.length; i++) {
  mixedSource.push(other[i], english[i % english.length]);
  if (i % 5 === 0) mixedSource.push(extras[(i / 5) % extras.length]);
}

/** Cuts `size`-character prompts out of the joined texts. */
function prompts(texts, size) {
  const all = texts.join('\n\n');
  const out = [];
  for (let i = 0; i + size <= all.length && out.length < 400; i += size) out.push(all.slice(i, i + size));
  return out;
}

function measure(name, list) {
  // The total over the set, to compare builds (it must not change); then a warm-up.
  const total = list.reduce((s, p) => s + countTextTokens(p), 0);
  for (let i = 0; i < 2000; i++) countTextTokens(list[i % list.length]);
  let n = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const until = t0 + BigInt(seconds * 1e9);
  while (process.hrtime.bigint() < until) {
    for (let i = 0; i < 100; i++) countTextTokens(list[(n + i) % list.length]);
    n += 100;
  }
  const wallUs = Number(process.hrtime.bigint() - t0) / 1e3 / n;
  const cpu = process.cpuUsage(cpu0);
  const cpuUs = (cpu.user + cpu.system) / n;
  const chars = list.reduce((s, p) => s + p.length, 0) / list.length;
  console.log(
    `${name.padEnd(24)} ${list.length} prompts of ${chars.toFixed(0)} chars, ${total} tokens in all: ` +
      `${wallUs.toFixed(1)} µs wall, ${cpuUs.toFixed(1)} µs CPU per prompt`,
  );
}

console.log(`${dist}: module load ${loadMs.toFixed(0)} ms, warmTokenizer ${warmMs.toFixed(0)} ms`);
measure('english chat with PII', prompts(english, 1536));
measure('mixed 2 KB', prompts(mixedSource, 2048));
