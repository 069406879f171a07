/**
 * Cheap, length-aware normalisation before detection (SPEC §4): invisible format characters
 * (zero-width, soft hyphen, bidi controls) are removed, and a few 1:1 folds undo common evasions
 * (fullwidth ASCII incl. fullwidth digits, exotic spaces and dashes). Every kept character keeps an
 * offset back to the original so findings are reported on the text the caller sent.
 *
 * Not done here (left to the later Presidio-compatible engine): full NFKC, which changes lengths
 * within combining sequences.
 */
export interface Normalized {
  text: string;
  /** `map[i]` is the original index of normalised index `i`; `null` when the text was unchanged. */
  map: Int32Array | null;
}

/** Quick test so the common (clean) text costs one regex scan and no allocation. */
const NEEDS_WORK = /[\u00A0\u00AD\u061C\u2000-\u200F\u2010-\u2015\u202A-\u202F\u205F\u2060\u2066-\u2069\u2212\u3000\uFEFF\uFF01-\uFF5E]/;

const REMOVE = -1;

/** Returns the replacement code unit, `REMOVE`, or the code unit itself. */
function fold(c: number): number {
  if (c < 0xa0) return c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // fullwidth ASCII, incl. digits U+FF10-U+FF19
  if (
    (c >= 0x200b && c <= 0x200f) || // zero-width space/non-joiner/joiner, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings and overrides
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0x2060 || c === 0xfeff || c === 0x00ad || c === 0x061c
  ) {
    return REMOVE;
  }
  if (c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return 0x20;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return 0x2d;
  return c;
}

const CHUNK = 4096;

export function normalize(text: string): Normalized {
  if (!NEEDS_WORK.test(text)) return { text, map: null };
  const codes = new Uint16Array(text.length);
  const map = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const f = fold(text.charCodeAt(i));
    if (f === REMOVE) continue;
    codes[n] = f;
    map[n] = i;
    n++;
  }
  map[n] = text.length;
  let out = '';
  for (let i = 0; i < n; i += CHUNK) {
    out += String.fromCharCode.apply(null, Array.from(codes.subarray(i, Math.min(n, i + CHUNK))));
  }
  return { text: out, map: map.subarray(0, n + 1) };
}

/**
 * Maps a normalised span `[start, end)` back to the original text. The end is taken after the last
 * kept character, so invisible characters that trail a match are not swallowed into it.
 */
export function toOriginalSpan(map: Int32Array | null, start: number, end: number): [number, number] {
  if (map === null) return [start, end];
  const s = map[start] ?? 0;
  const e = end > start ? (map[end - 1] ?? s) + 1 : s;
  return [s, e];
}
