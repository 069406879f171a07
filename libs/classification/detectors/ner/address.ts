import { ADDRESS_LIKELY, ADDRESS_SURE, type Entity, LIKELY } from './entities';
import { wordBefore } from './cues';
import { COMMON, FIRST, FUNCTION, mayEndPhrase, ORG, phraseClass, PLACE, PLACE_WORD, VOCAB } from './lexicon';
import { NAME_PARTICLES, STREET_WORDS, UNIT_WORDS } from './terms';
import { classOf } from './word-class';
import { GAP_COMMA, GAP_LINE, GAP_SENTENCE, GAP_SPACE, INITIAL, LOWER, NUMBER, OTHER, TITLE, type Token, UPPER } from './tokens';

/**
 * Postal addresses as LOCATION, on tokens: a street line is anchored by a house number next to
 * street vocabulary ("90 Whitchurch Road", "Rua do Arenque 1634", "Koskikatu 25", "6750 Allika 46"),
 * a unit ("Apt. 864", "Suite 501") or a military box ("PSC 0413, Box 8144", "APO AA 42323"); the
 * lines after it (city, region, country, postcode) are taken while they look like address parts.
 * One LOCATION per line, so another detector's finding inside the block costs one line, not all.
 */

/** Street words written as a suffix of the street name: Koskikatu, Puruntie, Ringvej, Þorsteinsgata. */
const STREET_SUFFIXES = (
  'katu tie kuja polku vej gade gata gatan vägen väg veien vei strasse straße str gasse weg allee platz damm utca ulica ' +
  'vænget stræde torget plein laan straat gracht dijk'
).split(' ');
/** The suffixes by their last code unit: a word is compared only with those ending like it. */
const SUFFIXES_BY_LAST = new Map<number, string[]>();
for (const s of STREET_SUFFIXES) {
  const last = s.charCodeAt(s.length - 1);
  SUFFIXES_BY_LAST.set(last, [...(SUFFIXES_BY_LAST.get(last) ?? []), s]);
}

function hasStreetSuffix(lower: string): boolean {
  const candidates = SUFFIXES_BY_LAST.get(lower.charCodeAt(lower.length - 1));
  if (candidates === undefined) return false;
  for (const s of candidates) if (lower.endsWith(s)) return true;
  return false;
}

/** Street words of at most four letters ("st", "rd", "ave", "ul"): the only ones a lowercase word may open an address with. */
const SHORT_STREET_MAX = 4;

/** Shape of a short word: its first and last letter (a-z, or 26 for any other unit) and its length. */
function shortShape(w: string): number {
  const a = w.charCodeAt(0) - 97;
  const z = w.charCodeAt(w.length - 1) - 97;
  return ((a >>> 0 < 26 ? a : 26) * 27 + (z >>> 0 < 26 ? z : 26)) * (SHORT_STREET_MAX + 1) + w.length;
}

const SHORT_STREET_SHAPES = new Uint8Array(27 * 27 * (SHORT_STREET_MAX + 1));
for (const w of STREET_WORDS) if (w.length <= SHORT_STREET_MAX) SHORT_STREET_SHAPES[shortShape(w)] = 1;

/**
 * Is the lowercased word (at most four letters) a street word? Its shape rules out most words
 * ("the", "and", "you") before the set lookup, which would hash every short word of the text.
 */
function isShortStreetWord(lower: string): boolean {
  return lower.length <= SHORT_STREET_MAX && SHORT_STREET_SHAPES[shortShape(lower)] === 1 && STREET_WORDS.has(lower);
}
const ABBREVIATION_GAP = /^\.[ \t]{1,3}$/;
const MILITARY = new Set(['apo', 'dpo', 'fpo']);
/** Ship prefixes of military post addresses: "USNS Bergman\nFPO AP 93757". */
const SHIPS = new Set(['uss', 'usns', 'usnv', 'uscgc']);
/** Most tokens an address block may span (street, unit, city, region, country, postcode). */
const MAX_BLOCK = 16;
const MAX_WORDS_IN_STREET = 4;

function isNum(t: Token | undefined, maxLen = 6): boolean {
  return t !== undefined && t.shape === NUMBER && t.text.length <= maxLen;
}

/** "192.168.0.0", "14.03.1970", "1.7": a number run on by a dot and digits is no house number. */
function dottedNumber(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return t !== undefined && t.dot && next !== undefined && next.shape === NUMBER && next.start === t.end + 1;
}

/** Longest length told apart by `streetShape`; longer words share its last length. */
const SHAPE_MAX_LENGTH = 15;

/** Street words that Hungarian, Polish and Czech write in lowercase after the name. */
const STREET_WORDS_AFTER_NAME = new Set('utca út útja tér körút köz sor sétány rakpart fasor ulica aleja náměstí třída nábřeží'.split(' '));

/** Shape of a non-empty word: its first and last letter (a-z, or 26 for any other unit) and its length. */
function streetShape(w: string): number {
  const a = w.charCodeAt(0) - 97;
  const z = w.charCodeAt(w.length - 1) - 97;
  return ((a >>> 0 < 26 ? a : 26) * 27 + (z >>> 0 < 26 ? z : 26)) * (SHAPE_MAX_LENGTH + 1) + Math.min(w.length, SHAPE_MAX_LENGTH);
}

const STREET_SHAPES = new Uint8Array(27 * 27 * (SHAPE_MAX_LENGTH + 1));
for (const w of STREET_WORDS) STREET_SHAPES[streetShape(w)] = 1;

function isStreetWord(t: Token): boolean {
  // The shape test spares most words the set lookup (and hashing their string), asked of every
  // capitalised word near a number.
  if (STREET_SHAPES[streetShape(t.lower)] === 1 && STREET_WORDS.has(t.lower)) return true;
  if (t.shape === LOWER && STREET_WORDS_AFTER_NAME.has(t.lower)) return true;
  if (t.shape !== TITLE) return false;
  const c = classOf(t);
  return (c & PLACE_WORD) !== 0 || (t.lower.length > 5 && (c & (COMMON | FUNCTION)) === 0 && hasStreetSuffix(t.lower));
}

/** Street words that French, Spanish, Italian and Portuguese write in lowercase: "12 rue de la Paix", "calle Mayor 5". */
const LOWERCASE_STREET_WORDS = new Set(
  'rue chemin allée impasse quai avenue boulevard calle carrer avenida paseo rua via viale vicolo strada piazza corso largo ul'.split(' '),
);

/** A word that may be part of a street name: capitalised, all caps, a particle, a lowercase street word, or a lowercase foreign word. */
function isStreetPart(t: Token): boolean {
  if (t.code) return false;
  if (t.shape === TITLE || t.shape === UPPER || t.shape === INITIAL) return true;
  // Hungarian, Polish and Czech street words are lowercase after the name ("Rákóczi út 13", "Kossuth tér 2").
  return (
    t.shape === LOWER &&
    (NAME_PARTICLES.has(t.lower) || LOWERCASE_STREET_WORDS.has(t.lower) || STREET_WORDS_AFTER_NAME.has(t.lower) || classOf(t) === 0)
  );
}

/** UK postcodes, outward code ("SW1A", "M1", "EC2A") and inward code ("2AA"), as two tokens. */
const UK_OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const UK_INWARD = /^\d[ABD-HJLNP-UW-Z]{2}$/;
/** A postcode: digits (DE/FR/ES/IT 5, NL/AT/CH/DK 4 — "1015 CJ" takes its letters as the next token). */
const POSTCODE = /^\d{4,5}$/;

function ukPostcodePart(prev: Token, t: Token, next: Token | undefined): boolean {
  if (UK_OUTWARD.test(t.text)) return next !== undefined && next.gap === GAP_SPACE && UK_INWARD.test(next.text);
  return UK_INWARD.test(t.text) && UK_OUTWARD.test(prev.text) && t.gap === GAP_SPACE;
}

/** "at X 12", "on X 12", "corner of X 12", "Address: X 12": a name followed by a number is a street. */
function addressCue(tokens: readonly Token[], i: number): boolean {
  const w1 = wordBefore(tokens, i);
  if (w1 === 'at' || w1 === 'on') return true;
  if (w1 === 'of') return wordBefore(tokens, i, 2) === 'corner';
  const t = tokens[i] as Token;
  return t.gap === GAP_SENTENCE && tokens[i - 1]?.lower === 'address';
}

/** Index of the number that closes "Word word 12" starting at `k` (at most four words), or -1. */
function closingNumber(tokens: readonly Token[], k: number, anyWords: boolean): number {
  const from = k;
  while (k < tokens.length && k - from < MAX_WORDS_IN_STREET) {
    const t = tokens[k] as Token;
    if ((k > from && t.gap !== GAP_SPACE) || t.code || !(anyWords ? t.shape !== NUMBER && t.shape !== OTHER : isStreetPart(t))) break;
    k++;
  }
  const n = tokens[k];
  return k > from && isNum(n, 4) && (n as Token).gap === GAP_SPACE && !dottedNumber(tokens, k) ? k : -1;
}

/** A house number with a letter: "221B", "12a". */
const LETTERED_NUMBER = /^\d{1,4}[A-Za-z]$/;

function isLetteredNumber(t: Token): boolean {
  return t.shape === OTHER && !t.code && LETTERED_NUMBER.test(t.text);
}

function unknownWord(t: Token): boolean {
  return (t.shape === TITLE || t.shape === UPPER) && !t.code && (classOf(t) & (COMMON | FUNCTION)) === 0;
}

/** Index of the last token of a street anchor starting at `i`, or -1. */
function anchorAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  // Units and boxes: "Apt. 864", "Suite 501", "Unit 7349", "PSC 0413", "Box 8144".
  if (t.shape !== LOWER && isNum(next) && UNIT_WORDS.has(t.lower)) {
    const short = t.lower === 'apt' || t.lower === 'suite' || t.lower === 'apartment';
    return short || (next as Token).text.length >= 3 ? i + 1 : -1;
  }
  if (t.shape === UPPER && next?.shape === UPPER && MILITARY.has(t.lower) && isNum(tokens[i + 2])) return i + 2;
  if (t.shape === UPPER && next?.shape === TITLE && next.gap === GAP_SPACE && SHIPS.has(t.lower)) return i + 1;
  // House number first: "90 Whitchurch Road", "1987 74 Diakou Street", "6750 Koskikatu 25", "221B Baker Street".
  if ((isNum(t) && !dottedNumber(tokens, i)) || isLetteredNumber(t)) {
    let k = i + 1;
    if (isNum(tokens[k])) k++;
    const from = k;
    let street = false;
    while (
      k < tokens.length &&
      k - from < MAX_WORDS_IN_STREET &&
      (tokens[k] as Token).gap === GAP_SPACE &&
      isStreetPart(tokens[k] as Token)
    ) {
      if (isStreetWord(tokens[k] as Token)) street = true;
      k++;
    }
    if (k === from) return -1;
    if (street) return isNum(tokens[k]) && (tokens[k] as Token).gap === GAP_SPACE ? k : k - 1;
    // "6750 Koskikatu 25", "6614 Luite tee 87": number, an unknown name and any words, number.
    weakAnchor = true;
    return unknownWord(tokens[from] as Token) && !CALENDAR_WORDS.has((tokens[from] as Token).lower)
      ? closingNumber(tokens, from, true)
      : -1;
  }
  if (t.code) return -1;
  // A street word first, then a name and a number: "Rua do Arenque 1634", "ul. Miła 53".
  // Asked once: both tests below need it, and it costs set and table lookups.
  const streetWord = isStreetWord(t);
  if (streetWord) {
    const k = closingNumber(tokens, i + 1, false);
    if (k > 0) return k;
  }
  if (t.shape !== TITLE) return -1;
  // One word with its number: "Koskikatu 25", "Via 71" is not enough without a street word.
  if (streetWord && isNum(next, 4) && next?.gap === GAP_SPACE && !dottedNumber(tokens, i + 1)) return i + 1;
  // After an address cue, a name and a number: "lives on Joaquin Suarez 2906", "at Storgarden 52"
  // ("born on January 30, 1882" is a date: a month never opens a street).
  if (addressCue(tokens, i) && unknownWord(t) && !CALENDAR_WORDS.has(t.lower)) return closingNumber(tokens, i, false);
  return streetThenNumber(tokens, i);
}

const YEAR = /^(?:19|20)\d\d$/;
/** Months and weekdays (EN/DE/FR/ES/IT/NL): "December 14", "März 2003", "lunes 5" are dates, never streets. */
const CALENDAR_WORDS = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'januar februar märz maerz mai juni juli oktober dezember janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio ' +
    'settembre ottobre dicembre januari februari maart mei augustus monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch ' +
    'donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo'
  ).split(' '),
);

/**
 * Set by `anchorAt`: the anchor it found rests only on "capitalised words, then a number" (no street
 * word, unit, cue or leading house number). Such a line is a LOCATION but locates someone only when a
 * town or a postcode follows it ("Creatinine 3", "Découpe 192" are not addresses).
 */
let weakAnchor = false;

/**
 * "Więckowskiego Stefana 28", "Hoge Wei 32 St.": capitalised words, then a house number that ends
 * the line, the clause or the text, or that a street or unit word follows. A person's name is not
 * followed by a bare number ("Taylor Swift 1989" is, so a year after a first name does not count).
 */
function streetThenNumber(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  if ((classOf(t) & (COMMON | FUNCTION | ORG)) !== 0 || CALENDAR_WORDS.has(t.lower)) return -1;
  weakAnchor = true;
  const k = closingNumber(tokens, i, false);
  if (k < 0) return -1;
  const n = tokens[k] as Token;
  if (YEAR.test(n.text) && (classOf(t) & FIRST) !== 0) return -1;
  const after = tokens[k + 1];
  const ends = after === undefined || after.gap === GAP_LINE || after.gap === GAP_COMMA || after.gap === GAP_SENTENCE;
  return ends || isStreetWord(after) || UNIT_WORDS.has(after.lower) ? k : -1;
}

/** May token `t` continue an address block (a city, a region code, a country, a postcode, a unit)? */
/** "Czech Republic", "United Kingdom": an ordinary word that is part of a place name with a neighbour. */
function inPlacePhrase(prev: Token, t: Token, next: Token | undefined): boolean {
  if (mayEndPhrase(t.lower) && (phraseClass(prev.lower + ' ' + t.lower) & PLACE) !== 0) return true;
  return (
    next !== undefined && next.gap === GAP_SPACE && mayEndPhrase(next.lower) && (phraseClass(t.lower + ' ' + next.lower) & PLACE) !== 0
  );
}

function continuesBlock(text: string, prev: Token, t: Token, next: Token | undefined): boolean {
  if (t.code) return false;
  // A full stop ends the address, unless it closes an abbreviation ("Apt. 864", "Király u. 15") or a house
  // number as Hungarian and Czech write it ("Rákóczi út 13. 1052 Budapest", "… 13. Suite 104"): then a
  // postcode, a unit or a known place must follow ("… Ainolassa 1957. Mitkä ovat …" ends a sentence).
  if (t.gap === GAP_SENTENCE) {
    if (!prev.dot || prev.text.length > 4 || !ABBREVIATION_GAP.test(text.slice(prev.end, t.start))) return false;
    if (prev.shape === NUMBER && t.shape !== NUMBER && !UNIT_WORDS.has(t.lower) && (classOf(t) & PLACE) === 0) return false;
  }
  if (t.shape === NUMBER) {
    // A phone number after the address ("\n(37) 788-063", "\n082 490 1693") is not its postcode.
    const gap = text.slice(prev.end, t.start);
    if (gap.includes('(') || gap.includes('+')) return false;
    return !(t.gap === GAP_LINE && next !== undefined && next.shape === NUMBER && next.gap === GAP_SPACE);
  }
  if (t.shape === UPPER || t.shape === INITIAL) return true;
  if (t.shape === TITLE) {
    const c = classOf(t);
    // The town right after a postcode ("10115 Berlin", "00184 Roma"), even when it is also a word.
    if (prev.shape === NUMBER && POSTCODE.test(prev.text) && t.gap === GAP_SPACE && (c & FUNCTION) === 0) return true;
    return (
      (c & (COMMON | FUNCTION)) === 0 || (c & PLACE) !== 0 || UNIT_WORDS.has(t.lower) || isStreetWord(t) || inPlacePhrase(prev, t, next)
    );
  }
  if (t.shape === OTHER) return ukPostcodePart(prev, t, next);
  // Short lowercase words inside place names: "Ostrov nad Ohrí", "Turkovice u Prelouce".
  return NAME_PARTICLES.has(t.lower) || t.lower === 'nan' || classOf(t) === 0 || (t.text.length <= 4 && (classOf(t) & VOCAB) !== 0);
}

/** Does the block after a weak anchor name a town or a postcode (a word, not just more numbers)? */
function hasTown(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    if ((t.shape === TITLE || t.shape === UPPER) && !CALENDAR_WORDS.has(t.lower)) return true;
    if (t.shape === OTHER && ukPostcodePart(tokens[k - 1] as Token, t, tokens[k + 1])) return true;
  }
  return false;
}

function pushLines(tokens: readonly Token[], a: number, b: number, score: number, out: Entity[]): void {
  let start = a;
  for (let k = a + 1; k <= b + 1; k++) {
    const t = tokens[k];
    if (k > b || (t as Token).gap === GAP_LINE) {
      out.push({
        type: 'LOCATION',
        entityType: 'LOCATION',
        start: (tokens[start] as Token).start,
        end: (tokens[k - 1] as Token).end,
        score,
      });
      start = k;
    }
  }
}

/** Appends address LOCATION spans; returns nothing, tokens are not consumed (chunks may overlap). */
export function detectAddresses(text: string, tokens: readonly Token[], out: Entity[]): void {
  let i = 0;
  let nextNumber = 0; // index of the first NUMBER token after i (tokens.length when none); only moves forward
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.shape === TITLE) {
      // Every anchor that starts with a capitalised word closes with a number within five tokens
      // ("Rua do Arenque 1634", "Apt. 864", "Koskikatu 25"): without one, skip the word cheaply.
      if (nextNumber <= i) nextNumber = i + 1;
      while (nextNumber < tokens.length && nextNumber - i <= MAX_WORDS_IN_STREET + 1 && (tokens[nextNumber] as Token).shape !== NUMBER)
        nextNumber++;
      if (nextNumber - i > MAX_WORDS_IN_STREET + 1 || nextNumber >= tokens.length) {
        i++;
        continue;
      }
    }
    // Only numbers, capitalised and all-caps words, and lowercase street words ("ul.") open an address.
    const opens =
      t.shape === NUMBER ||
      t.shape === TITLE ||
      t.shape === UPPER ||
      isLetteredNumber(t) ||
      (t.shape === LOWER &&
        ((t.text.length <= 4 && isShortStreetWord(t.lower)) || (tokens[i + 1]?.shape === TITLE && LOWERCASE_STREET_WORDS.has(t.lower))));
    weakAnchor = false;
    const end = opens ? anchorAt(tokens, i) : -1;
    if (end < 0) {
      i++;
      continue;
    }
    let b = end;
    // Lines after the street: unit, city, region, country, postcode.
    while (
      b + 1 < tokens.length &&
      b + 1 - i < MAX_BLOCK &&
      continuesBlock(text, tokens[b] as Token, tokens[b + 1] as Token, tokens[b + 2])
    )
      b++;
    const first = tokens[i] as Token;
    const strong = weakAnchor ? hasTown(tokens, end + 1, b) : b > end || first.shape === NUMBER || first.shape === OTHER;
    // A unit alone ("Room 101", "Suite 5") locates no one; a street line or a block with a town does.
    const unitOnly = !strong && UNIT_WORDS.has(first.lower);
    pushLines(tokens, i, b, strong ? ADDRESS_SURE : unitOnly || weakAnchor ? LIKELY : ADDRESS_LIKELY, out);
    i = b + 1;
  }
}
