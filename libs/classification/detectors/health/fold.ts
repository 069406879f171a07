/**
 * Accent- and case-folding word scanner for the clinical vocabulary. A word is a run of letters and
 * digits; it is folded as it is read (lowercase, diacritics dropped, 'ß' -> 'ss', 'æ' -> 'ae',
 * 'œ' -> 'oe', 'ł' -> 'l', 'ø' -> 'o', 'ı' -> 'i') and hashed on the fly with two independent 32-bit hashes, so nothing is allocated per
 * word. The vocabulary is folded the same way (scripts/gen-clinical-vocab.mjs) and keyed by the
 * same hash pair, so a lookup costs one probe of an open-addressing table (vocab-index.ts).
 *
 * Letters outside Latin (Greek, Cyrillic, CJK, …) are word characters that match nothing.
 */

export const H1_SEED = 0x811c9dc5 | 0;
export const H1_PRIME = 0x01000193;
export const H2_SEED = 0x2f6b3e1d | 0;
export const H2_MUL = 0x5bd1e995 | 0;

/** Folded code of an ASCII unit: lowercase letter or digit, 0 when it is not a word character. */
export const FOLD_ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) FOLD_ASCII[c] = c;
for (let c = 97; c <= 122; c++) FOLD_ASCII[c] = c;
for (let c = 65; c <= 90; c++) FOLD_ASCII[c] = c + 32;

/** Code that marks a letter with no Latin folding: it keeps words apart but matches nothing. */
export const FOREIGN = 1;

const LATIN_END = 0x250;
/** Folding of U+0080..U+024F: first folded code | second << 8 (0 = not a word character). */
const FOLD_LATIN = new Uint16Array(LATIN_END);
for (let c = 0x80; c < LATIN_END; c++) {
  const ch = String.fromCharCode(c);
  if (!/\p{L}|\p{N}/u.test(ch)) continue;
  // 'ł', 'ø' and Turkish dotless 'ı' have no Unicode decomposition: Polish 'płuc' folds to 'pluc', Danish 'søvn'
  // to 'sovn', Turkish 'kırığı' to 'kirigi' ('İ' decomposes to 'I' and a dot).
  const special =
    c === 0xdf
      ? 'ss'
      : c === 0xe6 || c === 0xc6
        ? 'ae'
        : c === 0x153 || c === 0x152
          ? 'oe'
          : c === 0x142 || c === 0x141
            ? 'l'
            : c === 0xf8 || c === 0xd8
              ? 'o'
              : c === 0x131
                ? 'i'
                : null;
  const base = special ?? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const a = base.charCodeAt(0);
  const b = base.length > 1 ? base.charCodeAt(1) : 0;
  const ok = base.length <= 2 && a < 128 && FOLD_ASCII[a] !== 0 && (b === 0 || (b < 128 && FOLD_ASCII[b] !== 0));
  FOLD_LATIN[c] = ok ? a | (b << 8) : FOREIGN;
}

/**
 * Folded code(s) of any UTF-16 unit: 0 for a separator, FOREIGN for a letter that matches nothing,
 * else one ASCII code, or two packed as `first | second << 8`.
 */
export function foldUnit(c: number): number {
  if (c < 128) return FOLD_ASCII[c] ?? 0;
  if (c < LATIN_END) return FOLD_LATIN[c] ?? 0;
  // General punctuation and spaces, CJK punctuation, specials: separators. Everything else is a letter.
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe6f) || c >= 0xfff0) return 0;
  if (c >= 0xd800 && c <= 0xdfff) return FOREIGN;
  return c === 0x00a0 ? 0 : FOREIGN;
}

/**
 * Result of the last `scanWord`: [end, h1, h2]. A module-level buffer: scanning allocates nothing.
 * (The main scan in terms.ts reads words inline; this is for the words that continue a phrase.)
 */
export const WORD = new Int32Array(3);
export const W_END = 0;
export const W_H1 = 1;
export const W_H2 = 2;

/** Reads the word starting at `i` (a word character) into WORD. */
export function scanWord(text: string, i: number): void {
  const n = text.length;
  let h1 = H1_SEED;
  let h2 = H2_SEED;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    let f: number;
    if (c < 128) {
      f = FOLD_ASCII[c] ?? 0;
      if (f === 0) break;
    } else {
      f = foldUnit(c);
      if (f === 0) break;
      if (f > 0xff) {
        const a = f & 0xff;
        h1 = Math.imul(h1 ^ a, H1_PRIME);
        h2 = (Math.imul(h2 ^ a, H2_MUL) + a) | 0;
        f >>= 8;
      }
    }
    h1 = Math.imul(h1 ^ f, H1_PRIME);
    h2 = (Math.imul(h2 ^ f, H2_MUL) + f) | 0;
  }
  WORD[W_END] = i;
  WORD[W_H1] = h1;
  WORD[W_H2] = h2;
}

/** Is `c` a word character (letter or digit in any script)? */
export function isWordUnit(c: number): boolean {
  return c < 128 ? FOLD_ASCII[c] !== 0 : foldUnit(c) !== 0;
}

/** Hash pair of an already folded ASCII string (used when building the tables). */
export function hashFolded(s: string, out: Int32Array): void {
  let h1 = H1_SEED;
  let h2 = H2_SEED;
  for (let i = 0; i < s.length; i++) {
    const f = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ f, H1_PRIME);
    h2 = (Math.imul(h2 ^ f, H2_MUL) + f) | 0;
  }
  out[0] = h1;
  out[1] = h2;
}
