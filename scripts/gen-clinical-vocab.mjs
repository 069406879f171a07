#!/usr/bin/env node
// Builds libs/classification/data/clinical-vocab.ts from the term lists in scripts/clinical-vocab/
// (sources and licences: libs/classification/data/SOURCES.md). Run: node scripts/gen-clinical-vocab.mjs
//
// What it does: folds every term the way the runtime scanner folds text (NFD, marks dropped,
// lowercase, ß -> ss, æ -> ae, œ -> oe, ł -> l, ø -> o, ı -> i, anything but a-z0-9 is a word gap), derives the usual
// German/French/Spanish/Italian/Scandinavian/Polish/Turkish/Czech/Hungarian/Finnish spellings of drug names and INN stems (Dutch and Portuguese share the German/French/Romance ones), removes duplicates (a term in
// two kinds keeps the first kind in KIND_ORDER), and writes one '|'-joined string per kind.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as en from './clinical-vocab/en.mjs';
import * as de from './clinical-vocab/de.mjs';
import * as fr from './clinical-vocab/fr.mjs';
import * as es from './clinical-vocab/es.mjs';
import * as it from './clinical-vocab/it.mjs';
import * as nl from './clinical-vocab/nl.mjs';
import * as pt from './clinical-vocab/pt.mjs';
import * as pl from './clinical-vocab/pl.mjs';
import * as sv from './clinical-vocab/sv.mjs';
import * as da from './clinical-vocab/da.mjs';
import * as no from './clinical-vocab/no.mjs';
import * as tr from './clinical-vocab/tr.mjs';
import * as cs from './clinical-vocab/cs.mjs';
import * as ro from './clinical-vocab/ro.mjs';
import * as hu from './clinical-vocab/hu.mjs';
import * as fi from './clinical-vocab/fi.mjs';
import * as drugs from './clinical-vocab/drugs.mjs';
import * as specialties from './clinical-vocab/specialties.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '../libs/classification/data/clinical-vocab.ts');

// Same order as HEALTH_TERM_KINDS in libs/classification/health-terms.ts: earlier kinds win.
const KIND_ORDER = [
  'stop',
  'condition',
  'clinical',
  'lab',
  'lab_unit',
  'vital_bp',
  'vital_hr',
  'vital_spo2',
  'vital_temp',
  'vital_rr',
  'medication',
  'medication_dose',
  'specialty',
];

export function fold(s) {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const list = (s) =>
  (s ?? '')
    .split(',')
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** Usual spellings of an English INN in de/fr/es/it/pt/nl/sv/da/no/pl/tr/cs/ro/hu/fi (a superset: a spelling nobody uses matches nothing). */
export function drugVariants(name) {
  const out = new Set([name]);
  const romance = name
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/y/g, 'i')
    .replace(/cillin/g, 'cilin');
  const rules = [
    [/ine$/, ['in'], ['ine'], ['ina']],
    [/in$/, ['in'], ['ine'], ['ina']],
    [/ole$/, ['ol'], ['ole'], ['ol', 'olo']],
    [/one$/, ['on'], ['one'], ['ona', 'one']],
    [/ide$/, ['id'], ['ide'], ['ida', 'ide']],
    [/ate$/, ['at'], ['ate'], ['ato']],
    [/en$/, ['en'], ['ene'], ['eno', 'ene']],
    [/il$/, ['il'], ['il'], ['ilo']],
    [/am$/, ['am'], ['am'], ['am', 'an']],
    [/ol$/, ['ol'], ['ol'], ['ol', 'olo']],
    [/an$/, ['an'], ['an'], ['an', 'ano']],
  ];
  for (const [re, deEnd, frEnd, romEnd] of rules) {
    if (!re.test(name)) continue;
    for (const e of deEnd) out.add(name.replace(re, e));
    for (const e of frEnd) out.add(name.replace(re, e));
    for (const e of romEnd) {
      out.add(name.replace(re, e));
      out.add(romance.replace(re, e));
      out.add(romance.replace(/ll/g, 'l').replace(re, e));
    }
    break;
  }
  // Scandinavian spellings keep the German ending and drop "th"/"ph" (sv levotyroxin, da levothyroxin), Norwegian
  // also writes "ks" for "x" (levotyroksin). Polish writes w for v, ks for x, often y for i after r/t/d/c/s/z, and
  // -ina or -yna for -ine/-in (lewotyroksyna, amoksycylina, atorwastatyna, ramipryl, metformina).
  const nordic = [...out].filter((v) => !/[aeo]$/.test(v)).map((v) => v.replace(/th/g, 't').replace(/ph/g, 'f'));
  for (const v of nordic) {
    out.add(v);
    out.add(v.replace(/x/g, 'ks'));
  }
  const pl = name.replace(/th/g, 't').replace(/ph/g, 'f').replace(/v/g, 'w').replace(/x/g, 'ks').replace(/qu/g, 'kw').replace(/ll/g, 'l');
  const plY = pl.replace(/([rtdcsz])i/g, '$1y');
  for (const v of new Set([pl, plY])) {
    if (/[iy]ne?$/.test(v)) {
      out.add(v.replace(/[iy]ne?$/, 'ina'));
      out.add(v.replace(/[iy]ne?$/, 'yna'));
    } else if (/(ole|one|ide)$/.test(v)) out.add(v.slice(0, -1));
    else out.add(v);
  }
  // Turkish, Czech and Hungarian write k for a hard c and drop the final e (klopidogrel, levotiroksin, amoxicilin);
  // Turkish also s for a soft c, ks for x and v for w (parasetamol, amoksisilin, varfarin). Romanian shares the
  // Romance endings above (amoxicilină, levotiroxină fold to -ina). Finnish spells like Turkish but keeps y, writes
  // ts for z and lengthens the last vowel before the added -i (metformiini, omepratsoli, ibuprofeeni, ramipriili).
  const base = name.replace(/th/g, 't').replace(/ph/g, 'f').replace(/qu/g, 'kv');
  const hard = base.replace(/c(?![eiy])/g, 'k');
  const cut = (v) => v.replace(/(ine|ole|one|ide|ate)$/, (e) => e.slice(0, -1));
  out.add(cut(hard));
  out.add(cut(hard.replace(/y/g, 'i')));
  const tr = cut(hard.replace(/c/g, 's').replace(/x/g, 'ks').replace(/w/g, 'v').replace(/y/g, 'i'));
  out.add(tr);
  out.add(tr.replace(/ll/g, 'l'));
  const fi = cut(hard.replace(/c/g, 's').replace(/x/g, 'ks').replace(/w/g, 'v').replace(/z/g, 'ts'));
  const fiEnd = [
    [/in$/, 'iini'],
    [/il$/, 'iili'],
    [/en$/, 'eeni'],
    [/am$/, 'aami'],
    [/an$/, 'aani'],
    [/el$/, 'eeli'],
    [/ol$/, 'oli'],
    [/on$/, 'oni'],
    [/id$/, 'idi'],
    [/at$/, 'aatti'],
  ];
  for (const [re, e] of fiEnd) {
    if (!re.test(fi)) continue;
    out.add(fi.replace(re, e));
    break;
  }
  return [...out];
}

const langs = [en, de, fr, es, it, nl, pt, pl, sv, da, no, tr, cs, ro, hu, fi, specialties];
const terms = new Map(); // folded term -> kind
const perKindLang = {};
function add(term, kind, lang) {
  const f = fold(term);
  if (!f || (f.length < 2 && kind !== 'lab_unit')) return; // single letters only as analytes (K+ 5.8 mmol/l)
  if (terms.has(f)) {
    const prev = terms.get(f);
    if (KIND_ORDER.indexOf(kind) >= KIND_ORDER.indexOf(prev)) return;
  }
  terms.set(f, kind);
  const key = `${kind}/${lang}`;
  perKindLang[key] = (perKindLang[key] ?? 0) + 1;
}

for (const L of langs) {
  for (const kind of KIND_ORDER) if (L[kind]) for (const t of list(L[kind])) add(t, kind, L.lang);
  // Inflected forms (Polish, Czech, Turkish, Hungarian, Finnish, Romanian cases) are conditions too.
  for (const t of list(L.condition_inflected)) add(t, 'condition', L.lang);
}
for (const g of list(drugs.generic)) {
  const words = fold(g).split(' ');
  if (words.length === 1) for (const v of drugVariants(words[0])) add(v, 'medication', v === words[0] ? 'inn' : 'inn-variant');
  else add(g, 'medication', 'inn');
}
for (const b of list(drugs.brand)) add(b, 'medication', 'brand');
for (const d of list(drugs.dose_only)) add(d, 'medication_dose', 'mixed');

// Endings: "ending:minWord". Kind by source list.
const endings = new Map(); // ending -> [kind, min]
function addEnding(entry, kind) {
  const [raw, min = '0'] = entry.split(':');
  const e = fold(raw).replace(/ /g, '');
  if (e.length < 3) return;
  // A stem with no limit must leave at least 3 letters before it; a limit at least the ending's own
  // length lets a whole word ending ("arthritis") match alone too.
  const m = Number(min) > 0 ? Math.max(Number(min), e.length) : e.length + 3;
  const prev = endings.get(e);
  if (prev && KIND_ORDER.indexOf(prev[0]) <= KIND_ORDER.indexOf(kind)) return;
  endings.set(e, [kind, m]);
}
for (const L of langs) {
  for (const s of list(L.suffix_condition)) addEnding(s, 'condition');
  for (const s of list(L.suffix_clinical)) addEnding(s, 'clinical');
}
for (const s of list(drugs.stems)) {
  const [stem, min = '0'] = s.split(':');
  for (const v of drugVariants(stem)) addEnding(`${v}:${Number(min) + v.length - stem.length}`, 'medication');
}

const byKind = {};
for (const [t, k] of terms) (byKind[k] ??= []).push(t);
for (const k of Object.keys(byKind)) byKind[k].sort();
const endingsByKind = {};
for (const [e, [k, m]] of [...endings].sort()) (endingsByKind[k] ??= []).push(`${e}:${m}`);

const body = [
  '// GENERATED by scripts/gen-clinical-vocab.mjs from scripts/clinical-vocab/*.mjs: do not edit by hand.',
  '// Sources and licences: ./SOURCES.md. Terms are folded (lowercase ASCII, words joined by one space).',
  '',
  '/** Terms per kind (see ../health-terms.ts), joined by "|". */',
  'export const CLINICAL_TERMS: Readonly<Record<string, string>> = {',
  ...Object.keys(byKind)
    .sort()
    .map((k) => `  ${k}: ${JSON.stringify(byKind[k].join('|'))},`),
  '};',
  '',
  '/** Word endings per kind as "ending:shortest whole word", joined by "|". */',
  'export const CLINICAL_SUFFIXES: Readonly<Record<string, string>> = {',
  ...Object.keys(endingsByKind)
    .sort()
    .map((k) => `  ${k}: ${JSON.stringify(endingsByKind[k].join('|'))},`),
  '};',
  '',
];
writeFileSync(OUT, body.join('\n'));
const size = Buffer.byteLength(body.join('\n'));
console.log(`wrote ${OUT} (${(size / 1024).toFixed(1)} KB)`);
console.log('terms per kind:', Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, v.length])));
console.log('endings per kind:', Object.fromEntries(Object.entries(endingsByKind).map(([k, v]) => [k, v.length])));
console.log('terms per kind/source language:', perKindLang);
