import { ViewBuilder, type DecodedView } from './view-builder';

/**
 * SQL INSERT statements read as labelled values: `INSERT INTO prescriptions (patient_id, prescriber_npi, …)
 * VALUES (495057, '1844017214', …)` names each value by its column, as a JSON key or a table header does,
 * but far from it. The view writes one `column: value` line per value (quotes dropped), so the detectors'
 * cues ("npi", "mrn", "dob", "password") reach the value; the value's characters map onto the source, the
 * column names onto nothing. Linear: each INSERT is parsed once, and the scan resumes after what it read.
 */

const INSERT = /\binsert[ \t\r\n]+(?:ignore[ \t\r\n]+)?into[ \t\r\n]+[\w."`[\]-]{1,128}[ \t\r\n]*\(/gi;
/** Longest column list read, in characters. */
const MAX_COLUMNS_TEXT = 2000;
const MAX_COLUMNS = 64;
const MAX_VALUE = 1000;
/** The view stays within this many characters per character of its source (labels repeat per row). */
const MAX_GROWTH = 2;
/** Longest column name kept as a label: its tail, where the cue words sit ("patient_mrn"). */
const MAX_LABEL = 24;

interface Builder {
  view: ViewBuilder;
  /** Most characters the view may hold (MAX_GROWTH times the source). */
  cap: number;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function skipBlanks(s: string, i: number): number {
  while (i < s.length && isBlank(s.charCodeAt(i))) i++;
  return i;
}

/** The column names of the list that starts at `from` (after '('), and where the list ends (at ')'), or null. */
function readColumns(s: string, from: number): { names: string[]; end: number } | null {
  let close = from;
  const limit = Math.min(s.length, from + MAX_COLUMNS_TEXT);
  while (close < limit && s.charCodeAt(close) !== 41) close++;
  if (close >= limit) return null;
  const names = s
    .slice(from, close)
    .split(',')
    .map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ''));
  if (names.length > MAX_COLUMNS || names.some((n) => !/^[\p{L}\w.$-]{1,64}$/u.test(n))) return null;
  return { names, end: close + 1 };
}

/** One value starting at `i`: a quoted string ('' escapes a quote) or a bare token; its content span and where it ends. */
function readValue(s: string, i: number): { start: number; end: number; next: number } | null {
  const q = s.charCodeAt(i);
  if (q === 39 || q === 34) {
    let j = i + 1;
    while (j < s.length && j - i <= MAX_VALUE) {
      if (s.charCodeAt(j) === q) {
        if (s.charCodeAt(j + 1) === q) {
          j += 2;
          continue;
        }
        return { start: i + 1, end: j, next: j + 1 };
      }
      j++;
    }
    return null;
  }
  let j = i;
  while (j < s.length && j - i <= MAX_VALUE && s.charCodeAt(j) !== 44 && s.charCodeAt(j) !== 41) j++;
  let end = j;
  while (end > i && isBlank(s.charCodeAt(end - 1))) end--;
  return { start: i, end, next: j };
}

/** Adds one line; false once the view is full. */
function addLine(b: Builder, s: string, name: string, start: number, end: number): boolean {
  const label = `${name.slice(-MAX_LABEL)}: `;
  if (b.view.length + label.length + (end - start) + 1 > b.cap) return false;
  b.view.char(label, start, start);
  b.view.plain(s, start, end);
  b.view.char('\n', end, end);
  return true;
}

/** Reads the VALUES tuples after a column list; returns where reading stopped. */
function readTuples(s: string, at: number, names: readonly string[], b: Builder): number {
  let i = skipBlanks(s, at);
  if (s.slice(i, i + 6).toLowerCase() !== 'values') return i;
  i = skipBlanks(s, i + 6);
  while (s.charCodeAt(i) === 40) {
    i++;
    for (let col = 0; ; col++) {
      i = skipBlanks(s, i);
      const v = readValue(s, i);
      if (v === null) return i;
      if (col < names.length && v.end > v.start && !addLine(b, s, names[col] as string, v.start, v.end)) return s.length;
      i = skipBlanks(s, v.next);
      if (s.charCodeAt(i) === 44) {
        i++;
        continue;
      }
      if (s.charCodeAt(i) !== 41) return i;
      i++;
      break;
    }
    i = skipBlanks(s, i);
    if (s.charCodeAt(i) !== 44) return i;
    i = skipBlanks(s, i + 1);
  }
  return i;
}

/** The view of every INSERT's values under their column names, or null when the text holds none. */
export function sqlInsertView(s: string): DecodedView | null {
  if (!/values/i.test(s)) return null;
  const b: Builder = { view: new ViewBuilder(), cap: MAX_GROWTH * s.length };
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(s); m !== null; m = INSERT.exec(s)) {
    const cols = readColumns(s, INSERT.lastIndex);
    if (cols === null) continue;
    INSERT.lastIndex = Math.max(INSERT.lastIndex, readTuples(s, cols.end, cols.names, b));
  }
  return b.view.length === 0 ? null : b.view.view();
}
