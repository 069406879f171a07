/**
 * A linear word tokenizer for the NER detectors: one precompiled regex pass, word shapes, and what
 * separates a word from the previous one (sentence break, line break, comma, …), so the chunker never
 * has to look back into the text.
 */

/** Word shapes. */
export const LOWER = 0;
/** Capitalised: "Jane", "O'Brien", "Mary-Jane", "McDonald", "Ångström". */
export const TITLE = 1;
/** All capitals, two letters or more: "EKS", "LONDON". */
export const UPPER = 2;
/** One capital letter: an initial. */
export const INITIAL = 3;
/** Digits only. */
export const NUMBER = 4;
/** Anything else: camelCase, digits mixed with letters, underscores. */
export const OTHER = 5;

/** What lies between a token and the previous one. */
export const GAP_SPACE = 0; // spaces or tabs only (or nothing)
export const GAP_COMMA = 1;
export const GAP_SENTENCE = 2; // . ! ? ; or a colon, or the start of the text
export const GAP_LINE = 3; // a line break
export const GAP_OTHER = 4; // quotes, brackets, dashes, …

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  shape: number;
  gap: number;
  /** The word ends with a full stop directly after it ("Dr.", "J."). */
  dot: boolean;
  /** Glued to code punctuation ("foo.Bar", "Bar(", "@Bar", "`Bar`"): an identifier, not a name. */
  code: boolean;
  /** A possessive "'s" followed and was cut off. */
  possessive: boolean;
  /** Gazetteer class, computed on first use by `classOf` (-1 until then). */
  cls: number;
}

/** Word characters: letters, marks, digits, underscore. ASCII by table, the rest cached per code unit. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;
const UNICODE_WORD = /^[\p{L}\p{M}\p{N}]$/u;
/** 0 = not looked up yet, 1 = word character, 2 = not. Surrogates (emoji, rare scripts) count as "not". */
const BMP_WORD = new Uint8Array(65536);

function isWordCode(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  let k = BMP_WORD[c] ?? 2;
  if (k === 0) {
    k = c < 0xd800 || c > 0xdfff ? (UNICODE_WORD.test(String.fromCharCode(c)) ? 1 : 2) : 2;
    BMP_WORD[c] = k;
  }
  return k === 1;
}

/** A joiner inside a word: apostrophe, right single quote, hyphen ("O'Brien", "Mary-Jane"). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 45 || c === 0x2019;
}
/** "I'm", "It's", "Don't", "C'mon": never part of a name. */
const CONTRACTION = /['’](?:[mdts]|re|ve|ll|[MDTS]|RE|VE|LL)$|^\p{L}['’]\p{Ll}+$/u;
/**
 * `CONTRACTION.test(word)`, run only when an apostrophe stands where the pattern needs one (second
 * unit, or one or two units before the end): hyphenated words ("Mary-Jane") never reach the regex.
 */
function isContraction(word: string): boolean {
  const n = word.length;
  const apostrophe = isApostrophe(word.charCodeAt(1)) || isApostrophe(word.charCodeAt(n - 2)) || isApostrophe(word.charCodeAt(n - 3));
  return apostrophe && CONTRACTION.test(word);
}

/**
 * General category bits of a BMP code unit, as the `u`-flag classes \p{N}, \p{Lu} and \p{Ll} judge
 * it: computed once per unit on first sight (CAT_KNOWN marks a computed entry). Words hold BMP units
 * only (surrogates are no word characters), so a unit is a code point here.
 */
const CAT_NUMBER = 1;
const CAT_UPPER = 2;
const CAT_LOWER = 4;
const CAT_KNOWN = 8;
const BMP_CATEGORY = new Uint8Array(65536);
const IS_NUMBER = /^\p{N}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_LOWER = /^\p{Ll}$/u;

function categoryOf(c: number): number {
  let k = BMP_CATEGORY[c] ?? 0;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = CAT_KNOWN | (IS_NUMBER.test(ch) ? CAT_NUMBER : 0) | (IS_UPPER.test(ch) ? CAT_UPPER : 0) | (IS_LOWER.test(ch) ? CAT_LOWER : 0);
    BMP_CATEGORY[c] = k;
  }
  return k;
}
/** Upper after lower inside a word, allowed in names: McDonald, MacArthur, DeVito, O'Brien, Mary-Jane. */
const NAME_CAMEL = /^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’]|D['’])?\p{Lu}[\p{Ll}\p{M}]*(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

/** ASCII punctuation glued to a word that makes it code: 1 = before the word, 2 = after it. */
const CODE = new Uint8Array(128);
for (const c of './\\_@#$<=~*`{[|&%^') CODE[c.charCodeAt(0)] = 1;
for (const c of '(/\\_=<[{@`|#$%^') CODE[c.charCodeAt(0)] = (CODE[c.charCodeAt(0)] ?? 0) | 2;

/**
 * Unicode path: any word with a non-ASCII character. One pass over the units' cached categories:
 * a digit (\p{N}) or underscore makes a NUMBER (all digits) or OTHER; then the case of the first
 * unit and of the others decides, as for ASCII words.
 */
function shapeOfUnicode(word: string): number {
  let numberOrUnderscore = false;
  let allNumbers = true;
  let upper = false;
  let lower = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const k = categoryOf(c);
    if ((k & CAT_NUMBER) !== 0 || c === 95) numberOrUnderscore = true;
    if ((k & CAT_NUMBER) === 0) allNumbers = false;
    if ((k & CAT_UPPER) !== 0) upper = true;
    if ((k & CAT_LOWER) !== 0) lower = true;
  }
  if (numberOrUnderscore) return allNumbers ? NUMBER : OTHER;
  if ((categoryOf(word.charCodeAt(0)) & CAT_UPPER) === 0) return upper ? OTHER : LOWER;
  if (!lower) return word.length === 1 ? INITIAL : UPPER;
  return NAME_CAMEL.test(word) ? TITLE : OTHER;
}

/** Word shape; ASCII words (nearly all) are classified by character codes without a regex. */
function shapeOf(word: string): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let joiner = false;
  let camel = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) {
      if (i > 0 && lower > 0) camel = true;
      upper++;
    } else if (c >= 48 && c <= 57) digit++;
    else if (c === 95)
      return OTHER; // underscore
    else if (c === 39 || c === 45 || c === 0x2019) joiner = true;
    else return joiner && isContraction(word) ? OTHER : shapeOfUnicode(word);
  }
  if (joiner && isContraction(word)) return OTHER;
  if (digit > 0) return digit === word.length ? NUMBER : OTHER;
  const first = word.charCodeAt(0);
  if (first >= 97) return upper > 0 ? OTHER : LOWER;
  if (lower === 0) return word.length === 1 ? INITIAL : UPPER;
  return camel || joiner ? (NAME_CAMEL.test(word) ? TITLE : OTHER) : TITLE;
}

function gapOf(text: string, from: number, to: number, first: boolean): number {
  let gap = first ? GAP_SENTENCE : GAP_SPACE;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return GAP_LINE;
    if (c === 32 || c === 9) continue;
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58)
      gap = GAP_SENTENCE; // . ! ? ; :
    else if (c === 44 && gap !== GAP_SENTENCE) gap = GAP_COMMA;
    else if (gap === GAP_SPACE) gap = GAP_OTHER;
  }
  return gap;
}

/** Is unit `c`, right before a word, code punctuation glued to it? */
function isCodeUnitBefore(c: number): boolean {
  return c < 128 && ((CODE[c] ?? 0) & 1) !== 0;
}

function isCodeBefore(text: string, start: number): boolean {
  return isCodeUnitBefore(start > 0 ? text.charCodeAt(start - 1) : 128);
}

/**
 * `text.charCodeAt(i)`, or -1 past the end, without reading past it: a read past the end makes V8
 * replace the inlined read of that call site by a call for good. -1 rather than NaN (what
 * `charCodeAt` answers) keeps the unit a small integer, so a table indexed by it stays a fast read.
 */
function unitAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** Is the word ending at `end`, followed by unit `c` (-1 at the end of the text), glued to code? */
function isCodeAfter(text: string, end: number, c: number): boolean {
  if (c >= 0 && c < 128 && ((CODE[c] ?? 0) & 2) !== 0) return true;
  // "Foo.bar", "Foo:bar", "Foo::Bar": punctuation glued to a following word character.
  if (c === 46 || c === 58) {
    const n = unitAt(text, end + 1);
    return (n >= 48 && n <= 57) || (n >= 65 && n <= 90) || (n >= 97 && n <= 122) || n === 58;
  }
  return false;
}

/**
 * Tokenizes `text[from, to)`: words are runs of word characters joined by single inner joiners.
 * Linear: every character is looked at a bounded number of times (a gap once, by the token after it).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let prevEnd = from;
  let i = from;
  // The units around a word are kept from the scan rather than read again: a read of the text is
  // a large share of the tokenizer's time (texts are mostly two-byte, often sliced strings).
  let before = -1; // the last unit skipped before the current word (-1: none since the last word)
  while (i < to) {
    let c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      before = c;
      i++;
      continue;
    }
    const start = i;
    const first = c;
    // Plain ASCII letters and digits are shaped while scanning; anything else takes shapeOf.
    let upper = 0;
    let lowerCount = 0;
    let digits = 0;
    let plain = true;
    for (;;) {
      if (c >= 97 && c <= 122) lowerCount++;
      else if (c >= 65 && c <= 90) {
        if (lowerCount > 0) plain = false; // camelCase or McDonald: the careful path decides
        upper++;
      } else if (c >= 48 && c <= 57) digits++;
      else plain = false;
      i++;
      if (i < to && isWordCode((c = text.charCodeAt(i)))) continue;
      if (i + 1 < to && isJoiner(c) && isWordCode(text.charCodeAt(i + 1))) {
        plain = false;
        c = text.charCodeAt(++i);
        continue;
      }
      break;
    }
    let end = i;
    let possessive = false;
    if (!plain && end - start > 2 && text.charCodeAt(end - 1) === 115 && isApostrophe(text.charCodeAt(end - 2))) {
      end -= 2;
      possessive = true;
    }
    const word = text.slice(start, end);
    const shape = plain ? plainShape(upper, lowerCount, digits, first) : shapeOf(word);
    // One unit skipped since the last word is the unit at prevEnd: a single space is the common gap.
    const gap =
      end === start
        ? GAP_SPACE
        : prevEnd + 1 === start && before === 32 && out.length > 0
          ? GAP_SPACE
          : gapOf(text, prevEnd, start, out.length === 0);
    // The scan stopped on the unit after the word (when inside the range); it tells both the full
    // stop and code glued after. A possessive's word ends before the "'s" the scan read past.
    const after = !possessive && i < to ? c : unitAt(text, end);
    out[out.length] = {
      start,
      end,
      text: word,
      // A plain word without a capital (a number, "abc123") is its own lower case: `toLowerCase` is a
      // runtime call for a string with two-byte characters, as most texts are, even when it changes nothing.
      lower:
        shape === LOWER || (plain && upper === 0) ? word : plain && shape === TITLE ? titleLower(text, start, end) : word.toLowerCase(),
      shape,
      gap,
      dot: after === 46,
      code: (before >= 0 ? isCodeUnitBefore(before) : isCodeBefore(text, start)) || isCodeAfter(text, end, after),
      possessive,
      cls: -1,
    };
    prevEnd = i;
    before = -1;
  }
  return out;
}

/**
 * The lower case of a plain capitalised word ([A-Z][a-z]+): its first letter folded and the rest as
 * is, without `toLowerCase` (a runtime call for a string with two-byte characters, as most texts are).
 */
function titleLower(text: string, start: number, end: number): string {
  return String.fromCharCode(text.charCodeAt(start) | 32) + text.slice(start + 1, end);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Shape of a word made of ASCII letters and digits only, with no capital after a small letter. */
function plainShape(upper: number, lower: number, digits: number, first: number): number {
  if (digits > 0) return upper + lower === 0 ? NUMBER : OTHER;
  if (upper === 0) return LOWER;
  if (first >= 97) return OTHER;
  if (lower > 0) return upper === 1 ? TITLE : OTHER; // "MACs", "IDs": plural acronyms
  return upper === 1 ? INITIAL : UPPER;
}
