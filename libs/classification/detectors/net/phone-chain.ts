/**
 * The candidate scan of PHONE_NUMBER (see phone.ts): digit groups and the separators between
 * them, kept in fixed scratch buffers (detection is synchronous, so one set serves every call),
 * and the groupings that belong to other identifiers.
 */

/** Groups kept per window of a chain; a longer chain slides (see phone.ts). */
export const MAX_CHAIN = 48;

// Primary kind of the gap before a group (one bit each, so internal gaps fold into a mask).
export const K_SPACE = 1;
export const K_DASH = 2;
export const K_DOT = 4;
export const K_SLASH = 8;
export const K_NEWLINE = 16;
export const K_OPEN = 32;
export const K_CLOSE = 64;

// Scratch for one window of a chain.
export const gs = new Int32Array(MAX_CHAIN); // digit run start
export const ge = new Int32Array(MAX_CHAIN); // digit run end
export const gap = new Int32Array(MAX_CHAIN); // primary kind of the gap before the group (0 for the first)
export const gapOpen = new Uint8Array(MAX_CHAIN); // that gap ends with '(' (the group is parenthesised)
export const gapClose = new Uint8Array(MAX_CHAIN); // that gap starts with ')' (the previous group was)

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isWordChar = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** What the last successful {@link scanGap} saw. */
export const lastGap = { kind: 0, open: 0, close: 0 };

/** Start of the next digit run if `text[from…]` is a valid separator, else -1 (fills {@link lastGap}). */
export function scanGap(text: string, from: number): number {
  let spaces = 0;
  let punct = 0;
  let newline = 0;
  let open = 0;
  let close = 0;
  let i = from;
  for (; i < text.length && i - from < 8; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) break;
    if (open) return -1; // '(' must be the last character of a gap
    if (c === 32 || c === 9) spaces++;
    else if (c === 45) punct = K_DASH | (punct ? 128 : 0);
    else if (c === 46) punct = K_DOT | (punct ? 128 : 0);
    else if (c === 47) punct = K_SLASH | (punct ? 128 : 0);
    else if (c === 10) newline++;
    else if (c === 13) newline += text.charCodeAt(i + 1) === 10 ? 0 : 1;
    else if (c === 40) open = 1;
    else if (c === 41 && i === from) close = 1;
    else return -1;
  }
  if (i === from || i >= text.length || !isDigit(text.charCodeAt(i))) return -1;
  if (spaces > 4 || newline > 1 || punct >= 128) return -1;
  // A line break next to a separator ("415-555-\n0132") is incidental; alone, it is its own kind.
  lastGap.kind = open ? K_OPEN : close ? K_CLOSE : punct || (newline ? K_NEWLINE : K_SPACE);
  lastGap.open = open;
  lastGap.close = close;
  return i;
}

export const len = (k: number): number => (ge[k] as number) - (gs[k] as number);
const num = (text: string, k: number): number => Number(text.slice(gs[k], ge[k]));

/**
 * Groupings that are other identifiers' formats: a date, an IPv4 address, two or more '/' (DE tax
 * numbers "123/456/78901"); and, unless a phone word precedes (`cued`), US SSN / KR BRN
 * (ddd-dd-dddd(d)), CA SIN (ddd ddd ddd) and a check digit alone in the last group ("2123 45670 1").
 */
export function refusedShape(text: string, a: number, b: number, mask: number, cued: boolean): boolean {
  const groups = b - a;
  if (!cued && groups >= 2 && len(b - 1) === 1) return true;
  let slashes = 0;
  for (let k = a + 1; k < b; k++) if (gap[k] === K_SLASH) slashes++;
  if (slashes >= 2) return true;
  if (groups === 3) {
    const [l0, l1, l2] = [len(a), len(a + 1), len(a + 2)];
    if (!cued && l0 === 3 && l1 === 3 && l2 === 3) return true;
    if (!cued && l0 === 3 && l1 === 2 && (mask === K_DASH || l2 === 4)) return true;
    if (mask === K_DASH || mask === K_DOT || mask === K_SLASH) {
      if (l0 === 4 && l1 <= 2 && l2 <= 2) return true; // 2024-01-15
      const [x, y] = [num(text, a), num(text, a + 1)];
      if (l0 <= 2 && l1 <= 2 && (l2 === 2 || l2 === 4) && x >= 1 && y >= 1 && ((x <= 12 && y <= 31) || (x <= 31 && y <= 12))) return true;
    }
  }
  // Dotted quads of 1-3 digits are IPv4-like (valid or not) unless paired like "532.123.45.67".
  if (groups === 4 && mask === K_DOT && len(a) <= 3 && len(a + 1) <= 3 && !(len(a + 2) === 2 && len(a + 3) === 2)) return true;
  return false;
}

/** "NL91 ABNA 0417 1643 00": four-digit blocks right after a four-character code are its tail. */
export function afterBlockCode(text: string, start: number): boolean {
  if (start < 5 || text.charCodeAt(start - 1) !== 32) return false;
  let letter = false;
  for (let i = start - 5; i < start - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) letter = true;
    else if (!isDigit(c)) return false;
  }
  return letter && !(start > 5 && isWordChar(text.charCodeAt(start - 6)));
}
