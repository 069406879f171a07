import nlp from 'compromise';
import type { Entity, NerType } from './entities';
import { LIKELY } from './entities';
import { AMBIGUOUS, COMMON, DEMONYM, FUNCTION, NAME, ORG, PLACE, TIME, wordClass } from './lexicon';
import { GAP_SENTENCE, LOWER, type Token } from './tokens';

/**
 * A second opinion from compromise's tagger for what capitalisation cannot show: names and places
 * written in lowercase ("follow up with patricia desrosiers", "i'm originally from switzerland").
 * The tagger reads the whole sentence, so it tells "will"/"grant" the verbs from the names and
 * finds the surname next to a first name. It costs 5-10 µs per character, so it only ever sees
 * bounded windows: the sentence around a lowercase gazetteer hit, at most WINDOW_RADIUS characters
 * each side, and at most WINDOW_BUDGET characters per text. Past the budget the text keeps the
 * cue- and shape-based findings only.
 */
export const WINDOW_RADIUS = 100;
// Measured on the synthetic PII corpus: a tagger call costs ~0.5-1 ms per 2 KB prompt that has a lowercase
// gazetteer hit, whether it reads 200 or 400 characters; 0 would lose lowercase names entirely.
export const WINDOW_BUDGET = 200;

const SKIP = COMMON | FUNCTION | TIME | DEMONYM | AMBIGUOUS;

function isGazetteerWord(lower: string): boolean {
  const c = wordClass(lower);
  return (c & (NAME | PLACE | ORG)) !== 0 && (c & SKIP) === 0;
}

/** A lowercase word the gazetteers know as a name or a place and never as an ordinary word. */
function isCandidate(t: Token): boolean {
  return t.shape === LOWER && !t.code && t.text.length >= 3 && isGazetteerWord(t.lower);
}

const LOWER_START = /^\p{Ll}/u;
const HAS_UPPER_START = /^\p{Lu}/u;
/** Code in the window ("const john = …", "{ name: john }"): not a sentence for the tagger. */
const CODE_LIKE = /[{}=;<>]|\w\(/;
const TRAILING_NON_LETTERS = /[^\p{L}\p{M}]+$/u;
const WORDS = /[\p{L}\p{M}]+/gu;

/** A lowercase finding holding at least one lowercase gazetteer word (not "first celebrity"). */
function acceptable(raw: string): boolean {
  if (!LOWER_START.test(raw)) return false;
  for (const w of raw.match(WORDS) ?? []) if (w.length >= 3 && isGazetteerWord(w)) return true;
  return false;
}

function isBreak(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13; // . ! ? \n \r
}

/** The sentence around [start, end), at most WINDOW_RADIUS characters each side. */
function windowAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < WINDOW_RADIUS && !isBreak(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < WINDOW_RADIUS && !isBreak(text.charCodeAt(b))) b++;
  return [a, b];
}

interface Found {
  text: string;
  offset: { start: number; length: number };
}

function isFound(v: unknown): v is Found {
  if (typeof v !== 'object' || v === null) return false;
  const o = (v as { offset?: unknown }).offset;
  return typeof o === 'object' && o !== null && typeof (o as Found['offset']).start === 'number' && typeof (o as Found['offset']).length === 'number';
}

const POSSESSIVE = /['’]s\b.*$/su;

function collect(found: unknown, type: NerType, windowText: string, base: number, out: Entity[]): void {
  if (!Array.isArray(found)) return;
  for (const f of found) {
    if (!isFound(f)) continue;
    const s = f.offset.start;
    const raw = windowText.slice(s, s + f.offset.length).replace(POSSESSIVE, '');
    const e = s + raw.replace(TRAILING_NON_LETTERS, '').length;
    // Only lowercase findings: capitalised text was typed by the cue and shape rules already.
    if (e > s && acceptable(raw)) out.push({ type, start: base + s, end: base + e, score: LIKELY });
  }
}

/** Runs the tagger on windows around lowercase gazetteer hits; appends what it finds there. */
export function detectInWindows(text: string, tokens: readonly Token[], out: Entity[]): void {
  let budget = WINDOW_BUDGET;
  let covered = -1;
  let lowercaseSentence = false;
  for (const t of tokens) {
    // Someone who capitalises sentences capitalises names: only all-lowercase sentences are read.
    if (t.gap >= GAP_SENTENCE) lowercaseSentence = !HAS_UPPER_START.test(t.text);
    if (!lowercaseSentence || t.start < covered || !isCandidate(t)) continue;
    const [a, b] = windowAround(text, t.start, t.end);
    if (b - a > budget) return;
    budget -= b - a;
    covered = b;
    const windowText = text.slice(a, b);
    if (CODE_LIKE.test(windowText)) continue;
    try {
      const doc = nlp(windowText);
      collect(doc.people().out('offset'), 'PERSON', windowText, a, out);
      collect(doc.places().out('offset'), 'LOCATION', windowText, a, out);
      collect(doc.organizations().out('offset'), 'ORGANIZATION', windowText, a, out);
    } catch {
      // The tagger is a second opinion; a failure leaves the cue-based findings as they are.
    }
  }
}
