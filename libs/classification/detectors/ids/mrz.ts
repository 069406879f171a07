import type { Span } from '../types';

/**
 * MRZ: the machine-readable zone of a passport or an identity card (ICAO Doc 9303), which holds the
 * holder's name, document number, nationality, date of birth and sex — personal data as a whole.
 *   - TD3 (passports): two lines of 44 characters, the first starting with "P";
 *   - TD2 (ID cards, visas): two lines of 36;
 *   - TD1 (ID cards): three lines of 30.
 * Characters are A-Z, 0-9 and the filler "<". A zone is reported only when every check digit of
 * its data line(s) is right (document number, date of birth, date of expiry, composite; weights
 * 7, 3, 1 repeating, letters A=10 … Z=35, filler 0), so a random run of capitals and "<" never is.
 * The name line (TD3/TD2 line 1) is included when it sits right above a valid data line.
 *
 * Linear time: one regex pass with a bounded quantifier finds the candidate lines; each is checked
 * a constant number of times.
 */
export const MRZ_SCORE = 1;
/** A data line whose check digits hold but whose name line is missing: still a document's zone. */
export const MRZ_LINE_SCORE = 0.9;

const LINE_RE = /(?<![A-Z0-9<])[A-Z0-9<]{30,44}(?![A-Z0-9<])/g;
const WEIGHTS = [7, 3, 1];

function charValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return c === 60 ? 0 : -1;
}

/** ICAO 9303 check digit over `s[from, to)`; -1 on an invalid character. */
export function mrzCheckDigit(s: string, from = 0, to = s.length): number {
  let sum = 0;
  for (let i = from; i < to; i++) {
    const v = charValue(s.charCodeAt(i));
    if (v < 0) return -1;
    sum += v * (WEIGHTS[(i - from) % 3] as number);
  }
  return sum % 10;
}

/** Does the digit at `s[at]` check the field `s[from, at)`? (A "<" check digit is allowed only over an all-filler field.) */
function checks(s: string, from: number, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c === 60) return /^<+$/.test(s.slice(from, at));
  return c >= 48 && c <= 57 && mrzCheckDigit(s, from, at) === c - 48;
}

/** Check digit over the concatenation of several ranges of `s`. */
function compositeOk(s: string, ranges: readonly (readonly [number, number])[], at: number): boolean {
  let joined = '';
  for (const [a, b] of ranges) joined += s.slice(a, b);
  const c = s.charCodeAt(at);
  return c >= 48 && c <= 57 && mrzCheckDigit(joined) === c - 48;
}

const DATE = /^\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
const SEX = /^[MFX<]$/;
const STATE = /^[A-Z<]{3}$/;

/** TD3 line 2 (44) and TD2 line 2 (36): number, nationality, birth, sex, expiry, optional data, composite. */
function validDataLine(l: string): boolean {
  const n = l.length;
  if (n !== 44 && n !== 36) return false;
  if (!STATE.test(l.slice(10, 13)) || !DATE.test(l.slice(13, 19)) || !SEX.test(l.charAt(20)) || !DATE.test(l.slice(21, 27))) return false;
  if (!checks(l, 0, 9) || !checks(l, 13, 19) || !checks(l, 21, 27)) return false;
  if (n === 44 && !checks(l, 28, 42)) return false;
  return compositeOk(
    l,
    [
      [0, 10],
      [13, 20],
      [21, n - 1],
    ],
    n - 1,
  );
}

/** TD3/TD2 line 1: document code (P… for TD3), issuing state, names. */
function validNameLine(l: string, n: number): boolean {
  if (l.length !== n || !/^[A-Z][A-Z<]$/.test(l.slice(0, 2)) || !STATE.test(l.slice(2, 5))) return false;
  return (n !== 44 || l.charCodeAt(0) === 80) && /^[A-Z<]+$/.test(l.slice(5)) && l.includes('<<');
}

/** TD1: line 1 (code, state, number, check, optional), line 2 (birth, sex, expiry, nationality, composite), line 3 (names). */
function validTd1(l1: string, l2: string): boolean {
  if (!/^[A-Z][A-Z<]$/.test(l1.slice(0, 2)) || !STATE.test(l1.slice(2, 5))) return false;
  if (!DATE.test(l2.slice(0, 6)) || !SEX.test(l2.charAt(7)) || !DATE.test(l2.slice(8, 14)) || !STATE.test(l2.slice(15, 18))) return false;
  if (!checks(l1, 5, 14) || !checks(l2, 0, 6) || !checks(l2, 8, 14)) return false;
  const joined = l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29);
  const c = l2.charCodeAt(29);
  return c >= 48 && c <= 57 && mrzCheckDigit(joined) === c - 48;
}

interface Line {
  start: number;
  end: number;
}

/** Only a line break (and spaces or tabs) between two lines. */
function adjacent(text: string, a: Line, b: Line): boolean {
  const gap = text.slice(a.end, b.start);
  return /^[ \t]*\r?\n[ \t]*$/.test(gap);
}

export function detectMrz(text: string, out: Span[]): void {
  if (text.indexOf('<') === -1) return; // every zone holds fillers; most prose has none
  const lines: Line[] = [];
  LINE_RE.lastIndex = 0;
  for (let m = LINE_RE.exec(text); m !== null; m = LINE_RE.exec(text)) {
    const n = m[0].length;
    if ((n === 30 || n === 36 || n === 44) && m[0].includes('<')) lines.push({ start: m.index, end: m.index + n });
  }
  const at = (l: Line): string => text.slice(l.start, l.end);
  let used = -1; // index of the last line already inside a reported zone
  for (let i = 0; i < lines.length; i++) {
    const cur = lines[i] as Line;
    const s = at(cur);
    const prev = i - 1 > used ? lines[i - 1] : undefined;
    if (s.length === 30) {
      const next = lines[i + 1];
      const third = lines[i + 2];
      if (next === undefined || next.end - next.start !== 30 || !adjacent(text, cur, next) || !validTd1(s, at(next))) continue;
      const last = third !== undefined && third.end - third.start === 30 && adjacent(text, next, third) ? i + 2 : i + 1;
      out.push({ entityType: 'MRZ', start: cur.start, end: (lines[last] as Line).end, score: MRZ_SCORE });
      used = last;
      i = last;
      continue;
    }
    if (!validDataLine(s)) continue;
    const named = prev !== undefined && adjacent(text, prev, cur) && validNameLine(at(prev), s.length);
    out.push({ entityType: 'MRZ', start: named ? prev.start : cur.start, end: cur.end, score: named ? MRZ_SCORE : MRZ_LINE_SCORE });
    used = i;
  }
}
