import { DOB_SCORE } from '../net/date-time';
import type { Span } from '../types';

/**
 * HL7 v2 messages and segments ("MSH|^~\&|...", "PID|1||12345^^^HOSP^MR||DOE^JOHN||19700314|M").
 * Segments are recognised by their id at a line start (or after whitespace, for messages pasted
 * on one line) followed by the field separator: the one MSH-1 declares (any punctuation), '|'
 * without an MSH. Components use MSH-2's separators (default ^ and ~).
 *
 * Emitted spans (offsets on the original field text):
 *   - HL7_SEGMENT (health context) on the id of each clinical segment (PID, PV1, OBX, OBR, ORC, RXE,
 *     RXO, RXA, DG1, AL1, PR1, NK1, IN1, ...): an HL7 v2 message is a patient record.
 *   - PID: PID-2/3/4 identifiers and PID-18 account number -> MEDICAL_RECORD_NUMBER (PHI by
 *     itself), PID-5 name and PID-6 mother's maiden name -> PERSON, PID-7 birth date -> DATE_TIME at
 *     a date-of-birth score (personal), PID-11 address -> LOCATION, PID-13/14 phone or e-mail ->
 *     PHONE_NUMBER / EMAIL_ADDRESS, PID-19 -> US_SSN, PID-20 -> US_DRIVER_LICENSE.
 *   - NK1-2 name, NK1-4 address, NK1-5 phone; IN1-16 insured's name; PV1-19 visit number (MRN).
 *   - Codes: OBX-3 / OBR-4 with coding system LN -> LOINC_CODE, DG1-3 with I10/I10C/ICD10 ->
 *     ICD10_CODE, SNOMED (SCT/SNM) -> SNOMED_CT_CODE, RXE-2 / RXO-1 with NDC -> NDC_CODE.
 * Linear: each segment is split once; segments never overlap.
 */
export const HL7_SCORE = 0.9;
export const HL7_SEGMENT_SCORE = 0.7;

const SEGMENT_IDS =
  'MSH|EVN|PID|PD1|PV1|PV2|NK1|OBX|OBR|ORC|RXE|RXO|RXR|RXA|RXD|RXG|DG1|DRG|AL1|PR1|IN1|IN2|GT1|NTE|SPM|TQ1|MRG|SCH|TXA|FT1|ROL|IAM';
/** Segments that are not clinical content by themselves (message header, event, notes). */
const NOT_CLINICAL = new Set(['MSH', 'EVN', 'NTE']);
// A segment id at a line start or after whitespace, then a field separator (punctuation).
const SEGMENT_RE = new RegExp(`(?<![^\\s])(${SEGMENT_IDS})([|!#$%&*+,/:;=?@^_~])`, 'g');

interface Encoding {
  field: string;
  component: string;
  repetition: string;
}

interface Field {
  start: number;
  end: number;
}

const DEFAULT_ENCODING: Encoding = { field: '|', component: '^', repetition: '~' };

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Splits `[start, end)` of `text` on `sep` (a single character). */
function split(text: string, start: number, end: number, sep: string): Field[] {
  const parts: Field[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (text[i] === sep) {
      parts.push({ start: from, end: i });
      from = i + 1;
    }
  }
  parts.push({ start: from, end });
  return parts;
}

function trimmed(text: string, f: Field): Field {
  let { start, end } = f;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return { start, end };
}

function digitCount(text: string, f: Field): number {
  let n = 0;
  for (let i = f.start; i < f.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function hasLetterOrDigit(text: string, f: Field): boolean {
  for (let i = f.start; i < f.end; i++) {
    const c = text.charCodeAt(i) | 32;
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c > 127) return true;
  }
  return false;
}

/** A template slot, not a value: "<FAMILY>", "{{given}}", "${MRN}", "[DOB]". */
const PLACEHOLDER = /^(?:<[^<>]{1,40}>|\{\{[^{}]{1,40}\}\}|\$\{[^{}]{1,40}\}|\[[A-Za-z _-]{1,40}\])$/;

/** Is `value` a template slot (HL7 and FHIR templates, documentation skeletons) rather than data? */
export function isTemplateSlot(value: string): boolean {
  return value.length <= 44 && PLACEHOLDER.test(value);
}

const isSlot = (text: string, f: Field): boolean => f.end - f.start <= 44 && isTemplateSlot(text.slice(f.start, f.end));

function push(text: string, out: Span[], entityType: string, f: Field, score = HL7_SCORE): void {
  if (f.end <= f.start || isSlot(text, f)) return;
  out.push({ entityType, start: f.start, end: f.end, score });
}

class Segment {
  constructor(
    private readonly text: string,
    /** fields[n] is SEG-n (MSH is shifted so that MSH-n keeps its number). */
    readonly fields: Field[],
    private readonly enc: Encoding,
  ) {}

  /** The repetitions of field n, each split into components. */
  reps(n: number): Field[][] {
    const f = this.fields[n];
    if (f === undefined || f.end <= f.start) return [];
    return split(this.text, f.start, f.end, this.enc.repetition).map((r) => split(this.text, r.start, r.end, this.enc.component));
  }
}

function identifiers(text: string, seg: Segment, n: number, out: Span[], type = 'MEDICAL_RECORD_NUMBER'): void {
  for (const comps of seg.reps(n)) {
    const id = trimmed(text, comps[0] ?? { start: 0, end: 0 });
    if (id.end - id.start >= 2 && digitCount(text, id) >= 1) push(text, out, type, id);
  }
}

function names(text: string, seg: Segment, n: number, out: Span[]): void {
  for (const comps of seg.reps(n)) {
    // XPN: family ^ given ^ middle ^ suffix ^ prefix; the first three name the person.
    for (let c = 0; c < 3 && c < comps.length; c++) {
      const part = trimmed(text, comps[c] as Field);
      if (part.end - part.start >= 1 && hasLetterOrDigit(text, part)) push(text, out, 'PERSON', part);
    }
  }
}

function addresses(text: string, seg: Segment, n: number, out: Span[]): void {
  for (const comps of seg.reps(n)) {
    // XAD: street ^ other ^ city ^ state ^ zip ^ country: one LOCATION from street to zip.
    let first: Field | undefined;
    let last: Field | undefined;
    for (let c = 0; c < 5 && c < comps.length; c++) {
      const part = trimmed(text, comps[c] as Field);
      // "<STREET>^^<CITY>^<STATE>^<ZIP>": a template's slots are no address, and no end of one.
      if (part.end > part.start && hasLetterOrDigit(text, part) && !isSlot(text, part)) {
        first ??= part;
        last = part;
      }
    }
    if (first !== undefined && last !== undefined) push(text, out, 'LOCATION', { start: first.start, end: last.end });
  }
}

function telecoms(text: string, seg: Segment, n: number, out: Span[]): void {
  for (const comps of seg.reps(n)) {
    for (const comp of comps) {
      const part = trimmed(text, comp);
      if (part.end <= part.start) continue;
      if (text.slice(part.start, part.end).includes('@')) push(text, out, 'EMAIL_ADDRESS', part);
      else if (digitCount(text, part) >= 7) push(text, out, 'PHONE_NUMBER', part);
    }
  }
}

function birthDate(text: string, seg: Segment, n: number, out: Span[]): void {
  const f = seg.fields[n];
  if (f === undefined) return;
  const ts = trimmed(text, split(text, f.start, f.end, '^')[0] ?? f); // TS may carry ^precision
  const len = ts.end - ts.start;
  if (len < 8 || digitCount(text, { start: ts.start, end: ts.start + 8 }) !== 8) return;
  const y = Number(text.slice(ts.start, ts.start + 4));
  const m = Number(text.slice(ts.start + 4, ts.start + 6));
  const d = Number(text.slice(ts.start + 6, ts.start + 8));
  if (y < 1850 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31) return;
  push(text, out, 'DATE_TIME', ts, Math.max(DOB_SCORE, HL7_SCORE));
}

const CODE_SYSTEMS: Readonly<Record<string, string>> = {
  LN: 'LOINC_CODE',
  LOINC: 'LOINC_CODE',
  I10: 'ICD10_CODE',
  I10C: 'ICD10_CODE',
  ICD10: 'ICD10_CODE',
  'ICD-10': 'ICD10_CODE',
  ICD10CM: 'ICD10_CODE',
  'ICD10-CM': 'ICD10_CODE',
  SCT: 'SNOMED_CT_CODE',
  SNM: 'SNOMED_CT_CODE',
  SNOMED: 'SNOMED_CT_CODE',
  SNOMEDCT: 'SNOMED_CT_CODE',
  NDC: 'NDC_CODE',
};

/** CE/CWE: identifier ^ text ^ coding system (^ alternate identifier ^ text ^ system). */
function codes(text: string, seg: Segment, n: number, out: Span[]): void {
  for (const comps of seg.reps(n)) {
    for (let c = 0; c + 2 < comps.length && c <= 3; c += 3) {
      const system = trimmed(text, comps[c + 2] as Field);
      const type = CODE_SYSTEMS[text.slice(system.start, system.end).toUpperCase()];
      const code = trimmed(text, comps[c] as Field);
      if (type !== undefined && code.end > code.start) push(text, out, type, code);
    }
  }
}

function segmentSpans(text: string, id: string, seg: Segment, out: Span[]): void {
  switch (id) {
    case 'PID':
      identifiers(text, seg, 2, out);
      identifiers(text, seg, 3, out);
      identifiers(text, seg, 4, out);
      names(text, seg, 5, out);
      names(text, seg, 6, out);
      birthDate(text, seg, 7, out);
      addresses(text, seg, 11, out);
      telecoms(text, seg, 13, out);
      telecoms(text, seg, 14, out);
      identifiers(text, seg, 18, out);
      identifiers(text, seg, 19, out, 'US_SSN');
      identifiers(text, seg, 20, out, 'US_DRIVER_LICENSE');
      break;
    case 'NK1':
      names(text, seg, 2, out);
      addresses(text, seg, 4, out);
      telecoms(text, seg, 5, out);
      telecoms(text, seg, 6, out);
      break;
    case 'IN1':
      names(text, seg, 16, out);
      birthDate(text, seg, 18, out);
      addresses(text, seg, 19, out);
      break;
    case 'PV1':
      identifiers(text, seg, 19, out);
      break;
    case 'OBX':
      codes(text, seg, 3, out);
      break;
    case 'OBR':
      codes(text, seg, 4, out);
      break;
    case 'DG1':
      codes(text, seg, 3, out);
      break;
    case 'PR1':
      codes(text, seg, 3, out);
      break;
    case 'AL1':
      codes(text, seg, 3, out);
      break;
    case 'RXE':
      codes(text, seg, 2, out);
      break;
    case 'RXO':
    case 'RXA':
      codes(text, seg, id === 'RXO' ? 1 : 5, out);
      break;
    default:
      break;
  }
}

/** MSH-1 and MSH-2 at `sepAt` ("|^~\&"): the message's separators, or undefined when malformed. */
function mshEncoding(text: string, sepAt: number): Encoding | undefined {
  const field = text.charAt(sepAt);
  const component = text.charAt(sepAt + 1);
  const repetition = text.charAt(sepAt + 2);
  if (component === '' || component === field || /[\w\s]/.test(component)) return undefined;
  // MSH-2 holds 4 (or 5) encoding characters, then the field separator again.
  let end = sepAt + 1;
  while (end < text.length && end < sepAt + 6 && text.charAt(end) !== field) end++;
  if (text.charAt(end) !== field || end - sepAt - 1 < 2) return undefined;
  return { field, component, repetition: repetition === field || /[\w\s]/.test(repetition) ? '~' : repetition };
}

export function detectHl7(text: string, out: Span[]): void {
  if (text.indexOf('|') === -1 && text.indexOf('MSH') === -1) return;
  SEGMENT_RE.lastIndex = 0;
  let enc = DEFAULT_ENCODING;
  let m = SEGMENT_RE.exec(text);
  while (m !== null) {
    const id = m[1] ?? '';
    const sepAt = m.index + 3;
    const sep = m[2] ?? '';
    if (id === 'MSH') {
      const e = mshEncoding(text, sepAt);
      if (e === undefined) {
        m = SEGMENT_RE.exec(text);
        continue;
      }
      enc = e;
    } else if (sep !== enc.field) {
      m = SEGMENT_RE.exec(text);
      continue;
    }
    // The segment runs to the line break or to the next segment id, whichever comes first.
    const next = SEGMENT_RE.exec(text);
    let end = sepAt;
    const limit = next === null ? text.length : next.index;
    while (end < limit && !isLineBreak(text.charCodeAt(end))) end++;
    let segEnd = end;
    while (segEnd > sepAt && /\s/.test(text.charAt(segEnd - 1))) segEnd--;
    const fields = split(text, sepAt + 1, segEnd, enc.field);
    // fields[0] is SEG-1 (MSH-2 for MSH): prepend a stand-in so that fields[n] is SEG-n (MSH-n).
    fields.unshift({ start: m.index, end: sepAt });
    if (id === 'MSH') fields.unshift({ start: m.index, end: sepAt });
    if (!NOT_CLINICAL.has(id)) push(text, out, 'HL7_SEGMENT', { start: m.index, end: sepAt }, HL7_SEGMENT_SCORE);
    segmentSpans(text, id, new Segment(text, fields, enc), out);
    m = next;
  }
}
