import { wordTermKind } from '../health/terms';
import { ANIMALS } from '../health/veterinary';
import { KIND } from '../health-vocab';
import type { Chunk } from './chunks';
import {
  ADDRESSED_TITLES,
  foreignCueStart,
  foreignHonorific,
  locationCueBefore,
  orgCue,
  legalFormAfter,
  personCueAfter,
  personCueBefore,
  possessiveBeforeRelation,
  POSSESSIVES,
  relationAfterPossessive,
  sentenceInitial,
  strongLocationBefore,
  strongPersonBefore,
  wordBefore,
} from './cues';
import {
  AMBIGUOUS,
  COMMON,
  FIRST,
  FUNCTION,
  HONORIFIC,
  LAST,
  NAME,
  ORG,
  ORG_WORD,
  PLACE,
  PLACE_WORD,
  VERB,
  mayEndPhrase,
  phraseClass,
  wordClass,
} from './lexicon';
import { GEO_FEATURES, isNameParticle, isNameSuffix, ORG_SUFFIXES, PLACE_PREFIXES, ROLE_NOUNS, STREET_WORDS } from './terms';
import { GERMAN_ARTICLES, germanNounShape, isGermanText } from './noun-capitalising';
import { GAP_COMMA, GAP_LINE, GAP_SPACE, INITIAL, LOWER, NUMBER, TITLE, type Token, UPPER } from './tokens';
import { classOf, EDGE, KNOWN } from './word-class';

export type NerType = 'PERSON' | 'LOCATION' | 'ORGANIZATION';

export interface Entity {
  type: NerType;
  /** The same type under the name `Span` gives it, so `detectNamedEntities` hands entities on as spans without copying. */
  entityType: NerType;
  start: number;
  end: number;
  score: number;
}

/** Scores: a gazetteer or a cue says so (as spaCy-backed Presidio reports NER), or only the shape does. */
export const SURE = 0.85;
export const LIKELY = 0.6;
export const GUESS = 0.5;

/**
 * Scores that carry a role decision (read by the classifier through `isPersonalNerSpan` /
 * `isImpersonalNerSpan` in `index.ts`): a postal address is personal data, a place name alone is
 * not, so address lines score above every other LOCATION; a famous person named in an
 * encyclopedic question is not personal data, so such a mention scores below every other PERSON.
 */
export const ADDRESS_SURE = 0.95;
export const ADDRESS_LIKELY = 0.9;
/** A LOCATION at or above this score is an address line. */
export const ADDRESS_MIN_SCORE = 0.9;
/** A notable person (public dataset) named in a factual frame: reported, but identifies no private person. */
export const NOTABLE_SCORE = 0.3;
/**
 * A living politician named in an encyclopedic frame: impersonal like {@link NOTABLE_SCORE}, but told apart
 * so that a health term or a date of birth in the same text makes the name personal again (analyze.ts):
 * a living person's health is not an encyclopedic fact, and the name may be a private namesake's.
 */
export const NOTABLE_LIVING_SCORE = 0.29;
/** A PERSON below this score is not counted as personal data. */
export const PERSON_MIN_SCORE = 0.4;

/** Not name material: an ordinary word, a function word, or a bare organisation/place/title word. */
function isCommon(t: Token): boolean {
  if (t.shape === LOWER || t.shape === INITIAL) return false;
  const c = classOf(t);
  return (c & (COMMON | EDGE | ORG_WORD | PLACE_WORD | HONORIFIC)) !== 0 && (c & KNOWN) === 0;
}

function push(out: Entity[], tokens: readonly Token[], a: number, b: number, type: NerType, score: number): void {
  out.push({ type, entityType: type, start: (tokens[a] as Token).start, end: (tokens[b] as Token).end, score });
}

function phraseOf(tokens: readonly Token[], a: number, b: number): number {
  if (b <= a) return 0;
  let s = (tokens[a] as Token).lower;
  for (let k = a + 1; k <= b; k++) s += ' ' + (tokens[k] as Token).lower;
  return phraseClass(s);
}

function typeOfClass(c: number): NerType | null {
  if ((c & PLACE) !== 0) return 'LOCATION';
  if ((c & ORG) !== 0) return 'ORGANIZATION';
  if ((c & NAME) !== 0) return 'PERSON';
  return null;
}

const DOUBLE_BARRELLED = /^\p{Lu}[\p{Ll}\p{M}]+-\p{Lu}[\p{Ll}\p{M}]+$/u;

/**
 * "Weeks-Rivas", "Mayo-Walters" alone, without a first name: two capitalised surnames joined are
 * a firm's name ("Mary-Jane", a double first name, is not).
 */
function doubleBarrelled(t: Token): boolean {
  if (t.shape !== TITLE || !t.text.includes('-') || !DOUBLE_BARRELLED.test(t.text)) return false;
  const c = wordClass(t.lower.slice(0, t.lower.indexOf('-')));
  return (c & FIRST) === 0 || (c & LAST) !== 0;
}

const ARTICLES = new Set(['a', 'an', 'the']);
/** What follows a name used to address someone: "Vide, can I …", "Kuba, please …". */
const VOCATIVE_NEXT = new Set([
  'can',
  'could',
  'would',
  'will',
  'please',
  'i',
  'you',
  'we',
  'thanks',
  'thank',
  'do',
  'did',
  'are',
  'have',
  'let',
  'how',
  'what',
  'where',
  'when',
  'why',
]);

/**
 * The word after the chunk is a verb ("Alvir spent", "Shovda is very reliable") or a comma of
 * address ("Vide, can I"). "X is a/an/the …" defines a thing as often as a person: not enough.
 */
function subjectOrVocative(tokens: readonly Token[], i: number, j: number): boolean {
  const next = tokens[j + 1];
  if (next === undefined || next.shape !== LOWER) return false;
  if (next.gap === GAP_COMMA) return sentenceInitial(tokens, i) && VOCATIVE_NEXT.has(next.lower);
  if (next.gap !== GAP_SPACE) return false;
  const c = wordClass(next.lower); // one table lookup for both tests
  return (c & VERB) !== 0 && !((c & FUNCTION) !== 0 && ARTICLES.has(tokens[j + 2]?.lower ?? ''));
}

/** "Kónya, Becker and Vasquez", "Marrero and Murphy": listed next to a known name. */
function listedWithName(tokens: readonly Token[], j: number): boolean {
  let k = j + 1;
  const next = tokens[k];
  if (next === undefined) return false;
  if (next.lower === 'and' || next.lower === 'or') k++;
  else if (next.gap !== GAP_COMMA) return false;
  const other = tokens[k];
  return other !== undefined && other.shape === TITLE && (classOf(other) & NAME) !== 0 && (classOf(other) & AMBIGUOUS) === 0;
}

/**
 * A signature block: the segment is a whole line right under a line that is a person's name
 * ("Dreux Joly\nPaxata\nPSC 3294…"), so it is the person's organisation.
 */
function companyLineUnderName(tokens: readonly Token[], a: number, b: number, out: readonly Entity[]): boolean {
  const t = tokens[a] as Token;
  const next = tokens[b + 1];
  if (t.gap !== GAP_LINE || (next !== undefined && next.gap !== GAP_LINE)) return false;
  const last = out[out.length - 1];
  const before = tokens[a - 1];
  return last !== undefined && before !== undefined && last.type === 'PERSON' && last.end === before.end;
}

/** The entity just before `a` was a person and the word between is from/of/at: "Ann Lee from Acme". */
function afterPerson(tokens: readonly Token[], a: number, out: readonly Entity[]): boolean {
  const w = wordBefore(tokens, a);
  if (w !== 'from' && w !== 'of' && w !== 'at') return false;
  const last = out[out.length - 1];
  const before = tokens[a - 2];
  return last !== undefined && before !== undefined && last.type === 'PERSON' && last.end === before.end;
}

interface Profile {
  words: number;
  name: boolean;
  place: number;
  org: boolean;
  unknown: number;
  initial: boolean;
}

/** What the words of a segment are, by gazetteer. */
function profile(tokens: readonly Token[], a: number, b: number): Profile {
  const s: Profile = { words: 0, name: false, place: 0, org: false, unknown: 0, initial: false };
  for (let k = a; k <= b; k++) {
    const t = tokens[k] as Token;
    if (t.shape === INITIAL) {
      s.initial ||= k > a;
      continue;
    }
    if (isNameParticle(t) || isNameSuffix(t.lower) || PLACE_PREFIXES.has(t.lower)) continue;
    s.words++;
    const c = classOf(t);
    const ambiguousHere = (c & AMBIGUOUS) !== 0 && a === b && sentenceInitial(tokens, k);
    if ((c & NAME) !== 0 && !ambiguousHere) s.name = true;
    if ((c & PLACE) !== 0) s.place++;
    if ((c & ORG) !== 0) s.org = true;
    if ((c & KNOWN) === 0) s.unknown++;
  }
  return s;
}

/**
 * Decides one segment (a run of tokens none of which is an ordinary word): strong cues, then the
 * gazetteers, then weak cues, then the default for unknown capitalised words.
 */
function decideSegment(text: string, tokens: readonly Token[], a: number, b: number, mixed: boolean, out: Entity[]): void {
  const s = profile(tokens, a, b);
  if (s.words === 0) return;
  const single = a === b || (s.words === 1 && !s.initial);
  if (s.initial || strongPersonBefore(tokens, a)) return push(out, tokens, a, b, 'PERSON', SURE);
  if (orgCue(tokens, a, b)) return push(out, tokens, a, b, 'ORGANIZATION', LIKELY);
  // A legal form after unknown words names a company; after a known name it may be a person's firm or the person.
  if (!s.name && !personCueBefore(tokens, a) && legalFormAfter(text, tokens, b)) return push(out, tokens, a, b, 'ORGANIZATION', LIKELY);
  // "Redmond, WA 98052": a town before a state's two capitals and a five-digit ZIP code, whatever its words.
  if (beforeStateAndZip(tokens, b)) return push(out, tokens, a, b, 'LOCATION', SURE);
  const strongLoc = strongLocationBefore(tokens, a);
  if (strongLoc && !(s.name && s.words > 1)) return push(out, tokens, a, b, 'LOCATION', s.place > 0 ? SURE : LIKELY);
  const personAfter = personCueAfter(text, tokens, b, a);
  // "Monte Bianco", "Lago Maggiore", "Mount Everest": a geographic feature, unless the context says a person.
  if (a < b && !s.name && GEO_FEATURES.has((tokens[a] as Token).lower) && !personAfter && !personCueBefore(tokens, a)) {
    return push(out, tokens, a, b, 'LOCATION', SURE);
  }
  if (s.place === s.words) {
    // "Jordan", "Victoria": both a first name and a place; the context picks one.
    const asPerson = s.name && (personAfter || personCueBefore(tokens, a));
    return push(out, tokens, a, b, asPerson ? 'PERSON' : 'LOCATION', SURE);
  }
  if (single && doubleBarrelled(tokens[a] as Token)) return push(out, tokens, a, b, 'ORGANIZATION', LIKELY);
  // "die Marge", "der Umsatz": after a German article a capitalised word is a noun.
  if (single && GERMAN_ARTICLES.has(wordBefore(tokens, a)) && isGermanText(text)) return;
  if (s.name) return push(out, tokens, a, b, 'PERSON', SURE);
  if (s.org && s.unknown === 0) return push(out, tokens, a, b, 'ORGANIZATION', SURE);
  if (s.place > 0 && s.unknown === 0) return push(out, tokens, a, b, 'LOCATION', LIKELY);
  // Only unknown capitalised words from here on. After an article or "as", a lone unknown word is
  // a thing or a role ("the Packager said", "as Midwife").
  if (single && (ARTICLES.has(wordBefore(tokens, a)) || wordBefore(tokens, a) === 'as')) return;
  // "Konsultant:", "Müşteri:": a transcript's or a form's role, in another language than English.
  if (single && ROLE_NOUNS.has((tokens[a] as Token).lower)) return;
  // A German noun or participle by its ending ("Zahlung:", "Lieferung:", "Abgelehnt:" label a field;
  // "Kontinuierliche Glukosemessung" ends with its head noun), and an item after a quantity
  // ("2x Kaffeevollautomat Entkalker") is a product.
  if (germanNounShape((tokens[b] as Token).text) || afterQuantity(tokens, a)) return;
  if (afterPerson(tokens, a, out) || companyLineUnderName(tokens, a, b, out)) return push(out, tokens, a, b, 'ORGANIZATION', LIKELY);
  if (personCueBefore(tokens, a)) return push(out, tokens, a, b, 'PERSON', LIKELY);
  if (locationCueBefore(tokens, a)) return push(out, tokens, a, b, 'LOCATION', LIKELY);
  if (wordBefore(tokens, a) === 'at') return push(out, tokens, a, b, 'ORGANIZATION', GUESS);
  if (personAfter) return push(out, tokens, a, b, 'PERSON', LIKELY);
  // Next to ordinary capitalised words, an unknown word is part of a title or a product name.
  if (mixed) return;
  // German capitalises nouns: unknown capitalised words there are nouns unless a cue says otherwise.
  // (Asked last: the language check scans the text's first words, and a lone word that is no
  // subject and no list item is dropped whatever the language.)
  if (single && !subjectOrVocative(tokens, a, b) && !listedWithName(tokens, b)) return;
  if (isGermanText(text)) return;
  // "Metformin use was 83 %", "Statins lower LDL": a drug opening a sentence.
  if (single && isHealthTerm(text, tokens[a] as Token)) return;
  push(out, tokens, a, b, 'PERSON', single ? GUESS : LIKELY);
}

/** A drug's name (the vocabulary's own word or its plural, not a drug-stem ending: "Tampubolon" is a surname). */
function isHealthTerm(text: string, t: Token): boolean {
  return isDrugWord(text, t.start, t.end);
}

/** Is text[start, end) a drug's own name in the clinical vocabulary (or its plural)? */
export function isDrugWord(text: string, start: number, end: number): boolean {
  const k = wordTermKind(text, start, end, false);
  return k === KIND.medication || k === KIND.medication_dose;
}

/** Tokens after b are ", XX 12345" (a US state's postal code, then a ZIP code). */
function beforeStateAndZip(tokens: readonly Token[], b: number): boolean {
  const state = tokens[b + 1];
  const zip = tokens[b + 2];
  return (
    state !== undefined &&
    zip !== undefined &&
    state.gap === GAP_COMMA &&
    state.shape === UPPER &&
    state.text.length === 2 &&
    zip.gap === GAP_SPACE &&
    zip.shape === NUMBER &&
    zip.text.length === 5
  );
}

/** The chunk [f, l] holds someone's animal before its last word ("Meine Katze Mimi"): a species after a possessive. */
function animalBefore(tokens: readonly Token[], f: number, l: number): boolean {
  for (let k = f; k < l; k++) if (ANIMALS.has((tokens[k] as Token).lower) && ownedAt(tokens, k)) return true;
  return false;
}

/** Token i follows someone's animal ("my dog Bella", "the neighbour's Labrador, Bruno"). */
function afterAnimal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  return prev !== undefined && (t.gap === GAP_SPACE || t.gap === GAP_COMMA) && ANIMALS.has(prev.lower) && ownedAt(tokens, i - 1);
}

/**
 * A possessive right before token k ("my", "unser", "notre", "the neighbour's"): an animal word there is
 * someone's pet. Without one it may be a surname or a given name ("Herr Hund", "Cat Morgan", "Gato Roberto").
 */
function ownedAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  return prev !== undefined && t.gap === GAP_SPACE && (prev.possessive || POSSESSIVES.has(prev.lower));
}

/** A multiplier before an item: "2x", "10×", "3 x" (an order line or a shopping list). */
const QUANTITY = /^\d{1,4}[x×]$/;

function afterQuantity(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a] as Token;
  const prev = tokens[a - 1];
  if (prev === undefined || t.gap !== GAP_SPACE) return false;
  if (QUANTITY.test(prev.text)) return true;
  const before = tokens[a - 2];
  return (prev.text === 'x' || prev.text === '×') && prev.gap === GAP_SPACE && before !== undefined && /^\d{1,4}$/.test(before.text);
}

function isOrgSuffix(t: Token): boolean {
  return (classOf(t) & ORG_WORD) !== 0 || ORG_SUFFIXES.has(t.lower);
}

function isPlaceSuffix(t: Token): boolean {
  return (classOf(t) & PLACE_WORD) !== 0 || STREET_WORDS.has(t.lower);
}

/**
 * "Valida M. Ibragimov": an initial between two capitalised words that are not ordinary words makes
 * the chunk a person's name ("Plan B Strategy" stays a phrase).
 */
function innerInitial(tokens: readonly Token[], f: number, l: number): boolean {
  for (let k = f + 1; k < l; k++) {
    if ((tokens[k] as Token).shape !== INITIAL) continue;
    const before = tokens[k - 1] as Token;
    const after = tokens[k + 1] as Token;
    return before.shape === TITLE && !isCommon(before) && !isCommon(after);
  }
  return false;
}

/** "James Sparks", "Zoe Young": an ordinary word right after a first name is a surname. */
function surnameAfterFirstName(tokens: readonly Token[], f: number, k: number): boolean {
  if (k <= f) return false;
  const prev = classOf(tokens[k - 1] as Token);
  const c = classOf(tokens[k] as Token);
  return (prev & FIRST) !== 0 && (prev & (COMMON | AMBIGUOUS | EDGE)) === 0 && (c & (EDGE | ORG_WORD | PLACE_WORD | HONORIFIC)) === 0;
}

/**
 * Does the chunk [f, l] split at token k, an ordinary word? A place prefix before a capitalised
 * word is not split off ("New Westminster", "Port Paien"), nor a surname after a first name.
 */
function splitsAt(tokens: readonly Token[], f: number, l: number, k: number): boolean {
  const t = tokens[k] as Token;
  return isCommon(t) && !(k < l && PLACE_PREFIXES.has(t.lower)) && !surnameAfterFirstName(tokens, f, k);
}

/** Types one chunk, appending zero or more entities (a chunk may hold a job title and a name). */
export function decideChunk(text: string, tokens: readonly Token[], chunk: Chunk, out: Entity[]): void {
  let f = chunk.first;
  const l = chunk.last;
  // A known phrase, possibly after a leading word: "Czech Republic", "Ask Goldman Sachs".
  // Every phrase tried ends with the chunk's last word: when no known phrase ends with it, none is known.
  if (l > f && mayEndPhrase((tokens[l] as Token).lower)) {
    for (let k = f; k < l; k++) {
      const known = typeOfClass(phraseOf(tokens, k, l));
      if (known !== null) return push(out, tokens, k, l, known, SURE);
    }
  }
  let honorific = false;
  // Leading function words, dates and titles: "The", "On Monday", "Mr.", "Dr".
  while (f <= l) {
    const c = classOf(tokens[f] as Token);
    if ((c & HONORIFIC) !== 0 || foreignHonorific(tokens, f)) honorific = true;
    else if ((c & EDGE) === 0 || (c & KNOWN) !== 0) break;
    f++;
  }
  if (f > l) return;
  // "Mein Sohn Finn Ostermann": a relation noun the chunk took along (German capitalises it) cues the name after it.
  if (f < l && possessiveBeforeRelation(tokens, f)) f++;
  if (f < l && relationAfterPossessive(tokens, f)) f++;
  // "my dog Bella", "Unser Hund Bella", "the Labrador, Bruno,": an animal's name.
  // "my dog Bella", "Our Husky Luna", "Meine Katze Mimi": someone's animal, then its name.
  if (!honorific && (f === l ? afterAnimal(tokens, f) : animalBefore(tokens, f, l))) return;
  if (honorific || strongPersonBefore(tokens, f) || innerInitial(tokens, f, l)) {
    // "Mrs. Barbara Yudina Apt. 675": a cued name ends before the ordinary words after it.
    let e = l;
    while (e > f && isCommon(tokens[e] as Token)) e--;
    if (e === f && ADDRESSED_TITLES.has((tokens[f] as Token).lower)) return; // "Herr Doktor"
    // "mevrouw de Vries": the particles after a foreign form of address open the name.
    const from = honorific ? f : foreignCueStart(tokens, f);
    return push(out, tokens, from >= 0 && from < f ? from : f, e, 'PERSON', SURE);
  }
  const last = tokens[l] as Token;
  if (l > f) {
    const placeCue = strongLocationBefore(tokens, f);
    if (placeCue) return push(out, tokens, f, l, 'LOCATION', LIKELY); // "Where: Erwetegem Country Club"
    if (isOrgSuffix(last)) return push(out, tokens, f, l, 'ORGANIZATION', LIKELY);
    // "Victor Hugo Street", "Mill Village"; a first name before a park or a hill may be a person's.
    const street = STREET_WORDS.has(last.lower);
    if (street || (isPlaceSuffix(last) && ((classOf(tokens[f] as Token) & NAME) === 0 || locationCueBefore(tokens, f)))) {
      return push(out, tokens, f, l, 'LOCATION', LIKELY);
    }
  }
  // Split at ordinary words: "Producer James Sparks" -> "James Sparks". Each word is asked once,
  // its answer kept as bit k - f (a chunk has at most MAX_CHUNK words).
  let breaks = 0;
  for (let k = f; k <= l; k++) if (splitsAt(tokens, f, l, k)) breaks |= 1 << (k - f);
  const mixed = breaks !== 0;
  let a = -1;
  for (let k = f; k <= l + 1; k++) {
    const isBreak = k > l || (breaks & (1 << (k - f))) !== 0;
    if (!isBreak && a < 0) a = k;
    if (isBreak && a >= 0) {
      decideSegment(text, tokens, a, k - 1, mixed, out);
      a = -1;
    }
  }
}
