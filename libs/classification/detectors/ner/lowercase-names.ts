import type { Entity, NerType } from './entities';
import { LIKELY } from './entities';
import {
  AMBIGUOUS,
  FUNCTION,
  LAST,
  NAME,
  ORG,
  ORG_WORD,
  PLACE,
  PLACE_WORD,
  GAZETTEER,
  NOT_ONLY_GAZETTEER,
  mayBeGazetteerOnly,
  phraseClass,
  wordClass,
} from './lexicon';
import { isNameParticle, ORG_SUFFIXES, STREET_WORDS } from './terms';
import { GAP_LINE, GAP_OTHER, GAP_SENTENCE, GAP_SPACE, LOWER, type Token } from './tokens';

/**
 * Names and places written in lowercase ("follow up with patricia desrosiers", "i'm originally from
 * switzerland"), which capitalisation cannot show. Only all-lowercase sentences are read (someone who
 * capitalises sentences capitalises names), and only words the gazetteers know as a name, a place or
 * an organisation and never as an ordinary word, so "grant"/"will"/"mark" stay verbs.
 *
 * This replaces a call to compromise's tagger on the sentence around each such word, which cost 260 µs
 * to 1.5 ms per call (a fixed cost: its post-tagger runs hundreds of match rules per sentence) and so
 * had to be budgeted. Measured on the PII corpora, the tagger kept 45 of the 47 candidate words (the
 * other two were names too) and typed each by its lexicon tag; on the same corpora lowercased whole,
 * these rules overlap more gold entities than the tagger (803 vs 766) with as many false positives
 * (27). They type the words from the same lexicon, take the neighbours the tagger would group with
 * them (a surname, an initial, "south africa", "bertha inc", "dale street"), and do constant work per
 * token, so no budget is needed.
 */

/** A window of this many characters each side of a candidate is checked for code. */
export const WINDOW_RADIUS = 100;

const SKIP = NOT_ONLY_GAZETTEER;
/** Longest known phrase looked up around a candidate, in words ("bosnia and herzegovina"). */
const MAX_PHRASE = 4;

function isGazetteerWord(lower: string): boolean {
  if (!mayBeGazetteerOnly(lower)) return false;
  const c = wordClass(lower);
  return (c & GAZETTEER) !== 0 && (c & SKIP) === 0;
}

/**
 * Function words of other languages that the (English) gazetteers know only as a name or a place: "nel"
 * (Italian "in the"), "nas" (Portuguese "in the"), "fra" (Italian, Norwegian "between", "from"). In lowercase
 * they are those words; capitalised, the name finder still reads "Che" as a name. Not the ones that are
 * also English first names ("della", "ela"): a lowercase chat names people with them.
 */
const FOREIGN_FUNCTION_WORDS = new Set('nel nas fra che las que ist wy'.split(' '));

/** A lowercase word the gazetteers know as a name or a place and never as an ordinary word. */
function isCandidate(t: Token | undefined): t is Token {
  return (
    t !== undefined &&
    t.shape === LOWER &&
    !t.code &&
    t.text.length >= 3 &&
    isGazetteerWord(t.lower) &&
    !FOREIGN_FUNCTION_WORDS.has(t.lower)
  );
}

function typeOfClass(c: number): NerType | null {
  if ((c & PLACE) !== 0) return 'LOCATION';
  if ((c & NAME) !== 0) return 'PERSON';
  if ((c & ORG) !== 0) return 'ORGANIZATION';
  return null;
}

function isBreak(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13; // . ! ? \n \r
}

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Code in `text[a, b)` ("const john = …", "{ name: john }", "f(x)"): not a sentence. */
function codeLike(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 125 || c === 61 || c === 59 || c === 60 || c === 62) return true; // { } = ; < >
    if (c === 40 && i > a && isAsciiWord(text.charCodeAt(i - 1))) return true; // word(
  }
  return false;
}

/** The end of the sentence around [start, end), at most WINDOW_RADIUS characters each side. */
function windowAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < WINDOW_RADIUS && !isBreak(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < WINDOW_RADIUS && !isBreak(text.charCodeAt(b))) b++;
  return [a, b];
}

/** Lowercase words joined by single spaces from `s` to `e` (inclusive) as a phrase, or null. */
function phraseAt(tokens: readonly Token[], s: number, e: number): string | null {
  const first = tokens[s] as Token;
  if (first.shape !== LOWER) return null;
  let p = first.lower;
  for (let k = s + 1; k <= e; k++) {
    const t = tokens[k] as Token;
    if (t.gap !== GAP_SPACE || t.shape !== LOWER) return null;
    p += ' ' + t.lower;
  }
  return p;
}

interface Found {
  type: NerType;
  a: number;
  b: number;
}

/** The longest known phrase of two or more words through token `i` ("south africa"), if any. */
function knownPhrase(tokens: readonly Token[], i: number): Found | null {
  let best: Found | null = null;
  for (let s = Math.max(0, i - MAX_PHRASE + 1); s <= i; s++) {
    for (let e = Math.min(tokens.length - 1, s + MAX_PHRASE - 1); e >= Math.max(i, s + 1); e--) {
      if (best !== null && e - s <= best.b - best.a) break;
      const p = phraseAt(tokens, s, e);
      const type = p === null ? null : typeOfClass(phraseClass(p));
      if (type !== null) best = { type, a: s, b: e };
    }
  }
  return best;
}

/** A surname after a first name: a word no table knows, or a known last name. */
function isSurname(t: Token | undefined): boolean {
  if (t === undefined || t.shape !== LOWER || t.code || t.text.length < 2) return false;
  const c = wordClass(t.lower);
  return c === 0 || ((c & LAST) !== 0 && (c & SKIP) === 0);
}

/** After a particle a surname or a name that is also an ordinary word counts ("van den berg"). */
function isSurnameAfterParticle(t: Token | undefined): boolean {
  return isSurname(t) || (t !== undefined && t.shape === LOWER && !t.code && (wordClass(t.lower) & (LAST | AMBIGUOUS)) !== 0);
}

const INITIAL_GAP = /^\.?[ \t]{1,2}$/;

/** Extends a lowercase name over the surname or "initial surname" after it: "eric g. samoylova". */
function extendName(text: string, tokens: readonly Token[], f: Found): void {
  while (
    isCandidate(tokens[f.b + 1]) &&
    (tokens[f.b + 1] as Token).gap === GAP_SPACE &&
    (wordClass((tokens[f.b + 1] as Token).lower) & NAME) !== 0
  )
    f.b++;
  // "joris van den berg", "maria de la cruz": up to three particles before the surname.
  let p = f.b + 1;
  while (p - f.b <= 3 && tokens[p] !== undefined && (tokens[p] as Token).gap === GAP_SPACE && isNameParticle(tokens[p] as Token)) p++;
  if (p > f.b + 1 && (tokens[p] as Token | undefined)?.gap === GAP_SPACE && isSurnameAfterParticle(tokens[p])) {
    f.b = p;
    return;
  }
  const next = tokens[f.b + 1];
  if (next === undefined || next.gap !== GAP_SPACE) return;
  if (isSurname(next)) {
    f.b++;
    return;
  }
  const after = tokens[f.b + 2];
  const initial = next.shape === LOWER && next.text.length === 1 && next.lower !== 'a' && next.lower !== 'i';
  if (initial && after !== undefined && INITIAL_GAP.test(text.slice(next.end, after.start)) && isSurname(after)) f.b += 2;
}

/** Extends a lowercase place over the places right after it ("calgary alberta"). */
function extendPlace(tokens: readonly Token[], f: Found): void {
  while (
    isCandidate(tokens[f.b + 1]) &&
    (tokens[f.b + 1] as Token).gap === GAP_SPACE &&
    (wordClass((tokens[f.b + 1] as Token).lower) & PLACE) !== 0
  )
    f.b++;
}

/** A firm's or a street's closing word after the entity ("bertha inc", "dale street"); "st georges". */
function retypeBySuffix(tokens: readonly Token[], f: Found): void {
  let org = -1;
  let place = -1;
  for (let k = f.b + 1; k < tokens.length && k - f.b <= 2; k++) {
    const t = tokens[k] as Token;
    if (t.gap !== GAP_SPACE || t.shape !== LOWER) break;
    const c = wordClass(t.lower);
    if (((c & ORG_WORD) !== 0 || ORG_SUFFIXES.has(t.lower)) && t.text.length >= 3 && (c & FUNCTION) === 0) org = k;
    else if ((c & PLACE_WORD) !== 0 || STREET_WORDS.has(t.lower)) place = k;
    else break;
  }
  if (org >= 0 && org >= place) {
    f.type = 'ORGANIZATION';
    f.b = org;
  } else if (place >= 0) {
    f.type = 'LOCATION';
    f.b = place;
  } else if (f.a > 0 && (tokens[f.a] as Token).gap === GAP_SPACE) {
    const before = (tokens[f.a - 1] as Token).lower;
    if (before === 'st' || before === 'saint') {
      f.type = 'LOCATION';
      f.a--;
    }
  }
}

/** The entity around candidate token `i`. */
function entityAt(text: string, tokens: readonly Token[], i: number): Found {
  const phrase = knownPhrase(tokens, i);
  const f = phrase ?? { type: typeOfClass(wordClass((tokens[i] as Token).lower)) ?? 'PERSON', a: i, b: i };
  if (phrase === null && f.type === 'PERSON') extendName(text, tokens, f);
  else if (phrase === null && f.type === 'LOCATION') extendPlace(tokens, f);
  retypeBySuffix(tokens, f);
  return f;
}

/** Appends the lowercase names, places and organisations of all-lowercase sentences. Linear. */
export function detectLowercaseNames(text: string, tokens: readonly Token[], out: Entity[]): void {
  let lowercaseSentence = false;
  let checkedTo = -1; // end of the last window checked for code
  let code = false;
  let reach = -1; // end of the last entity appended
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (opensSentence(text, tokens, i)) lowercaseSentence = !startsUpper(t.text);
    if (!lowercaseSentence || t.start < reach || !isCandidate(t)) continue;
    if (t.start >= checkedTo) {
      const [a, b] = windowAround(text, t.start, t.end);
      code = codeLike(text, a, b);
      checkedTo = b;
    }
    if (code) continue;
    const f = entityAt(text, tokens, i);
    const start = (tokens[f.a] as Token).start;
    if (start < reach) continue;
    reach = (tokens[f.b] as Token).end;
    out.push({ type: f.type, entityType: f.type, start, end: reach, score: LIKELY });
  }
}

/** Characters that open a quotation or an aside, which may start a sentence of its own. */
const OPENERS = /["'(\[«»„“‘¿¡]/;

/**
 * Token `i` starts a sentence: after a sentence mark or a line break, or after an opening quote or bracket.
 * Other symbols between words ("m²", "1/2", "a - b") leave the sentence as it was: a unit in a
 * capitalised sentence must not make the rest of it read as a lowercase chat.
 */
function opensSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.gap === GAP_SENTENCE || t.gap === GAP_LINE) return true;
  if (t.gap !== GAP_OTHER) return false;
  const before = i > 0 ? (tokens[i - 1] as Token).end : 0;
  return OPENERS.test(text.slice(before, t.start));
}

const UPPER_START = /^\p{Lu}/u;

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}
