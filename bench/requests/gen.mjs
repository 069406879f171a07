#!/usr/bin/env node
// Generates the request-level classification benchmark (bench/requests/*.jsonl) from templates with
// fixed-seed randomness: `node bench/requests/gen.mjs` rewrites the files byte-for-byte identically.
// Labels follow SPEC §4 (see README.md in this folder); they are written from the definitions and
// real-world formats, not from the gateway's detector.
import { writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reseed } from './lib.mjs';
import phi from './t-phi.mjs';
import pii from './t-pii.mjs';
import pci from './t-pci.mjs';
import cred from './t-cred.mjs';
import pub from './t-public.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const groups = { phi, pii, pci, credentials: cred, public: pub };
const OUTSIDE = new Set(['user', 'metadata', 'tool-description', 'tool-schema', 'response_format', 'prediction', 'stop', 'image_url', 'tool-call-args', 'tool-result', 'message-name', 'stop-or-prediction']);

const names = new Set();
const files = {};
let seed = 20261206;
for (const [group, templates] of Object.entries(groups)) {
  files[group] = [];
  for (const t of templates) {
    if (names.has(t.name)) throw new Error(`duplicate template ${t.name}`);
    names.add(t.name);
    for (let i = 0; i < t.n; i++) {
      reseed(seed++ * 2654435761);
      const lang = t.langs[i % t.langs.length];
      const c = t.make(lang, i);
      const line = { id: `${t.name}-${lang}-${String(i + 1).padStart(2, '0')}`, kind: t.kind, lang, template: t.name, expected: c.expected };
      if (c.where) line.where = c.where;
      if (c.enc) line.encoding = c.enc;
      line.body = c.body;
      files[group].push(line);
    }
  }
}

for (const f of readdirSync(here)) if (f.endsWith('.jsonl')) unlinkSync(join(here, f));
for (const [group, lines] of Object.entries(files)) writeFileSync(join(here, `${group}.jsonl`), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');

// Summary for the README.
const all = Object.values(files).flat();
const count = (f) => all.reduce((m, c) => ((m[f(c)] = (m[f(c)] ?? 0) + 1), m), {});
const sortObj = (o) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]));
const outside = all.filter((c) => c.where && OUTSIDE.has(c.where) && c.expected.level !== 'public').length;
const outsideAll = all.filter((c) => c.where && OUTSIDE.has(c.where)).length;
const cats = {};
for (const c of all) for (const k of c.expected.categories) cats[k] = (cats[k] ?? 0) + 1;
const primary = count((c) => (c.expected.categories[0] ?? 'none'));
console.log(JSON.stringify({
  cases: all.length, templates: names.size,
  level: sortObj(count((c) => c.expected.level)),
  categoryPresence: cats, primaryCategory: primary,
  lang: sortObj(count((c) => c.lang)), kind: sortObj(count((c) => c.kind)),
  outsideMessageText: { sensitive: outside, all: outsideAll, share: +(outsideAll / all.length).toFixed(3), sensitiveShare: +(outside / all.length).toFixed(3) },
  encoded: all.filter((c) => c.encoding).length, encodedSensitive: all.filter((c) => c.encoding && c.expected.level !== 'public').length,
  where: sortObj(count((c) => c.where ?? 'messages')),
}, null, 1));
