import { validDate } from '../ids/checks';
import { AT_RUN, execAtRuns, hasDigitRun, scanText, type RunFilter, type TextScan } from '../scan';
import type { Span } from '../types';

/**
 * DATE_TIME with Presidio's DateRecognizer formats and scores, plus the spelled-out dates spaCy
 * reports in Presidio:
 *   - numeric: yyyy-mm-dd (with an optional ISO 8601 time), mm/dd/yyyy, dd/mm/yy, dd.mm.yyyy,
 *     mm-dd-yyyy -> 0.6 (0.8 with a time); mm/yyyy -> 0.2; mm/yy -> 0.1
 *   - month names, capitalised ("may 5" is a verb): "May 1st, 1977", "3rd of February 1980",
 *     "Mar. 3 1980", "5-MAY-2021", "May-21", "21-May" -> 0.6
 *   - loose: a year or a month after "in", "since", "year"…, a weekday -> 0.5
 * A full date right after a date-of-birth cue ("DOB", "date of birth", "born on", "birthday") is
 * raised to {@link DOB_SCORE}, and so is a compact YYYYMMDD after one: the cue is the context word that makes the date personal data
 * (see net/index.ts for how the level logic tells the two apart).
 *
 * Times alone ("10:30") are not reported. Every regex has bounded quantifiers and a left boundary
 * (in the pattern or checked in code), so each start position costs O(1).
 */
export const DATE_SCORE = 0.6;
export const DATE_WITH_TIME_SCORE = 0.8;
export const MONTH_YEAR_SCORE = 0.2;
export const MONTH_YY_SCORE = 0.1;
export const LOOSE_DATE_SCORE = 0.5;
export const DOB_SCORE = 0.85;

const NUMERIC_RE = /(?<![\w.\/:+-])(\d{4}|\d{1,2})([-\/.])(\d{4}|\d{1,2})(?:\2(\d{4}|\d{1,2}))?/y;
/** Digit runs where a NUMERIC_RE match may begin (see `execAtRuns`). */
const isDateSeparator = (c: number): boolean => c === 45 || c === 46 || c === 47; // - . /
const admitNumeric: RunFilter = (text, s, e) => e - s !== 3 && e - s <= 4 && isDateSeparator(text.charCodeAt(e));
const TIME_RE =
  /(?:T|[ \t])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:Z|[ \t]?(?:UTC|GMT)|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?/y;

// A capitalised or upper-case month name (a lower-case "may" is the verb). Starting with the month
// lets the engine skip most positions on their first character.
const MONTH_RE =
  /[JFMASOND](?:an(?:uary)?|eb(?:ruary)?|ar(?:ch)?|pr(?:il)?|ay|une?|uly?|ug(?:ust)?|ep(?:t(?:ember)?)?|ct(?:ober)?|ov(?:ember)?|ec(?:ember)?|AN|EB|AR|PR|AY|UNE?|ULY?|UG|EPT?|CT|OV|EC)(?![A-Za-z])/g;
const DAY_BEFORE = /(\d{1,2})(?:st|nd|rd|th)?[ \t]{1,2}(?:of[ \t]{1,2})?$/; // "3rd of " before the month
const AFTER_MONTH = /\.?(?:[ \t]{1,2}(\d{1,2})(?:st|nd|rd|th)?(?![\d:]))?(?:,?[ \t]{1,2}(\d{4}))?(?![\w])/y;
const WORD_OR_DASH = /[\w-]/;
const HYPHEN_DAY_BEFORE = /(\d{1,2})-$/; // "5-" before "MAY-2021"
const HYPHEN_YEAR_AFTER = /-(\d{4}|\d{2})(?![\w]|-\w)/y;
const FULL_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const LOOSE_RE = new RegExp(
  `\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Yy]ear|[Cc]irca|[Ff]rom|[Bb]efore|[Aa]fter)[ \\t]{1,2}` +
    `(?:(1[89]\\d\\d|20\\d\\d)|(${FULL_MONTH})(?![ \\t]{0,2}\\d))(?![\\w]|[.,:\\/-]\\d)`,
  'y',
);
/**
 * Where a LOOSE_RE value may start: a full month name (a year is a digit run, from the shared scan).
 * Found by one indexOf per name: each begins with a capital, rare in text, which indexOf skips to
 * far faster than a regex alternation is tried at every position. No name holds another name or a
 * second capital, so these are exactly the matches of a global scan for FULL_MONTH.
 */
const FULL_MONTHS = FULL_MONTH.split('|');

const UNIT_AFTER =
  /^[ \t]*(?:%|(?:ms|s|secs?|seconds|min|mins|minutes|hours|px|pt|kb|mb|gb|tb|bytes|kg|g|mg|ml|km|lbs?|usd|eur|gbp|dollars|euros|tokens|users|people|rows|items|words|lines|times|units|steps|iterations|epochs|samples|records|requests|calls|points|employees|customers)\b)/i;
const VERSION_BEFORE = /\b(?:v|ver|version|release|rel|build|firmware|sdk|update|upgrade|patch)\.?[ \t:]{0,3}$/i;
// Birth cues in English, German, French, Spanish, Italian, Portuguese, right before the date:
// "DOB", "D.O.B.", "date of birth", "birthdate", "born (on)", "geb.", "geboren am", "Geburtsdatum",
// "né(e) le", "date de naissance", "fecha de nacimiento", "F. nac.", "nacido el", "data di nascita",
// "nato il", "data de nascimento".
const DOB_CUE =
  'd\\.?o\\.?b|date[ \\t]of[ \\t]birth|birth[ \\t]?date|birthday|born(?:[ \\t]on)?|geburtsdatum|geburtstag|geb(?:oren)?(?:\\.?[ \\t]am)?' +
  '|n[éÉ]e?(?:\\(e\\))?[ \\t]le|date[ \\t]de[ \\t]naissance|fecha[ \\t]de[ \\t]nacimiento|f\\.?[ \\t]?nac|nacid[oa](?:[ \\t]el)?' +
  '|data[ \\t]di[ \\t]nascita|nat[oa][ \\t]il|data[ \\t]de[ \\t]nascimento|nascid[oa][ \\t]em';
const DOB_BEFORE = new RegExp(`(?<![\\w\\u00c0-\\u024f])(?:${DOB_CUE})\\.?[ \\t]*(?:[:=-]|is|was|est|es|ist)?[ \\t]*$`, 'i');
// The cue a few words back in the same sentence or the next: "date of birth. It's 6/24/1991".
const DOB_NEAR = new RegExp(
  `(?<![\\w\\u00c0-\\u024f])(?:${DOB_CUE})\\b[^\\d\\n;,()]{0,24}?(?:it'?s|it[ \\t]is|is|was|:)(?:[ \\t]{1,2}on)?[ \\t]*$`,
  'i',
);

const before = (text: string, start: number, n: number): string => text.slice(Math.max(0, start - n), start);
const isDob = (text: string, start: number): boolean => {
  if (start === 0) return false;
  const window = before(text, start, 56);
  return DOB_BEFORE.test(window) || DOB_NEAR.test(window);
};

const validMonth = (m: number): boolean => m >= 1 && m <= 12;
const validDay = (d: number): boolean => d >= 1 && d <= 31;
const validYear = (y: number): boolean => y >= 1800 && y <= 2199;

/** Nothing that continues the token: no word character, no separator followed by a digit. */
function rightBounded(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (Number.isNaN(c)) return true;
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return false;
  if (c === 45 || c === 46 || c === 47 || c === 58) {
    const d = text.charCodeAt(end + 1);
    return !(d >= 48 && d <= 57);
  }
  return true;
}

/** Score of a numeric date, 0 when the parts are not a date in a format Presidio knows. */
function numericScore(a: string, sep: string, b: string, c: string | undefined, dob: boolean): number {
  const A = Number(a);
  const B = Number(b);
  if (c === undefined) {
    // mm/yyyy and mm/yy only; "2021-05" and "3-4" are too ambiguous.
    if (sep !== '/' || a.length > 2 || !validMonth(A)) return 0;
    if (b.length === 4) return validYear(B) ? MONTH_YEAR_SCORE : 0;
    return b.length === 2 ? MONTH_YY_SCORE : 0;
  }
  const C = Number(c);
  if (a.length === 4) return b.length <= 2 && c.length <= 2 && validYear(A) && validMonth(B) && validDay(C) ? DATE_SCORE : 0;
  if (b.length > 2 || (c.length !== 2 && c.length !== 4) || (c.length === 4 && !validYear(C))) return 0;
  if (sep === '-' && c.length !== 4) return 0; // "12-34-56" is a code, not a date
  if (sep === '.') {
    // Day first; "4.2.10" is a version unless a birth date cue says otherwise.
    if (!(validDay(A) && validMonth(B))) return 0;
    return c.length === 2 && a.length === 1 && b.length === 1 && !dob ? 0 : DATE_SCORE;
  }
  return (validMonth(A) && validDay(B)) || (validDay(A) && validMonth(B)) ? DATE_SCORE : 0;
}

function detectNumeric(text: string, out: Span[], scan: TextScan): void {
  execAtRuns(text, scan, NUMERIC_RE, AT_RUN, admitNumeric, (m) => {
    const [whole, a = '', sep = '', b = '', c] = m;
    const start = m.index;
    let end = start + whole.length;
    const dob = c !== undefined && isDob(text, start);
    let score = numericScore(a, sep, b, c, dob);
    if (score === 0) return;
    if (sep === '.' && VERSION_BEFORE.test(before(text, start, 16))) return;
    if (a.length === 4 && c !== undefined) {
      TIME_RE.lastIndex = end;
      const t = TIME_RE.exec(text);
      if (t !== null && rightBounded(text, end + t[0].length)) {
        end += t[0].length;
        score = DATE_WITH_TIME_SCORE;
      }
    }
    if (!rightBounded(text, end)) return;
    out.push({ entityType: 'DATE_TIME', start, end, score: dob ? DOB_SCORE : score });
  });
}

/**
 * A compact YYYYMMDD date right after a birth cue, as claim records and registration forms print
 * it ("304-C4 Date of Birth: 19790922", "Geburtsdatum: 19790922"): a date of birth. Without the cue
 * an eight-digit run is an order or account number, and stays unreported.
 */
function detectCompactBirthDates(text: string, out: Span[], scan: TextScan): void {
  for (let k = 0; k < scan.runs; k++) {
    const s = scan.runStarts[k] as number;
    const e = scan.runEnds[k] as number;
    if (e - s !== 8 || !rightBounded(text, e) || /[\w.\/:+-]/.test(text.charAt(s - 1))) continue;
    const y = Number(text.slice(s, s + 4));
    if (!validYear(y) || !validDate(y, Number(text.slice(s + 4, s + 6)), Number(text.slice(s + 6, s + 8))) || !isDob(text, s)) continue;
    out.push({ entityType: 'DATE_TIME', start: s, end: e, score: DOB_SCORE });
  }
}

/** Start of `re`'s match in the few characters before `end`, if it stands on a word boundary; else -1. */
function matchBefore(text: string, end: number, re: RegExp, n: number): [number, RegExpExecArray | null] {
  const from = Math.max(0, end - n);
  const m = re.exec(text.slice(from, end));
  if (m === null) return [-1, null];
  const start = from + m.index;
  const c = start > 0 ? text.charCodeAt(start - 1) : 32;
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 ? [-1, null] : [start, m];
}

function detectMonthNames(text: string, out: Span[]): void {
  MONTH_RE.lastIndex = 0;
  for (let m = MONTH_RE.exec(text); m !== null; m = MONTH_RE.exec(text)) {
    const ms = m.index;
    const me = ms + m[0].length;
    const prev = ms > 0 ? text.charCodeAt(ms - 1) : 32;
    if ((prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || prev === 95) continue;
    if (prev === 45 || (text.charCodeAt(me) === 45 && m[0].length === 3)) {
      // Presidio's hyphenated forms: dd-MMM-yyyy, dd-MMM-yy, MMM-yyyy, MMM-yy, dd-MMM.
      const [dayStart, day] = prev === 45 ? matchBefore(text, ms, HYPHEN_DAY_BEFORE, 4) : [-1, null];
      HYPHEN_YEAR_AFTER.lastIndex = me;
      const year = text.charCodeAt(me) === 45 ? HYPHEN_YEAR_AFTER.exec(text) : null;
      if ((prev === 45 && day === null) || (day === null && year === null) || m[0].length !== 3) continue;
      if (day !== null && !validDay(Number(day[1]))) continue;
      if (year === null && WORD_OR_DASH.test(text.charAt(me))) continue;
      const start = day === null ? ms : dayStart;
      const end = year === null ? me : me + year[0].length;
      const score = day !== null && year !== null && isDob(text, start) ? DOB_SCORE : DATE_SCORE;
      out.push({ entityType: 'DATE_TIME', start, end, score });
      continue;
    }
    const [dayStart, before] = matchBefore(text, ms, DAY_BEFORE, 12);
    AFTER_MONTH.lastIndex = me;
    const after = AFTER_MONTH.exec(text);
    if (after === null) continue;
    const dayAfter = after[1];
    const year = after[2];
    const days = (before === null ? 0 : 1) + (dayAfter === undefined ? 0 : 1);
    if (days === 2 || (days === 0 && year === undefined)) continue; // a month alone is LOOSE_RE's
    const day = Number(before?.[1] ?? dayAfter ?? '1');
    if (!validDay(day) || (year !== undefined && !validYear(Number(year)))) continue;
    const start = before === null ? ms : dayStart;
    const score = year !== undefined && days === 1 && isDob(text, start) ? DOB_SCORE : DATE_SCORE;
    out.push({ entityType: 'DATE_TIME', start, end: me + after[0].length, score });
  }
}

/** "18", "19" or "20". */
function isCenturyPrefix(a: number, b: number): boolean {
  return (a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48);
}

/** Starts of the values LOOSE_RE can end with: four-digit runs from 1800 to 2099, full month names. */
function looseValueStarts(text: string, scan: TextScan): number[] {
  const starts: number[] = [];
  for (let k = 0; k < scan.runs; k++) {
    const s = scan.runStarts[k] as number;
    if ((scan.runEnds[k] as number) - s === 4 && isCenturyPrefix(text.charCodeAt(s), text.charCodeAt(s + 1))) starts.push(s);
  }
  const years = starts.length;
  for (const month of FULL_MONTHS) {
    for (let i = text.indexOf(month); i !== -1; i = text.indexOf(month, i + month.length)) starts.push(i);
  }
  if (starts.length > years) starts.sort((a, b) => a - b);
  return starts;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Start of the word a LOOSE_RE cue would be, for a value starting at `v`: back over one or two
 * spaces or tabs, then over word characters. -1 when there is no such word.
 */
function cueStartBefore(text: string, v: number): number {
  let k = v;
  while (k > 0 && v - k < 2 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  let w = k;
  while (w > 0 && isWordCode(text.charCodeAt(w - 1))) w--;
  return k === v || w === k ? -1 : w;
}

/**
 * "in 1998", "since March", weekdays. LOOSE_RE is tried (sticky) only at the word before each
 * possible value, in text order and never inside the previous match: the matches of a global scan,
 * found without running the cue alternation at every word of the text.
 */
function detectLoose(text: string, out: Span[], scan: TextScan): void {
  let from = 0;
  for (const v of looseValueStarts(text, scan)) {
    const w = cueStartBefore(text, v);
    if (w < from) continue;
    LOOSE_RE.lastIndex = w;
    const m = LOOSE_RE.exec(text);
    if (m === null) continue;
    const value = m[1] ?? m[2] ?? '';
    const end = m.index + m[0].length;
    from = end;
    if (m[1] !== undefined && UNIT_AFTER.test(text.slice(end, end + 16))) continue; // "in 2000 ms"
    out.push({ entityType: 'DATE_TIME', start: end - value.length, end, score: LOOSE_DATE_SCORE });
  }
  detectWeekdays(text, out);
}

/** Weekday stems before "day", first letter in either case ("Monday", "monday"; not "MONDAY"). */
const WEEKDAY_STEMS = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'];

/** Length of the weekday stem ending at `end`, standing on a word boundary; 0 when none. */
function weekdayStemBefore(text: string, end: number): number {
  for (const stem of WEEKDAY_STEMS) {
    const start = end - stem.length;
    if (start < 0 || (start > 0 && isWordCode(text.charCodeAt(start - 1)))) continue;
    if ((text.charCodeAt(start) | 32) === stem.charCodeAt(0) && text.startsWith(stem.slice(1), start + 1)) return stem.length;
  }
  return 0;
}

/**
 * Weekday names, found from each "day" (rare in text, and every weekday name ends so) instead of a
 * regex tried at every word: the matches of a global scan of
 * /\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b/, which are whole words and
 * so never overlap.
 */
function detectWeekdays(text: string, out: Span[]): void {
  for (let d = text.indexOf('day'); d !== -1; d = text.indexOf('day', d + 3)) {
    if (d + 3 < text.length && isWordCode(text.charCodeAt(d + 3))) continue;
    const stem = weekdayStemBefore(text, d);
    if (stem > 0) out.push({ entityType: 'DATE_TIME', start: d - stem, end: d + 3, score: LOOSE_DATE_SCORE });
  }
}

export function detectDateTimes(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  const from = out.length;
  detectNumeric(text, out, scan);
  if (hasDigitRun(scan, 8)) detectCompactBirthDates(text, out, scan);
  detectMonthNames(text, out);
  detectLoose(text, out, scan);
  detectBareYears(text, out, from, scan);
}

/** A year on its own ("the Act of 2001", "a 1973 film"): a date at the lowest score, never personal. */
export const BARE_YEAR_SCORE = 0.05;
const BARE_YEAR_RE =
  /(?<![\w.,:/#$€£+-])(?:1[89]|20)\d\d(?![\w%$€£]|[.,:/-]\d|[ \t]{0,2}(?:ms|sec|s|min|h|km|kg|g|[kmgt]?b|px|m|mm|cm|mg|ml|l|rpm|[kmg]?hz|k?w|v|mah|x|usd|eur|chf|gbp|dollars?|euros?|items?|rows?|users?|lines?|bytes?|tokens?|requests?|errors?|words?|pages?|units?|pcs|st[üu]ck)\b)/iy;
/** Digit runs where a BARE_YEAR_RE match may begin (see `execAtRuns`). */
const admitBareYear: RunFilter = (text, s, e) => e - s === 4 && isCenturyPrefix(text.charCodeAt(s), text.charCodeAt(s + 1));

function detectBareYears(text: string, out: Span[], from: number, scan: TextScan): void {
  // The dates found so far, by start; years come in text order, so one pointer sweeps them and
  // `reach` is the furthest end of those starting at or before the year (linear, however many dates).
  const dates = out.slice(from).sort((a, b) => a.start - b.start);
  let k = 0;
  let reach = -1;
  execAtRuns(text, scan, BARE_YEAR_RE, AT_RUN, admitBareYear, (m) => {
    while (k < dates.length && (dates[k] as Span).start <= m.index) reach = Math.max(reach, (dates[k++] as Span).end);
    if (reach >= m.index + 4) return; // a year inside a date already found is part of it
    out.push({ entityType: 'DATE_TIME', start: m.index, end: m.index + 4, score: BARE_YEAR_SCORE });
  });
}
