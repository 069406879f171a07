#!/usr/bin/env node
// A fingerprint of what the classifier finds: a SHA-256 over its full output (analyzeText and
// classifyTexts for every text of the PII corpora, classifyRequest for every body of bench/requests).
// Speed work must not change it: build before and after, run this on both, compare the hashes.
// Usage: npm run build && node bench/classify-fingerprint.mjs [--dist PATH]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const dist = process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1] : join(here, '../dist');
const { analyzeText, classifyTexts, classifyRequest } = require(join(dist, 'libs/classification'));

const lines = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l));
const hash = createHash('sha256');
let texts = 0;
let bodies = 0;
for (const name of ['presidio-cases.jsonl', 'presidio-research-synth.jsonl']) {
  const path = join(here, '../../shared/bench/pii', name);
  if (!existsSync(path)) continue;
  for (const { text } of lines(path)) {
    hash.update(JSON.stringify(analyzeText(text))).update(JSON.stringify(classifyTexts([text])));
    texts++;
  }
}
const requests = join(here, 'requests');
for (const name of readdirSync(requests)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  for (const { body } of lines(join(requests, name))) {
    hash.update(JSON.stringify(classifyRequest(body)));
    bodies++;
  }
}
console.log(`${hash.digest('hex')}  (${texts} texts, ${bodies} request bodies)`);
