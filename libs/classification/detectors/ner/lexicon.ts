import { loadO200kRanks } from '@libs/core';
import { FOREIGN_FIRST_NAMES } from '../../data/given-names';
import { LEXICON_BY_TAGS, ORG_WORDS, PLACE_WORDS, SWITCHES } from '../../data/lexicon';
import { wordTermKind } from '../health/terms';
import { TECH_TERMS } from './terms';
import { WordTable } from './word-table';

/**
 * Gazetteers for PERSON / LOCATION / ORGANIZATION, taken from what three npm packages ship — nothing is
 * downloaded or read from disk:
 *  - compromise's lexicon (~24k words; generated into data/lexicon.ts by scripts/gen-lexicon.mjs, so the
 *    package itself is not loaded at run time): ~3,000 first names, ~900 surnames, cities, countries, regions,
 *    organisations, honorifics, plus its own "organisation words" (Inc, Bank, University, …) and
 *    "place words" (Street, Lake, County, …). Every other tag marks an ordinary English word.
 *  - the o200k BPE vocabulary of gpt-tokenizer (loaded for the build only, then released): a lowercase word
 *    that is one whole token (" mission", " docker") is frequent in lowercase on the web, i.e. an
 *    ordinary word or a technical term, not a rare surname. That gives the "common word" test the
 *    lexicon alone is too small for.
 *  - faker's first names of 37 other locales (generated into data/given-names.ts by scripts/gen-given-names.mjs),
 *    added only where neither table knows the word.
 * Both tables are built once, lazily, on first use (~40 ms, plus ~0.1 s to parse the vocabulary module, which
 * is then released) and never hold request text.
 */

/** Word classes, as bit flags (a word may carry several: "jordan" is a name and a place). */
export const FIRST = 1;
export const LAST = 2;
export const PLACE = 4;
export const ORG = 8;
export const ORG_WORD = 16;
export const PLACE_WORD = 32;
export const HONORIFIC = 64;
export const DEMONYM = 128;
/** Function words (determiners, pronouns, prepositions, …): never part of a name chunk's edge. */
export const FUNCTION = 256;
/** Any other word the lexicon or the vocabulary knows as ordinary English. */
export const COMMON = 512;
/** Month, weekday, date words. */
export const TIME = 1024;
/** A name that is also an ordinary word ("Mark", "Grant", "May", "Bill"): a name only in context. */
export const AMBIGUOUS = 2048;
/** Abbreviations (St, Rd, Inc, Dr): only meaningful with their full stop and neighbours. */
export const ABBREVIATION = 4096;
/** Verb forms ("spent", "is", "shouted"): after a capitalised word, they make it a subject. */
export const VERB = 8192;
/**
 * Known as an ordinary word from the vocabulary only (always with COMMON). Weaker than the lexicon:
 * the vocabulary is multilingual, so "sund", "godina" or "satu" are ordinary words somewhere.
 */
export const VOCAB = 16384;

export const NAME = FIRST | LAST;

const TAG_FLAGS: Readonly<Record<string, number>> = {
  FirstName: FIRST,
  MaleName: FIRST,
  FemaleName: FIRST,
  Person: FIRST,
  LastName: LAST,
  City: PLACE,
  Country: PLACE,
  Region: PLACE,
  Place: PLACE,
  Organization: ORG,
  SportsTeam: ORG,
  Honorific: HONORIFIC,
  Demonym: DEMONYM,
  Determiner: FUNCTION,
  Pronoun: FUNCTION,
  Preposition: FUNCTION,
  Conjunction: FUNCTION,
  QuestionWord: FUNCTION,
  Possessive: FUNCTION,
  Copula: FUNCTION | VERB,
  Modal: FUNCTION | VERB,
  Negative: FUNCTION,
  PastTense: COMMON | VERB,
  PresentTense: COMMON | VERB,
  Infinitive: COMMON | VERB,
  PhrasalVerb: COMMON | VERB,
  Month: TIME,
  WeekDay: TIME,
  Date: TIME,
  Duration: TIME,
  Abbreviation: ABBREVIATION,
  // ProperNoun alone says nothing about the kind of entity (e.g. "hudson", "florence").
  ProperNoun: 0,
};

function flagsOfTags(tags: readonly string[]): number {
  let f = 0;
  for (const t of tags) {
    const known = TAG_FLAGS[t];
    f |= known === undefined ? COMMON : known;
  }
  return f;
}

/** Switches compromise lists for words that are names only sometimes ("Person|Verb": mark, grant). */
const AMBIGUOUS_SWITCH = /^Person\|(?:Noun|Verb|Date|Adj)$/;

const LOWER_WORD = /^\p{Ll}+$/u;

const AUXILIARIES = ['do', 'does', 'did', 'has', 'have', 'had'];

/** Internal bit of a word's entry: the word is one of `TECH_TERMS`. Never part of a class. */
const TECH_BIT = 1 << 20;

let words: WordTable | null = null;
/** Shape bits (see `shapeBit`) of every word the gazetteers know only as a name, a place or an organisation. */
let gazetteerShapes: Uint32Array | null = null;
let phrases: WordTable | null = null;
/** The last word of every phrase: a phrase ending in any other word is unknown, without building it. */
let phraseEnds: WordTable | null = null;

function build(): void {
  const w = new Map<string, number>();
  const p = new Map<string, number>();
  for (const [tags, keys] of Object.entries(LEXICON_BY_TAGS)) {
    const f = flagsOfTags(tags.split('+'));
    for (const key of keys.split('\n')) {
      if (key.includes(' ')) p.set(key, (p.get(key) ?? 0) | f);
      else w.set(key, (w.get(key) ?? 0) | f);
    }
  }
  for (const key of ORG_WORDS.split('\n')) w.set(key, (w.get(key) ?? 0) | ORG_WORD);
  for (const key of PLACE_WORDS.split('\n')) w.set(key, (w.get(key) ?? 0) | PLACE_WORD);
  for (const [sw, keys] of Object.entries(SWITCHES)) {
    if (AMBIGUOUS_SWITCH.test(sw)) for (const key of keys.split('\n')) w.set(key, (w.get(key) ?? 0) | AMBIGUOUS);
  }
  // A single lowercase vocabulary token: frequent in lowercase, hence an ordinary word (or a tech term).
  for (const v of loadO200kRanks()) {
    if (typeof v !== 'string' || v.length < 3 || v.charCodeAt(0) !== 32) continue;
    const word = v.slice(1);
    if (!LOWER_WORD.test(word)) continue;
    if (!w.has(word)) w.set(word, COMMON | VOCAB);
  }
  addForeignNames(w, FOREIGN_FIRST_NAMES, FIRST);
  // English auxiliaries open questions ("Did Franklin D. Roosevelt …", "Has Marie Curie …"); compromise
  // tags them as plain verbs, so without this they could open a name like any capitalised word.
  for (const key of AUXILIARIES) w.set(key, (w.get(key) ?? 0) | FUNCTION);
  // Technical terms ride on the same table (a bit `wordClass` never returns), so a token is classed
  // with one lookup; added last, so they change no other entry.
  for (const key of TECH_TERMS) w.set(key, (w.get(key) ?? 0) | TECH_BIT);
  const ends = new Map<string, number>();
  for (const key of p.keys()) ends.set(key.slice(key.lastIndexOf(' ') + 1), 1);
  words = new WordTable(w);
  gazetteerShapes = new Uint32Array(SHAPE_BITS / 32);
  for (const [key, flags] of w) {
    if ((flags & GAZETTEER) === 0 || (flags & NOT_ONLY_GAZETTEER) !== 0) continue;
    const bit = shapeBit(key);
    gazetteerShapes[bit >>> 5] = (gazetteerShapes[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  phrases = new WordTable(p);
  phraseEnds = new WordTable(ends);
}

/**
 * Adds the names of other languages (data/given-names.ts) with class `flag`, but only words no table
 * knows yet: a word the lexicon or the vocabulary already knows as an ordinary word ("server", "asma" is
 * not one of them) stays what it was, so a name list can only make unknown capitalised words names.
 */
function addForeignNames(w: Map<string, number>, names: string, flag: number): void {
  for (const key of names.split('\n')) if (!w.has(key) && wordTermKind(key, 0, key.length, false) === 0) w.set(key, flag);
}

/** A name, a place or an organisation. */
export const GAZETTEER = NAME | PLACE | ORG;
/** Classes that make a gazetteer word an ordinary word too ("grant", "will", "mark"). */
export const NOT_ONLY_GAZETTEER = COMMON | FUNCTION | TIME | DEMONYM | AMBIGUOUS;

/** Letter class for shape bits: a-z 0-25, anything else 26. */
function letterClass(c: number): number {
  const x = c - 97;
  return x >>> 0 < 26 ? x : 26;
}

const SHAPE_BITS = 27 * 27 * 32 * 27;

/** A word's shape: first letter, second letter, length (31 for longer), last letter. */
function shapeBit(w: string): number {
  const n = w.length;
  return (
    ((letterClass(w.charCodeAt(0)) * 27 + letterClass(w.charCodeAt(1))) * 32 + Math.min(n, 31)) * 27 + letterClass(w.charCodeAt(n - 1))
  );
}

/**
 * False when no word the gazetteers know only as a name, a place or an organisation (GAZETTEER
 * and none of NOT_ONLY_GAZETTEER) has the shape of the lowercased `lower`: then `lower` is none
 * either. A few arithmetic operations spare most lowercase words their table lookup.
 */
export function mayBeGazetteerOnly(lower: string): boolean {
  if (gazetteerShapes === null) build();
  const bit = shapeBit(lower);
  return (((gazetteerShapes as Uint32Array)[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

/** Class flags of one lowercased word (0 when unknown to both tables). */
export function wordClass(lower: string): number {
  if (words === null) build();
  return (words as WordTable).get(lower) & ~TECH_BIT;
}

/** `wordClass(lower)`, or -1 when `lower` is a technical term (`TECH_TERMS`): both from one lookup. */
export function wordClassOrTech(lower: string): number {
  if (words === null) build();
  const v = (words as WordTable).get(lower);
  return (v & TECH_BIT) !== 0 ? -1 : v;
}

/**
 * False when no phrase ends with the lowercased word `last`, so `phraseClass` of every phrase ending
 * with it is 0: callers skip building such phrases.
 */
export function mayEndPhrase(last: string): boolean {
  if (phraseEnds === null) build();
  return (phraseEnds as WordTable).get(last) !== 0;
}

/** Class flags of a lowercased multi-word phrase ("united kingdom", "goldman sachs"); 0 when unknown. */
export function phraseClass(lower: string): number {
  if (phrases === null) build();
  return (phrases as WordTable).get(lower);
}
