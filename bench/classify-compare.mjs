#!/usr/bin/env node
// Compares two builds of the classifier on random texts: fragments of the PII corpora and the request sets,
// cut at random places, mixed, and mangled (case, separators, digits), so speed work is checked on input
// beyond the fingerprint's fixed corpus. Prints the first differing text's index (never the text) and exits 1.
// Usage: cp -r dist .tmp/dist-before (inside the repo, so its packages resolve), change, npm run build, then
//   node bench/classify-compare.mjs --before .tmp/dist-before [--after dist] [--count 10000] [--seed 1]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const before = require(join(resolve(arg('--before')), 'libs/classification'));
const after = require(join(resolve(arg('--after', join(here, '../dist'))), 'libs/classification'));
const count = Number(arg('--count', 10000));
let seed = Number(arg('--seed', 1)) >>> 0;

// A small deterministic generator (mulberry32), so a failing seed can be replayed.
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const pool = [];
for (const name of ['presidio-cases.jsonl', 'presidio-research-synth.jsonl']) {
  const path = join(here, '../../shared/bench/pii', name);
  if (existsSync(path)) for (const line of readFileSync(path, 'utf8').split('\n')) if (line) pool.push(JSON.parse(line).text);
}
const requests = join(here, 'requests');
for (const name of readdirSync(requests).filter((f) => f.endsWith('.jsonl')))
  for (const line of readFileSync(join(requests, name), 'utf8').split('\n')) if (line) pool.push(JSON.stringify(JSON.parse(line).body));

const mangles = [
  (s) => s,
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => s.replace(/ /g, () => pick(['  ', '\n', '\t', ' ', '_', '-'])),
  (s) => s.replace(/\d/g, () => String(Math.floor(random() * 10))),
  (s) => s.replace(/[.,;]/g, ''),
];

function sample() {
  const parts = [];
  const n = 1 + Math.floor(random() * 4);
  for (let i = 0; i < n; i++) {
    const text = pick(pool);
    const from = Math.floor(random() * text.length);
    const to = Math.min(text.length, from + 1 + Math.floor(random() * 600));
    parts.push(pick(mangles)(random() < 0.3 ? text : text.slice(from, to)));
  }
  return parts.join(pick([' ', '\n', '. ', '', '\n\n', ' | ']));
}

for (let i = 0; i < count; i++) {
  const text = sample();
  const a = JSON.stringify([before.analyzeText(text), before.classifyTexts([text])]);
  const b = JSON.stringify([after.analyzeText(text), after.classifyTexts([text])]);
  if (a !== b) {
    console.error(`difference at sample ${i} (seed ${arg('--seed', 1)}, ${text.length} chars)`);
    process.exit(1);
  }
  if ((i + 1) % 2000 === 0) process.stderr.write(`${i + 1}/${count}\n`);
}
console.log(`identical on ${count} random texts (seed ${arg('--seed', 1)})`);
