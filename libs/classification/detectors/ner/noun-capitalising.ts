/**
 * German capitalises every noun, so in German prose a run of capitalised words ("Westfälischen
 * Frieden", "Fluss Europas") is no evidence of a name. The language is told from its commonest
 * function words; the answer is cached for the last text, so each text is scanned at most once.
 */
const GERMAN_WORDS = new Set(
  'der die das den dem des und ist nicht mit für ein eine einer einen auf sich auch wird sind wurde wurden oder aber wie noch nach bei aus zum zur vom im ich wir sie es bitte'.split(
    ' ',
  ),
);
/** Articles before a German noun: "die Marge", "der Umsatz". */
export const GERMAN_ARTICLES = new Set('der die das den dem des ein eine einer einen eines einem'.split(' '));

/** Share of function words, among the first words, that marks a text as German. */
const MIN_SHARE = 0.12;
const SAMPLE_WORDS = 120;

/**
 * Words are runs of [A-Za-zÄÖÜäöüß]. A word of at most six letters is looked up by a number made of
 * its letters (a-z, ä, ö, ü, ß as 1-30, five bits each), so no word is sliced or lower-cased; a word
 * starting with A-Z is looked up lower-cased (as `toLowerCase` would), any other word as it is.
 */
function isWordLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    c === 0xe4 ||
    c === 0xf6 ||
    c === 0xfc ||
    c === 0xdf ||
    c === 0xc4 ||
    c === 0xd6 ||
    c === 0xdc
  );
}

/** 1-30 for a lowercase letter of a word, 0 for any other code unit. */
function letterCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c === 0xe4) return 27; // ä
  if (c === 0xf6) return 28; // ö
  if (c === 0xfc) return 29; // ü
  if (c === 0xdf) return 30; // ß
  return 0;
}

/** Lower case of a word letter: A-Z, Ä, Ö, Ü fold; the rest stay. */
function lowerLetter(c: number): number {
  return (c >= 65 && c <= 90) || c === 0xc4 || c === 0xd6 || c === 0xdc ? c + 32 : c;
}

/** Key of `s[start, end)` (at most six letters), lower-cased when `fold`; -1 when a letter has no code. */
function keyOf(s: string, start: number, end: number, fold: boolean): number {
  let key = 0;
  for (let i = start; i < end; i++) {
    const code = letterCode(fold ? lowerLetter(s.charCodeAt(i)) : s.charCodeAt(i));
    if (code === 0) return -1;
    key = key * 32 + code;
  }
  return key;
}

const GERMAN_KEYS = new Set<number>([...GERMAN_WORDS].map((w) => keyOf(w, 0, w.length, false)));
/**
 * The low 16 bits of every German key, as a table: a necessary condition checked before the set
 * lookup, which most words of a text (English, or German nouns) fail for the price of one read.
 */
const KEY_LOW_BITS = 0xffff;
const GERMAN_KEY_LOWS = new Uint8Array(KEY_LOW_BITS + 1);
for (const key of GERMAN_KEYS) GERMAN_KEY_LOWS[key & KEY_LOW_BITS] = 1;

/**
 * Per Latin-1 unit: its letter code (1-30, as `letterCode`) when it is a lowercase word letter,
 * 31 for any other word letter (an upper-case one, which has no code), 0 for no word letter; and
 * the same after folding (A-Z, Ä, Ö, Ü lower-cased), for words that start with A-Z.
 */
const NO_CODE = 31;
const CODE_AS_IS = new Uint8Array(256);
const CODE_FOLDED = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  if (!isWordLetter(c)) continue;
  CODE_AS_IS[c] = letterCode(c) || NO_CODE;
  CODE_FOLDED[c] = letterCode(lowerLetter(c)) || NO_CODE;
}
/** Longest German function word, in letters. */
const MAX_KEY_LETTERS = 6;

let lastText: string | null = null;
let lastAnswer = false;

/** Whether a text is remembered (for tests). */
export function keepsGermanAnswer(): boolean {
  return lastText !== null;
}

/** Drops the remembered text and answer: no request text stays in memory after a classification. */
export function forgetGermanAnswer(): void {
  lastText = null;
  lastAnswer = false;
}

/** Index of the first unit at or after `i` that is no word letter (or the end of the text). */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 255 || CODE_AS_IS[c] === 0) return i;
    i++;
  }
  return n;
}

/**
 * One pass: each word's key (as `keyOf` computes it) is built while the word is read, for words of
 * at most MAX_KEY_LETTERS letters; a letter without a code makes the key -1.
 */
export function isGermanText(text: string): boolean {
  if (text === lastText) return lastAnswer;
  let words = 0;
  let german = 0;
  const n = text.length;
  let i = 0;
  while (i < n && words < SAMPLE_WORDS) {
    let c = text.charCodeAt(i);
    if (c > 255 || CODE_AS_IS[c] === 0) {
      i++;
      continue;
    }
    // Function words are short; only a capitalised one (sentence start) needs lower-casing.
    const codes = c < 97 ? CODE_FOLDED : CODE_AS_IS;
    const start = i;
    let key = 0;
    for (;;) {
      const code = codes[c] ?? 0;
      key = code === NO_CODE || key < 0 ? -1 : key * 32 + code;
      i++;
      if (i >= n) break;
      c = text.charCodeAt(i);
      if (c > 255 || CODE_AS_IS[c] === 0) break;
      if (i - start === MAX_KEY_LETTERS) {
        // Longer than any function word: the rest of it is skipped, not keyed.
        i = wordEnd(text, i + 1);
        key = -1;
        break;
      }
    }
    words++;
    if (key >= 0 && GERMAN_KEY_LOWS[key & KEY_LOW_BITS] === 1 && GERMAN_KEYS.has(key)) german++;
  }
  lastText = text;
  lastAnswer = words >= 4 && german >= 2 && german / words >= MIN_SHARE;
  return lastAnswer;
}

/**
 * Endings only German nouns have: "-ung(en)" after a consonant (Zahlung, Lieferung, Nutzung),
 * "-heit", "-keit", "-schaft", "-ität". Seven letters at least, so short names ending alike
 * ("Jung", "Leung", "Chung") never match; known names are decided before this is asked.
 */
const GERMAN_NOUN_ENDING = /^\p{Lu}\p{Ll}{2,}(?:[bcdfgklmnprstvwxzß]ung(?:en)?|heit(?:en)?|keit(?:en)?|schaft(?:en)?|ität(?:en)?)$/u;
/**
 * A past participle of a separable verb, as forms and decisions write it ("Abgelehnt", "Genehmigt" is
 * not separable and not matched, "Eingereicht", "Ausgefüllt", "Angemeldet", "Zugelassen").
 */
const GERMAN_PARTICIPLE = /^(?:Ab|An|Auf|Aus|Bei|Ein|Mit|Nach|Vor|Weg|Zu|Zurück)ge\p{Ll}{3,}(?:t|en)$/u;

/**
 * Is a capitalised word shaped like a German noun or participle that no name is? For a word no
 * gazetteer knows: such a word as a label ("Zahlung:", "Abgelehnt:") names a field, not a speaker.
 */
export function germanNounShape(word: string): boolean {
  if (word.length < 7) return false;
  return GERMAN_NOUN_ENDING.test(word) || GERMAN_PARTICIPLE.test(word);
}
