/**
 * Check-digit algorithms and small scanning helpers shared by the ids family. Every function is
 * pure, allocation-light and linear in its input; callers pass at most a few dozen characters.
 */

/** Digit value of `s[i]` (0-9), or -1 when it is not an ASCII digit. */
export function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** The ASCII digits of `s`, in order (separators dropped). */
export function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (digitAt(s, i) >= 0) out += s[i];
  return out;
}

/** True when every character of a non-empty string is the same ("000000000"). */
export function allSame(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== s.charCodeAt(0)) return false;
  return s.length > 0;
}

/** A placeholder-like digit string: one repeated digit, or a run up or down ("0123456789", "987654321"). */
export function trivialDigits(s: string): boolean {
  if (allSame(s)) return true;
  let up = true;
  let down = true;
  for (let i = 1; i < s.length; i++) {
    const step = (s.charCodeAt(i) - s.charCodeAt(i - 1) + 10) % 10;
    if (step !== 1) up = false;
    if (step !== 9) down = false;
  }
  return up || down;
}

/** Luhn (mod 10) over a digit string, check digit last. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** ISO 7064 MOD 11,10 check digit over `digits` (used by the German Steuer-IdNr and USt-IdNr). */
export function iso7064Mod1110(digits: string): number {
  let product = 10;
  for (let i = 0; i < digits.length; i++) {
    let total = (digits.charCodeAt(i) - 48 + product) % 10;
    if (total === 0) total = 10;
    product = (total * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** Weighted digit sum: sum of digits[i] * weights[i] (weights may be shorter than digits). */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i] ?? 0);
  return sum;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date (month 1-12, day within the month; 29 February only in leap years). */
export function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Two-digit number at `s[i..i+1]`, or -1 when either is not a digit. */
export function twoDigits(s: string, i: number): number {
  const a = digitAt(s, i);
  const b = digitAt(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * Is the match `[start, end)`, grouped by `sep`, one part of a longer number grouped the same way
 * ("51 824 753 5564" is not a ten-digit number)? Only a digit group counts; a word does not.
 */
export function inLongerNumber(text: string, start: number, end: number, sep: string): boolean {
  if (sep === '') return false;
  const s = sep.charCodeAt(0);
  return (text.charCodeAt(start - 1) === s && digitAt(text, start - 2) >= 0) || (text.charCodeAt(end) === s && digitAt(text, end + 1) >= 0);
}

// An identifier cue right before a number: "Order #121000358", "ticket 1234567893", "SKU AB1234563",
// "merge 3960290675".
const ID_CUE =
  /(?:#|(?<![a-z])(?:order|invoice|ticket|tracking|case|ref|reference|sku|item|part|model|serial|issue|build|job|run|txn|transaction|po|id|no|commit|merge|sha|hash|rev|pr|pull)\.?)[\s:=#-]{0,3}$/i;

/**
 * Does an order/ticket/SKU-style cue directly precede `start`? Numbers that pass a weak check only
 * by chance (one in ten or eleven) are not reported after one, unless their own cue is present.
 */
export function afterIdCue(text: string, start: number): boolean {
  return start > 0 && ID_CUE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * Runs the global regex `re` only over the stretches of `text` that begin within `reach` characters
 * after a match of the global regex `cue`, for detectors that need a cue anyway: text without a cue
 * costs one cue scan. Linear: a stretch scanned once is never scanned again.
 * `cueAt`, when given, is a condition on where a cue starts that the regex would otherwise hold as a
 * leading lookbehind (checked in code, V8 scans far faster for a regex that starts with its literals).
 */
export function scanAfterCues(
  text: string,
  cue: RegExp,
  reach: number,
  re: RegExp,
  onMatch: (m: RegExpExecArray) => void,
  cueAt: ((text: string, index: number) => boolean) | null = null,
): void {
  cue.lastIndex = 0;
  let resumeAt = 0;
  for (let c = cue.exec(text); c !== null && resumeAt < text.length; c = cue.exec(text)) {
    if (cueAt !== null && !cueAt(text, c.index)) {
      cue.lastIndex = c.index + 1; // no cue here: try again one character on, as the regex would
      continue;
    }
    const cueEnd = c.index + c[0].length;
    re.lastIndex = Math.max(cueEnd, resumeAt);
    resumeAt = text.length;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m.index >= cueEnd + reach) {
        resumeAt = m.index; // found, but beyond this cue's reach: a later cue may claim it
        break;
      }
      onMatch(m);
    }
    if (c[0].length === 0) cue.lastIndex++;
  }
}

// Code and quantities: "x == 1073741823", "size=1490980608", "`0847954331`", a JSON number under a
// key that is no cue ("free_bytes": 1490980608), "293734280 bytes".
const OPERATOR_BEFORE = /(?:[=!<>+*/%&|^`]|":)\s?$/;
const UNIT_AFTER = /^\s?(?:bytes?|bits?|[kmgt]i?b|ms|ns|µs|us|secs?|seconds?|s|users|items|rows|records|times|px|%)(?![a-z])/i;

/**
 * Does the number at `[start, end)` read as a value in code or a quantity — after an operator or a
 * backtick, or before a unit? Used by the detectors whose only evidence is a weak check digit.
 */
export function readsAsQuantity(text: string, start: number, end: number): boolean {
  return OPERATOR_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || UNIT_AFTER.test(text.slice(end, end + 10));
}
