import { isIcd10Category, ICD10_DOTTED_SCORE } from '../clinical/icd10';
import { isLoinc, LOINC_SCORE } from '../clinical/codes';
import { CONDITION_SCORE } from '../health/terms';
import { ssnValid, SSN_CONTEXT_SCORE } from '../ids/us-ssn';
import { MRN_SCORE } from '../medical-record';
import { DOB_SCORE } from '../net/date-time';
import { ADDRESS_LIKELY } from '../ner/entities';
import { PERSON_SCORE } from '../ner/person-cues';
import type { Span } from '../types';
import { birthDateLength, isAddressValue, isEmailValue, isPersonValue, isPhoneValue, isRecordValue, isSlot } from './values';
import { fieldKind, fieldWords, type FieldKind } from './vocab';

/**
 * Delimited tables with a header row (CSV, TSV, ';' or '|' separated, Markdown tables, fenced or not):
 * the header names what each column holds (fields/vocab.ts), and the cells of the columns that hold
 * identifiers are reported as the cued values of prose are ("mrn,last_name,dob" over rows of values:
 * MEDICAL_RECORD_NUMBER, PERSON, DATE_TIME at a birth-date score). A header naming health columns
 * (diagnosis, ICD-10, LOINC, medication, a test with its unit or reference range) makes the table a
 * health context: those cells are reported as MEDICAL_CONDITION (or their code type).
 *
 * A header is a line of at least three cells that are all words (no values), followed by a row (after
 * a Markdown separator row) with the same number of cells. A bare "name" column counts as a person's
 * only beside another column of personal values (a record number, a birth date, an e-mail, a phone, an
 * address), and its cells must look like names: a CSV of products or cities stays clean.
 *
 * Linear: one scan counts the delimiters of each line; a header candidate is split at most once per
 * delimiter, and a table is read for at most MAX_ROWS rows of MAX_COLUMNS columns.
 */
const DELIMITERS = ['\t', '|', ';', ','];
const MAX_LINE = 2000;
const MAX_ROWS = 500;
const MAX_COLUMNS = 40;
const MIN_COLUMNS = 3;

interface Cell {
  start: number;
  end: number;
}

interface Line {
  start: number;
  end: number;
}

function lineAt(text: string, start: number): Line {
  const nl = text.indexOf('\n', start);
  let end = nl === -1 ? text.length : nl;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end };
}

function nextLine(text: string, line: Line): Line | null {
  const nl = text.indexOf('\n', line.end);
  return nl === -1 ? null : lineAt(text, nl + 1);
}

/** Cells of a line split on `delim`; double quotes protect delimiters inside CSV cells. */
function splitRow(text: string, line: Line, delim: string): Cell[] {
  const cells: Cell[] = [];
  const quotes = delim !== '|';
  let from = line.start;
  let quoted = false;
  for (let i = line.start; i < line.end; i++) {
    const c = text.charAt(i);
    if (quotes && c === '"') quoted = !quoted;
    else if (c === delim && !quoted) {
      cells.push({ start: from, end: i });
      from = i + 1;
    }
  }
  cells.push({ start: from, end: line.end });
  return cells;
}

/** The cell without blanks, quotes and Markdown emphasis around it. */
function trimCell(text: string, c: Cell): Cell {
  let { start, end } = c;
  const strip = ' \t"\'`*';
  while (start < end && strip.includes(text.charAt(start))) start++;
  while (end > start && strip.includes(text.charAt(end - 1))) end--;
  return { start, end };
}

const HEADER_CELL_RE = /^\p{L}[\p{L}\p{N} _./#()'-]{0,47}$/u;
const SEPARATOR_CELL_RE = /^[ \t]*:?-{2,}:?[ \t]*$/;

function isSeparatorRow(text: string, cells: readonly Cell[]): boolean {
  return cells.every(
    (c, i) => (c.end === c.start && (i === 0 || i === cells.length - 1)) || SEPARATOR_CELL_RE.test(text.slice(c.start, c.end)),
  );
}

/** Column kinds of a header row, or null when the row is no header (a value, a sentence, a blank in the middle). */
function headerKinds(text: string, cells: readonly Cell[]): (FieldKind | null)[] | null {
  const kinds: (FieldKind | null)[] = [];
  let named = 0;
  for (let i = 0; i < cells.length && i < MAX_COLUMNS; i++) {
    const c = trimCell(text, cells[i] as Cell);
    if (c.end === c.start) {
      if (i !== 0 && i !== cells.length - 1) return null; // Markdown's outer pipes leave the edge cells empty
      kinds.push(null);
      continue;
    }
    const name = text.slice(c.start, c.end);
    if (!HEADER_CELL_RE.test(name)) return null;
    named++;
    kinds.push(fieldKind(name));
  }
  return named >= MIN_COLUMNS ? kinds : null;
}

interface Table {
  header: Cell[];
  kinds: (FieldKind | null)[];
  rows: Cell[][];
  /** Where the scan resumes: the end of the last line read. */
  end: number;
}

const EMITTING: ReadonlySet<FieldKind> = new Set<FieldKind>([
  'record',
  'pid',
  'birth',
  'person',
  'name',
  'address',
  'ssn',
  'health',
  'test',
  'condition',
]);

/** The table whose header is `line`, split on `delim`, or null. */
function readTable(text: string, line: Line, delim: string): Table | null {
  const header = splitRow(text, line, delim);
  if (header.length < MIN_COLUMNS) return null;
  const kinds = headerKinds(text, header);
  if (kinds === null || !kinds.some((k) => k !== null && EMITTING.has(k))) return null;
  const rows: Cell[][] = [];
  let end = line.end;
  for (let next = nextLine(text, line); next !== null && rows.length < MAX_ROWS; next = nextLine(text, next)) {
    if (next.end - next.start > MAX_LINE) break;
    const cells = splitRow(text, next, delim);
    if (cells.length !== header.length) break;
    end = next.end;
    if (rows.length === 0 && delim === '|' && isSeparatorRow(text, cells)) continue;
    rows.push(cells);
  }
  return rows.length === 0 ? null : { header, kinds, rows, end };
}

/** Does a cell of `kind` hold a value of the kind its header names? (Only the personal kinds.) */
function personalValue(kind: FieldKind | null, value: string): boolean {
  switch (kind) {
    case 'record':
      return isRecordValue(value);
    case 'birth':
      return birthDateLength(value) > 0;
    case 'person':
      return isPersonValue(value);
    case 'email':
      return isEmailValue(value);
    case 'phone':
      return isPhoneValue(value);
    case 'address':
      return isAddressValue(value);
    default:
      return false;
  }
}

/** Does some row hold a personal value in a column other than a bare "name"? */
function hasPersonalColumn(text: string, t: Table): boolean {
  for (const row of t.rows) {
    for (let i = 0; i < t.kinds.length; i++) {
      const c = trimCell(text, row[i] as Cell);
      if (personalValue(t.kinds[i] ?? null, text.slice(c.start, c.end))) return true;
    }
  }
  return false;
}

function isHealthTable(t: Table, personal: boolean): boolean {
  const has = (k: FieldKind): boolean => t.kinds.includes(k);
  return has('health') || (has('test') && has('measure')) || (has('condition') && personal);
}

const ICD_CELL_RE = /^([A-TV-Z])(\d{2})(?:\.?[0-9A-Z]{1,4})?$/;
const HAS_WORD_RE = /[\p{L}\p{N}]/u;

/** A health column's cell: its code type when the header names a code system, else MEDICAL_CONDITION. */
function healthSpan(header: string, value: string, c: Cell): Span | null {
  const words = fieldWords(header);
  if (/\bloinc\b/.test(words)) return isLoinc(value) ? { entityType: 'LOINC_CODE', start: c.start, end: c.end, score: LOINC_SCORE } : null;
  if (/\bicd/.test(words)) {
    const m = ICD_CELL_RE.exec(value.toUpperCase());
    const ok = m !== null && isIcd10Category(m[1] as string, m[2] as string);
    return ok ? { entityType: 'ICD10_CODE', start: c.start, end: c.end, score: ICD10_DOTTED_SCORE } : null;
  }
  if (!HAS_WORD_RE.test(value) || /^(?:n\/?a|none|null|-+)$/i.test(value)) return null;
  return { entityType: 'MEDICAL_CONDITION', start: c.start, end: c.end, score: CONDITION_SCORE };
}

const SSN_CELL_RE = /^(\d{3})-?(\d{2})-?(\d{4})$/;

/**
 * The span of an identifier cell. `personal`: the table holds personal values in another column;
 * `health`: it is a health table. A bare name needs the first, a "pid" either.
 */
function identifierSpan(kind: FieldKind, value: string, c: Cell, personal: boolean, health: boolean): Span | null {
  const span = (entityType: string, score: number, end = c.end): Span => ({ entityType, start: c.start, end, score });
  switch (kind) {
    case 'record':
      return isRecordValue(value) ? span('MEDICAL_RECORD_NUMBER', MRN_SCORE) : null;
    case 'pid':
      return (personal || health) && isRecordValue(value) ? span('MEDICAL_RECORD_NUMBER', MRN_SCORE) : null;
    case 'birth': {
      const n = birthDateLength(value);
      return n > 0 ? span('DATE_TIME', DOB_SCORE, c.start + n) : null;
    }
    case 'person':
      return isPersonValue(value) ? span('PERSON', PERSON_SCORE) : null;
    case 'name':
      return personal && isPersonValue(value) ? span('PERSON', PERSON_SCORE) : null;
    case 'address':
      return isAddressValue(value) ? span('LOCATION', ADDRESS_LIKELY) : null;
    case 'ssn': {
      const m = SSN_CELL_RE.exec(value);
      return m !== null && ssnValid(m[1] as string, m[2] as string, m[3] as string) ? span('US_SSN', SSN_CONTEXT_SCORE) : null;
    }
    default:
      return null;
  }
}

const HEALTH_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['health', 'test', 'condition']);

/** "start:end" of the spans of `type` earlier detectors reported: a cell they already hold is not reported twice. */
function spansOfType(out: readonly Span[], type: string): Set<string> {
  const set = new Set<string>();
  for (const s of out) if (s.entityType === type) set.add(`${s.start}:${s.end}`);
  return set;
}

function reportTable(text: string, t: Table, out: Span[], seen: Set<string>): void {
  const personal = hasPersonalColumn(text, t);
  const health = isHealthTable(t, personal);
  for (const row of t.rows) {
    for (let i = 0; i < t.kinds.length; i++) {
      const kind = t.kinds[i];
      if (kind === null || kind === undefined) continue;
      const c = trimCell(text, row[i] as Cell);
      const value = text.slice(c.start, c.end);
      if (c.end === c.start || isSlot(value)) continue;
      let s: Span | null = null;
      if (HEALTH_KINDS.has(kind)) {
        const h = trimCell(text, t.header[i] as Cell);
        if (health) s = healthSpan(text.slice(h.start, h.end), value, c);
      } else s = identifierSpan(kind, value, c, personal, health);
      if (s !== null && !(s.entityType === 'MEDICAL_CONDITION' && seen.has(`${s.start}:${s.end}`))) out.push(s);
    }
  }
}

/** Bit of each delimiter in a line's mask (DELIMITERS order). */
function delimiterBit(c: string): number {
  return c === '\t' ? 1 : c === '|' ? 2 : c === ';' ? 4 : 8;
}

/** Delimiters (as a mask) that occur at least twice, counts indexed by bit. */
function maskOf(counts: Int32Array): number {
  let mask = 0;
  for (let b = 1; b <= 8; b <<= 1) if ((counts[b] as number) >= 2) mask |= b;
  return mask;
}

/** The table whose header is `line`, with the first delimiter of `mask` that makes one. */
function tableAt(text: string, line: Line, mask: number): Table | null {
  if (line.end - line.start > MAX_LINE) return null;
  for (const delim of DELIMITERS) {
    if ((mask & delimiterBit(delim)) === 0) continue;
    const t = readTable(text, line, delim);
    if (t !== null) return t;
  }
  return null;
}

const DELIM_RE = /[\t|;,]/g;

/**
 * The cheap gate: one scan over the delimiters, counting them per line. A line is tried as a header
 * only when it holds one delimiter at least twice and so does the line right after it (quoted cells
 * may add delimiters to a row, so the exact count is checked when the table is read).
 */
export function detectTables(text: string, out: Span[]): void {
  if (text.indexOf('\n') === -1) return;
  let seen: Set<string> | null = null; // built once, at the first table
  let header: Line | null = null;
  let headerMask = 0;
  let line: Line | null = null;
  const counts = new Int32Array(9);
  const close = (): Table | null => {
    if (line === null) return null;
    const mask = maskOf(counts);
    const both = header === null ? 0 : mask & headerMask;
    const t = both !== 0 && nextLine(text, header as Line)?.start === line.start ? tableAt(text, header as Line, both) : null;
    header = mask !== 0 && t === null ? line : null;
    headerMask = mask;
    line = null;
    return t;
  };
  DELIM_RE.lastIndex = 0;
  for (let m = DELIM_RE.exec(text); m !== null; m = DELIM_RE.exec(text)) {
    if (line === null || m.index >= line.end) {
      const t = close();
      if (t !== null) {
        seen ??= spansOfType(out, 'MEDICAL_CONDITION');
        reportTable(text, t, out, seen);
        DELIM_RE.lastIndex = t.end; // go on after the table
        header = null;
        continue;
      }
      line = lineAt(text, text.lastIndexOf('\n', m.index) + 1);
      counts.fill(0);
    }
    const bit = delimiterBit(m[0]);
    counts[bit] = (counts[bit] as number) + 1;
  }
  const t = close();
  if (t !== null) reportTable(text, t, out, seen ?? spansOfType(out, 'MEDICAL_CONDITION'));
}
