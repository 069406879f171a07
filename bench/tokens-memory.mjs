#!/usr/bin/env node
// Memory the token counter holds: RSS and heap after a full GC, before and after warmTokenizer() (and, with
// --with-classifier, after the classifier's lexicon build too, the other user of the o200k vocabulary).
// RSS is the process's, so it includes the code loaded with the modules.
// Usage: npm run build && node --expose-gc bench/tokens-memory.mjs [--dist ../other/dist] [--with-classifier]
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const dist = resolve(arg('--dist') || join(here, '../dist'));
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');

const mb = (n) => (n / 1048576).toFixed(1);
// Freed backing stores and pages go back to the OS a little after a GC, hence the pause.
async function snapshot(label) {
  globalThis.gc();
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (let i = 0; i < 3; i++) globalThis.gc();
  const m = process.memoryUsage();
  console.log(
    `${label.padEnd(40)} rss ${mb(m.rss)} MB, heapUsed ${mb(m.heapUsed)} MB, external ${mb(m.external)} MB (typed arrays ${mb(m.arrayBuffers)} MB)`,
  );
}

await snapshot('start');
const tokens = require(join(dist, 'libs/routing/tokens.js'));
await snapshot('tokens module loaded');
tokens.warmTokenizer();
tokens.countTextTokens('Hello, world! Ça va? 中文 🚀');
await snapshot('after warmTokenizer()');
if (process.argv.includes('--with-classifier')) {
  const { classifyTexts } = require(join(dist, 'libs/classification'));
  classifyTexts(['Call Maria Gonzalez at 415-555-0132 about the docker mission in Berlin.']);
  await snapshot('after the classifier lexicon build');
}
