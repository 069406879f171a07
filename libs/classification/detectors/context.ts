/**
 * Context words raise weak matches (Presidio's context enhancement), looked up in a bounded window
 * before the match so the cost per match stays constant.
 */
export function hasContextBefore(text: string, start: number, cue: RegExp, window = 48): boolean {
  if (start === 0) return false;
  return cue.test(text.slice(Math.max(0, start - window), start));
}

const CODE_0 = 48;
const CODE_9 = 57;

export function isDigitCode(c: number): boolean {
  return c >= CODE_0 && c <= CODE_9;
}

/** Is `text[i]` an ASCII letter? False outside the string. */
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i) | 32;
  return c >= 97 && c <= 122;
}

/** Does a sentence end at `text[i]`: a line break, or '.', '!' or '?' before a space or the end of the text? */
export function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || c === 13 || ((c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || text.charCodeAt(i + 1) === 32));
}

/** Does a sentence end anywhere in `text[from, to)` (see isSentenceEnd)? */
export function sentenceEndIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSentenceEnd(text, i)) return true;
  return false;
}

/** Bounds of the sentence around `text[start, end)` (see isSentenceEnd), at most `radius` characters each side. */
export function sentenceAround(text: string, start: number, end: number, radius: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < radius && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < radius && !isSentenceEnd(text, to)) to++;
  return [from, to];
}
