#!/usr/bin/env node
// Linearity of classification on hostile input: each input is classified at 256 KB and at 1 MB; a
// linear classifier takes about four times as long for the larger one (a quadratic one sixteen).
// Usage: npm run build && node bench/classify-adversarial.mjs [--only NAME]
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { classifyTexts } = require(join(here, '../dist/libs/classification'));
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const INPUTS = {
  'digit run': '7',
  'spaced digits': '1 ',
  'dashed digits': '4-',
  'digit groups': '4111 ',
  'repeated separators': ' - . -',
  'one huge letter token': 'A',
  'alphanumeric token': 'DE89',
  'near-miss cards': '4111 1111 1111 1112 ',
  'cued near misses': 'SSN NHS NPI DEA routing passport licence account MRN patient 123-45-678 ',
  'repeated cue words': 'in since patient name phone password token diagnosis ',
  'capitalised words': 'Anna Maria Street Road Mr Dr ',
  'no spaces': 'abcdefghij',
  'percent escapes': '%41%42',
  'html entities': '&amp;&#65;',
  'base64-like': 'aGVsbG8gd29ybGQh',
  'short words': 'a b ',
  'combining marks': 'e\u0301\u0301',
  dates: '12/05/1985 in 2020 May 3, ',
};

const time = (text) => {
  const t0 = performance.now();
  classifyTexts([text]);
  return performance.now() - t0;
};

console.log('input                      256 KB ms   1 MB ms   ratio');
for (const [name, unit] of Object.entries(INPUTS)) {
  if (only !== undefined && name !== only) continue;
  const small = fill(unit, 1 << 18);
  const large = fill(unit, 1 << 20);
  time(small); // warm up
  const a = Math.min(time(small), time(small));
  const b = time(large);
  console.log(`${name.padEnd(26)} ${a.toFixed(0).padStart(9)} ${b.toFixed(0).padStart(9)} ${(b / a).toFixed(1).padStart(7)}`);
}
