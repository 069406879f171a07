import { ViewBuilder, type DecodedView } from './view-builder';

/**
 * Numbers read aloud, as call-centre transcripts and dictation write them: "four eight six four, one two
 * two five, …". A provider reads them as the number they are, so a card number spoken digit by digit is
 * still a card number. This view writes each run of digit words as digits (groups kept apart by a space
 * where the speaker paused with a comma, a dash or a full stop), mapped back onto the words, so the
 * ordinary detectors (Luhn for cards, checksums for ids) judge it.
 *
 * Only long runs count: twelve or more digit words in a row, with nothing but separators between them.
 * Prose never strings twelve number words together, so the words that are also articles or other words
 * ("un", "een", "uno", "six", "sept", "nul") cost nothing outside such a run.
 */

/** A word's hash, computed while scanning (ASCII letters folded to lower case): no string per word. */
function step(h: number, c: number): number {
  return (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c | 32 : c)) | 0;
}

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = step(h, word.charCodeAt(i));
  return h;
}

/**
 * Digit words of English, German, French, Spanish, Italian, Dutch and Portuguese (lower case), by hash;
 * a hash hit is confirmed on the word itself, so a collision costs nothing but a lookup.
 */
const DIGIT_WORDS: ReadonlyMap<number, { word: string; digit: string }[]> = (() => {
  const m = new Map<number, { word: string; digit: string }[]>();
  const add = (digit: number, words: string): void => {
    for (const word of words.split(' ')) {
      const h = hashOf(word);
      m.set(h, [...(m.get(h) ?? []), { word, digit: String(digit) }]);
    }
  };
  add(0, 'zero oh null zéro cero nul');
  add(1, 'one eins un une uno una een um uma');
  add(2, 'two zwei zwo deux dos due twee dois duas');
  add(3, 'three drei trois tres tre drie três');
  add(4, 'four vier quatre cuatro quattro quatro');
  add(5, 'five fünf funf cinq cinco cinque vijf');
  add(6, 'six sechs seis sei zes');
  add(7, 'seven sieben sept siete sette zeven sete');
  add(8, 'eight acht huit ocho otto oito');
  add(9, 'nine neun neuf nueve nove negen');
  return m;
})();

/** Fewest digit words in a run: shorter runs are counts and times, not identifiers. */
export const MIN_SPOKEN_RUN = 12;
/** Longest word looked up ("quattro", "cinque"): longer words are never digit words. */
const MAX_WORD = 7;
/** Most separator characters between two digit words of one run (", " or " - "). */
const MAX_GAP = 3;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** A separator inside a run: space, tab, comma, dash, full stop. */
function isRunSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 44 || c === 45 || c === 46 || c === 0x2013;
}

interface Word {
  start: number;
  end: number;
  digit: string;
}

/** The digit of the word `s[start, end)` whose hash is `h`, or null. */
function digitOf(s: string, start: number, end: number, h: number): string | null {
  if (end - start < 2 || end - start > MAX_WORD) return null;
  const hits = DIGIT_WORDS.get(h);
  if (hits === undefined) return null;
  const word = s.slice(start, end).toLowerCase();
  return hits.find((x) => x.word === word)?.digit ?? null;
}

/** Is the gap between two digit words a pause that separates groups (anything but plain spaces)? */
function isPause(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) !== 32 && s.charCodeAt(i) !== 9) return true;
  return false;
}

/**
 * Do the pauses of a run mark groups? Not when the speaker paused after every digit ("four, two, four,
 * …"): then the run is one number, written without spaces, as a card read slowly is still a card.
 */
function hasGroups(s: string, run: readonly Word[]): boolean {
  for (let k = 1; k < run.length; k++) if (!isPause(s, (run[k - 1] as Word).end, (run[k] as Word).start)) return true;
  return false;
}

/**
 * Probe spacing. A run of MIN_SPOKEN_RUN words of at least two letters with a separator between them
 * spans at least 35 characters, so a probe every 32 lands inside every run: text without one costs a
 * few reads per probe, not a look at every word.
 */
const PROBE_STEP = 32;

/** The digit word ending at `end` (exclusive), or null. */
function wordEndingAt(s: string, end: number): Word | null {
  let start = end;
  let h = 0;
  while (start > 0 && isLetter(s.charCodeAt(start - 1)) && end - start <= MAX_WORD) start--;
  if (start > 0 && isLetter(s.charCodeAt(start - 1))) return null;
  for (let i = start; i < end; i++) h = step(h, s.charCodeAt(i));
  const digit = digitOf(s, start, end, h);
  return digit === null ? null : { start, end, digit };
}

/** The digit word starting at `start`, or null. */
function wordStartingAt(s: string, start: number): Word | null {
  let end = start;
  let h = 0;
  while (end < s.length && isLetter(s.charCodeAt(end)) && end - start <= MAX_WORD) h = step(h, s.charCodeAt(end++));
  if (end < s.length && isLetter(s.charCodeAt(end))) return null;
  const digit = digitOf(s, start, end, h);
  return digit === null ? null : { start, end, digit };
}

/** Start of the word around `i` (a letter), or -1 when `i` is in a gap with no word within MAX_GAP after it. */
function wordAround(s: string, i: number): number {
  let k = i;
  while (k < s.length && k - i <= MAX_GAP && !isLetter(s.charCodeAt(k))) k++;
  if (k >= s.length || !isLetter(s.charCodeAt(k))) return -1;
  // At most MAX_WORD back: a longer word is no digit word, and an unbounded walk from every probe made a
  // megabyte of one letter quadratic.
  const floor = Math.max(0, k - MAX_WORD);
  while (k > floor && isLetter(s.charCodeAt(k - 1))) k--;
  return k > 0 && isLetter(s.charCodeAt(k - 1)) ? -1 : k;
}

/** The run of digit words through the digit word `w`: back to its first word, then forward to its last. */
function runThrough(s: string, w: Word): Word[] {
  let first = w;
  for (;;) {
    let gap = first.start;
    while (gap > 0 && first.start - gap < MAX_GAP && isRunSeparator(s.charCodeAt(gap - 1))) gap--;
    const prev = gap < first.start ? wordEndingAt(s, gap) : null;
    if (prev === null) break;
    first = prev;
  }
  const run: Word[] = [first];
  for (let cur = first; ; ) {
    let next = cur.end;
    while (next < s.length && next - cur.end < MAX_GAP && isRunSeparator(s.charCodeAt(next))) next++;
    const w2 = next > cur.end && next < s.length ? wordStartingAt(s, next) : null;
    if (w2 === null) return run;
    run.push(w2);
    cur = w2;
  }
}

/** Runs of at least MIN_SPOKEN_RUN digit words, each as its words in order. */
function spokenRuns(s: string): Word[][] {
  const runs: Word[][] = [];
  let scannedTo = 0;
  for (let probe = 0; probe < s.length; probe += PROBE_STEP) {
    if (probe < scannedTo) continue;
    const start = wordAround(s, probe);
    const w = start < 0 ? null : wordStartingAt(s, start);
    if (w === null) continue;
    const run = runThrough(s, w);
    scannedTo = (run[run.length - 1] as Word).end;
    if (run.length >= MIN_SPOKEN_RUN) runs.push(run);
  }
  return runs;
}

/** The view, or null when `s` holds no long run of digit words (the common case: one scan, no string per word). */
export function spokenDigitsView(s: string): DecodedView | null {
  const runs = spokenRuns(s);
  if (runs.length === 0) return null;
  const b = new ViewBuilder();
  let copied = 0;
  for (const run of runs) {
    b.plain(s, copied, (run[0] as Word).start);
    const groups = hasGroups(s, run);
    run.forEach((w, k) => {
      const prev = run[k - 1];
      if (groups && prev !== undefined && isPause(s, prev.end, w.start)) b.char(' ', prev.end, w.start);
      b.char(w.digit, w.start, w.end);
    });
    copied = (run[run.length - 1] as Word).end;
  }
  b.plain(s, copied, s.length);
  return b.view();
}
