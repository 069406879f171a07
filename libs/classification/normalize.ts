/**
 * Normalisation before detection (SPEC §4): NFKC, invisible characters removed, dashes folded, with
 * an exact map back to the original offsets so findings and redactions land on the text the caller
 * sent, invisible characters included.
 *
 * How: the text is cut into segments, each a base code point plus the combining marks that follow
 * it (\p{M}, plus the halfwidth kana sound marks U+FF9E/U+FF9F, which NFKC turns into marks), and
 * NFKC is applied per segment. A segment's output may be longer or shorter than its input (ligature
 * 'ﬁ' -> 'fi', '①' -> '1', 'e' + U+0301 -> 'é', U+FDFA -> 18 units); every output unit maps back to
 * its whole segment `[start, end)`. Default-ignorable code points (zero-width characters, bidi
 * controls, soft hyphen, word joiner, BOM, variation selectors, Hangul fillers, tag characters) are
 * removed before segmentation: they map nowhere, and they end a segment.
 *
 * Differences from whole-string NFKC, on purpose: composition never crosses a segment (conjoining
 * Hangul jamo are not recombined into syllables), and a run of more than 30 marks is cut into
 * several segments (UAX #15 stream-safe limit). ICU reorders combining marks by insertion, which is
 * quadratic in the length of a mark run; the cut keeps normalisation linear on adversarial input.
 */

/** Maps every normalised UTF-16 unit `i` to the original segment `[starts[i], ends[i])` it came from. */
export interface OffsetMap {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

export interface Normalized {
  text: string;
  /** `null` when the text was already normal (then offsets are the identity). */
  map: OffsetMap | null;
}

/** Longest mark run kept in one segment (UAX #15 stream-safe text format). */
const MAX_MARKS = 30;

const NOT_ASCII = /[^\x00-\x7f]/;
/** Characters removed (default-ignorable) or folded after NFKC (dashes NFKC keeps). */
const NEEDS_WORK = /[\p{Default_Ignorable_Code_Point}\u2010-\u2015\u2212]/u;
/** One removable code point at `lastIndex`. */
const REMOVABLE = /\p{Default_Ignorable_Code_Point}/uy;
/** Up to `MAX_MARKS` combining code points at `lastIndex` that are not removable. */
const MARKS = new RegExp(`(?:(?!\\p{Default_Ignorable_Code_Point})[\\p{M}\\uFF9E\\uFF9F]){1,${MAX_MARKS}}`, 'uy');

/** Dashes NFKC leaves alone, folded to '-' so digit groups separated by them stay detectable. */
function foldDash(u: number): number {
  return (u >= 0x2010 && u <= 0x2015) || u === 0x2212 ? 0x2d : u;
}

/** Growable output: code units plus the segment each came from. */
class Builder {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  n = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  reserve(extra: number): void {
    const need = this.n + extra;
    if (need <= this.codes.length) return;
    const size = Math.max(need, this.codes.length * 2);
    const grow = <T extends Uint16Array | Int32Array>(a: T, b: T): T => {
      b.set(a.subarray(0, this.n));
      return b;
    };
    this.codes = grow(this.codes, new Uint16Array(size));
    this.starts = grow(this.starts, new Int32Array(size));
    this.ends = grow(this.ends, new Int32Array(size));
  }

  push(unit: number, start: number, end: number): void {
    this.codes[this.n] = unit;
    this.starts[this.n] = start;
    this.ends[this.n] = end;
    this.n++;
  }

  text(): string {
    // Raw UTF-16 code units to a string, lone surrogates preserved; Buffer's utf16le does it in one
    // native call (the fallback covers big-endian hosts).
    if (LITTLE_ENDIAN) return Buffer.from(this.codes.buffer, this.codes.byteOffset, this.n * 2).toString('utf16le');
    const CHUNK = 4096;
    let out = '';
    for (let i = 0; i < this.n; i += CHUNK) {
      out += String.fromCharCode.apply(null, Array.from(this.codes.subarray(i, Math.min(this.n, i + CHUNK))));
    }
    return out;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function isHigh(u: number): boolean {
  return (u & 0xfc00) === 0xd800;
}
function isLow(u: number): boolean {
  return (u & 0xfc00) === 0xdc00;
}

/**
 * Per BMP code unit, computed once per process on first sight: whether it is a segment of its own
 * that NFKC and the folds leave as is (STABLE), and whether it may extend a segment (MARK;
 * surrogates count as MARK, conservatively, so they take the general path).
 */
const FLAGS = new Uint8Array(0x10000);
const KNOWN = 1;
const STABLE = 2;
const MARK = 4;
const IS_DI = /^\p{Default_Ignorable_Code_Point}$/u;
const IS_MARK = /^[\p{M}\uFF9E\uFF9F]$/u;

function flags(u: number): number {
  let f = FLAGS[u] ?? 0;
  if (f !== 0) return f;
  f = KNOWN;
  if (isHigh(u) || isLow(u)) f |= MARK;
  else {
    const s = String.fromCharCode(u);
    const removable = IS_DI.test(s);
    if (!removable && IS_MARK.test(s)) f |= MARK;
    if (!removable && foldDash(u) === u && s.normalize('NFKC') === s) f |= STABLE;
  }
  FLAGS[u] = f;
  return f;
}

/**
 * A mark run long enough for ICU's reordering to go quadratic (more than MAX_MARKS marks): never
 * normalise it in one call. Asked only of text without default-ignorable code points, so the flags'
 * MARK (marks that are not removable) is every mark; BMP units are judged by the cached flags (only
 * units >= U+0300 can be marks), an astral code point, rare, by the regex on that one code point.
 */
function hasLongMarkRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let mark: boolean;
    if (c < 0x300) mark = false;
    else if (isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      mark = IS_MARK.test(text.slice(i, i + 2));
      i++;
    } else mark = !isHigh(c) && !isLow(c) && (flags(c) & MARK) !== 0;
    if (!mark) run = 0;
    else if (++run > MAX_MARKS) return true;
  }
  return false;
}

/** The next non-ASCII unit from `lastIndex` (a global regex: V8 skips ASCII far faster than a loop). */
const NEXT_NOT_ASCII = /[^\x00-\x7f]/g;

/**
 * Is every unit a segment of its own that stays as it is (ASCII, or STABLE and no mark)? Then the
 * segment-wise normalisation below would copy the text unchanged with an identity map: the text is
 * its own normal form. Only the non-ASCII units are looked at (cached flags); most non-English text
 * (accented Latin, Greek, Cyrillic, CJK) takes it, and is spared the whole-string NFKC and the scans
 * before it.
 */
function allStable(text: string): boolean {
  NEXT_NOT_ASCII.lastIndex = 0;
  while (NEXT_NOT_ASCII.test(text)) {
    if ((flags(text.charCodeAt(NEXT_NOT_ASCII.lastIndex - 1)) & (STABLE | MARK)) !== STABLE) return false;
  }
  return true;
}

/**
 * Copies the ASCII units of `text` from `i` on into `out`, each a segment of its own mapped to
 * itself, up to the first non-ASCII unit or the end; returns where it stopped. The last ASCII unit
 * is left to the caller when a non-ASCII unit follows it (it may be the base of a combining mark).
 */
function copyAscii(text: string, i: number, out: Builder): number {
  NEXT_NOT_ASCII.lastIndex = i;
  const stop = NEXT_NOT_ASCII.test(text) ? NEXT_NOT_ASCII.lastIndex - 2 : text.length;
  if (stop <= i) return i;
  out.reserve(stop - i);
  for (let k = i; k < stop; k++) out.push(text.charCodeAt(k), k, k + 1);
  return stop;
}

/**
 * Normalises `text` for detection.
 * MUST run in time linear in `text.length`; MUST NOT allocate for plain ASCII text (one regex scan);
 * text that is already normal (NFKC, nothing to remove or fold) comes back as is, with `map: null`.
 */
export function normalize(text: string): Normalized {
  if (!NOT_ASCII.test(text) || allStable(text)) return { text, map: null };
  if (!NEEDS_WORK.test(text) && !hasLongMarkRun(text) && text.normalize('NFKC') === text) return { text, map: null };
  const len = text.length;
  const out = new Builder(len + 16);
  let i = 0;
  while (i < len) {
    i = copyAscii(text, i, out);
    if (i >= len) break;
    const c = text.charCodeAt(i);
    // A stable unit (all of ASCII) not followed by a mark is a segment that stays as it is.
    if (c < 0x80 || (flags(c) & STABLE) !== 0) {
      const d = i + 1 < len ? text.charCodeAt(i + 1) : 0;
      if (d < 0x300 || (flags(d) & MARK) === 0) {
        out.reserve(1);
        out.push(c, i, i + 1);
        i++;
        continue;
      }
    }
    REMOVABLE.lastIndex = i;
    if (REMOVABLE.test(text)) {
      i = REMOVABLE.lastIndex;
      continue;
    }
    let j = i + (isHigh(c) && i + 1 < len && isLow(text.charCodeAt(i + 1)) ? 2 : 1);
    MARKS.lastIndex = j;
    if (MARKS.test(text)) j = MARKS.lastIndex;
    const seg = text.slice(i, j).normalize('NFKC');
    out.reserve(seg.length);
    for (let k = 0; k < seg.length; k++) out.push(foldDash(seg.charCodeAt(k)), i, j);
    i = j;
  }
  return { text: out.text(), map: { starts: out.starts.subarray(0, out.n), ends: out.ends.subarray(0, out.n) } };
}

/**
 * Maps a normalised span `[start, end)` back to the original text: from the start of the segment
 * of its first unit to the end of the segment of its last unit. So a span covers exactly the
 * original characters it came from: invisible characters inside it are included, those just
 * before or after it are not; a span that cuts a segment (half of 'ﬁ') widens to the whole segment.
 * Out-of-range offsets are clamped; an empty span maps to an empty span.
 */
export function toOriginalSpan(map: OffsetMap | null, start: number, end: number): [number, number] {
  if (map === null) return [start, end];
  const n = map.starts.length;
  if (n === 0) return [0, 0];
  const s = Math.max(0, Math.min(start, n));
  const e = Math.max(s, Math.min(end, n));
  if (e > s) return [map.starts[s] ?? 0, map.ends[e - 1] ?? 0];
  const p = s < n ? (map.starts[s] ?? 0) : (map.ends[n - 1] ?? 0);
  return [p, p];
}
