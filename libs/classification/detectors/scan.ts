/**
 * Facts about one (normalised) text that many detectors need, found in one pass and shared by all
 * of them (`analyze.ts` computes it once per text): where the runs of ASCII digits are. Numeric
 * detectors try their patterns only where a run that could begin a match starts, instead of each
 * scanning the whole text with its own regex (most positions of a text are no candidate for any).
 */
export interface TextScan {
  /** Start of every maximal run of ASCII digits, ascending; run `k` is `[runStarts[k], runEnds[k])`. */
  readonly runStarts: readonly number[];
  readonly runEnds: readonly number[];
  readonly runs: number;
}

const DIGIT_RUN = /[0-9]+/g;

/**
 * One regex pass (V8 runs it several times faster than a loop over `charCodeAt`). The runs go into
 * plain arrays of small integers, which live on the JS heap: typed arrays over 64 bytes get an
 * off-heap backing store, and growing them cost more than the scan itself.
 */
export function scanText(text: string): TextScan {
  const starts: number[] = [];
  const ends: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    starts.push(m.index);
    ends.push(DIGIT_RUN.lastIndex);
  }
  return { runStarts: starts, runEnds: ends, runs: starts.length };
}

/** Does the text hold a run of `min` to `max` digits? A cheap gate before a detector's cue scan. */
export function hasDigitRun(scan: TextScan, min: number, max = min): boolean {
  for (let k = 0; k < scan.runs; k++) {
    const len = (scan.runEnds[k] as number) - (scan.runStarts[k] as number);
    if (len >= min && len <= max) return true;
  }
  return false;
}

/** Is `text[i]` an ASCII letter (either case)? False outside the text. */
export function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 32;
  return c >= 97 && c <= 122;
}

/** Is `text[i]` an ASCII capital? False outside the text. */
export function capitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}

/** Is `text[i]` one of `chars`? False outside the text. */
export function charIn(text: string, i: number, chars: string): boolean {
  return i >= 0 && i < text.length && chars.includes(text.charAt(i));
}

/** Tells whether a match may begin at digit run `[start, end)` (a necessary condition only). */
export type RunFilter = (text: string, start: number, end: number) => boolean;

/** Where a match's first digit run starts, relative to the match: at its first character. */
export const AT_RUN: readonly number[] = [0];

/**
 * Runs the sticky regex `re` at `start + offset` of every digit run that `admit` accepts, offsets
 * ascending and at most two apart (runs start at least two apart, so the tries are in text order; a
 * position tried again fails again), skipping tries inside the previous match. That yields exactly
 * the matches of the same pattern scanned globally, provided
 * every match of `re` begins `offset` characters before the start of its first digit run, for one
 * of the offsets, and `admit` accepts that run. `onMatch` may return where the next match may begin
 * at the earliest (by default where this one ends), like a global scan whose `lastIndex` was moved.
 */
export function execAtRuns(
  text: string,
  scan: TextScan,
  re: RegExp,
  offsets: readonly number[],
  admit: RunFilter | null,
  onMatch: (m: RegExpExecArray) => number | void,
): void {
  let from = 0;
  for (let k = 0; k < scan.runs; k++) {
    const start = scan.runStarts[k] as number;
    const end = scan.runEnds[k] as number;
    if (start + (offsets[offsets.length - 1] as number) < from || (admit !== null && !admit(text, start, end))) continue;
    for (const offset of offsets) {
      const at = start + offset;
      if (at < from || at < 0) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null) continue;
      const next = onMatch(m);
      from = typeof next === 'number' ? next : m.index + m[0].length;
      break;
    }
  }
}

/**
 * Calls `visit(start, end)` for every maximal run of units that `table` accepts (ASCII units only: a
 * 1 at the unit's code) at least `min` units long, in text order. `visit` may return where the
 * search resumes (at or after `end`: a separator it consumed), by default `end`.
 * Such a run covers `min` consecutive positions, so it holds one of every `min`-th position: only
 * those are sampled, and the run around a sampled accepted unit is measured. Prose is read at a
 * fraction of its units, and no unit more than twice (linear).
 */
export function forEachLongRun(text: string, table: Uint8Array, min: number, visit: (start: number, end: number) => number | void): void {
  forEachLongRunIn(text, 0, text.length, table, min, visit);
}

/** `forEachLongRun` over `text[lo, hi)` only (runs are cut at its edges). */
export function forEachLongRunIn(
  text: string,
  lo: number,
  hi: number,
  table: Uint8Array,
  min: number,
  visit: (start: number, end: number) => number | void,
): void {
  const n = hi;
  const accepted = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c < 128 && table[c] === 1;
  };
  let from = lo; // no run starts before this (where the last visit resumed)
  let p = lo + min - 1;
  while (p < n) {
    if (!accepted(p)) {
      p += min;
      continue;
    }
    let start = p;
    while (start > from && accepted(start - 1)) start--;
    let end = p + 1;
    while (end < n && accepted(end)) end++;
    if (end - start >= min) {
      const next = visit(start, end);
      from = typeof next === 'number' && next > end ? next : end;
    } else from = end;
    // The next run starts after `from`: it covers the position `min - 1` after it.
    p = from + min - 1;
  }
}

/** Units of the runs `tokenRuns` finds ([A-Za-z0-9_.+/=-]: vendor tokens, base64 and base64url). */
const TOKEN_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.+/=-') TOKEN_CHAR[c.charCodeAt(0)] = 1;
/** Shortest run `tokenRuns` reports. */
export const MIN_TOKEN_RUN = 15;

let tokenRunsText: string | null = null;
let tokenRunsFound: readonly number[] = [];

/**
 * Every maximal run of TOKEN_CHAR units at least MIN_TOKEN_RUN long, as [start, end) pairs in text
 * order (read-only). Secret tokens and base64 payloads both lie in such runs, and both look at the
 * same text one after the other, so the runs of the last text asked are kept: the second reader
 * does not sample the whole text again.
 */
export function tokenRuns(text: string): readonly number[] {
  if (text !== tokenRunsText) {
    const runs: number[] = [];
    forEachLongRun(text, TOKEN_CHAR, MIN_TOKEN_RUN, (start, end) => {
      runs.push(start, end);
    });
    tokenRunsText = text;
    tokenRunsFound = runs;
  }
  return tokenRunsFound;
}

/** Whether runs of some text are kept (for tests). */
export function keepsTokenRuns(): boolean {
  return tokenRunsText !== null;
}

/** Drops the kept runs and their text: no request text stays in memory after a classification. */
export function forgetTokenRuns(): void {
  tokenRunsText = null;
  tokenRunsFound = [];
}
