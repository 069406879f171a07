#!/usr/bin/env node
// Classification throughput on one core: MB/s over a mixed corpus, and microseconds per 2 KB prompt.
// Usage: npm run build && node bench/classify-throughput.mjs [--seconds 5] [--profile out.cpuprofile]
// Prints wall-clock figures (the headline) and CPU-time figures (steadier on a loaded machine), then the
// same prompts as flat strings, the form JSON.parse gives a request's texts.
// --profile writes a V8 CPU profile of the measured loop only (after warm-up), for `node --cpu-prof`-style
// analysis without the start-up (module loading, gazetteer build) in it.
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { classifyTexts } = require(join(here, '../dist/libs/classification'));
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const seconds = Number(arg('--seconds') || 5) || 5;
const profileOut = arg('--profile');

// A mixed corpus: the PII cases when the shared bench data is there, plus prose, code and logs.
const texts = [];
const corpus = join(here, '../../shared/bench/pii/presidio-research-synth.jsonl');
if (existsSync(corpus)) for (const line of readFileSync(corpus, 'utf8').split('\n')) if (line) texts.push(JSON.parse(line).text);
texts.push(
  'The deployment failed at 2024-05-01T12:03:44Z: pod api-7f9c8d (image registry.local/api:v2.3.11) exited with code 137 after OOM.',
  'function total(items) { return items.reduce((sum, i) => sum + i.price * i.qty, 0); } // order #884213, SKU AB-1234-XY',
  'Patient: Maria Gonzalez, DOB 1970-03-14, diagnosed with type 2 diabetes (E11.9); metformin 500 mg; call 415-555-0132.',
  'Please wire the refund to IBAN DE89 3704 0044 0532 0130 00 and email the receipt to jane.doe@example.org, thanks!',
);
const all = texts.join('\n');
// 2 KB prompts cut from the mixed corpus.
const prompts = [];
for (let i = 0; i + 2048 <= all.length && prompts.length < 500; i += 2048) prompts.push(all.slice(i, i + 2048));

for (let i = 0; i < 200; i++) classifyTexts([prompts[i % prompts.length]]); // warm up
let session;
if (profileOut) {
  const { Session } = await import('node:inspector/promises');
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
}
/** Classifies `list` round-robin for `seconds`; wall-clock and CPU-time figures. */
function measure(list) {
  let bytes = 0;
  let n = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    const p = list[n % list.length];
    classifyTexts([p]);
    bytes += Buffer.byteLength(p);
    n++;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { bytes, n, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}
const rate = (bytes, ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1);

const m = measure(prompts);
console.log(
  `classification: ${rate(m.bytes, m.ms)} MB/s, ${((m.ms * 1000) / m.n).toFixed(1)} µs per 2 KB prompt (${m.n} prompts, one core)`,
);
console.log(
  `  cpu time:     ${rate(m.bytes, m.cpuMs)} MB/s, ${((m.cpuMs * 1000) / m.n).toFixed(1)} µs per 2 KB prompt (${prompts.length} distinct prompts)`,
);
// The prompts above are slices of one large string with two-byte characters somewhere in it, so every
// slice is a two-byte sliced string. A request's texts come from JSON.parse: flat strings, one byte per
// character when they hold no character above U+00FF. The same prompts in that form, kept apart from the
// headline figure above so that it stays comparable with earlier runs:
if (!profileOut) {
  const parsed = prompts.map((p) => JSON.parse(JSON.stringify(p)));
  const f = measure(parsed);
  console.log(`  as parsed from a request body: ${rate(f.bytes, f.ms)} MB/s wall, ${rate(f.bytes, f.cpuMs)} MB/s cpu time`);
}
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(profileOut, JSON.stringify(profile));
  console.log(`  profile:      ${profileOut}`);
}
