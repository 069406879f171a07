import { validDate } from '../ids/checks';
import { DOB_SCORE } from '../net/date-time';
import type { Span } from '../types';
import { isTemplateSlot } from './hl7';
import { isIcd10Category } from './icd10';

/**
 * ASC X12 health-care EDI (HIPAA transactions): 837 claims, 835 remittances, 270/271 eligibility,
 * 276/277 claim status, 278 authorisations, 834 enrolment, 275 attachments. Segments end with the
 * segment terminator ('~' unless the ISA header declares another; line breaks also end one) and
 * hold elements split by the element separator ('*', or the one ISA or else ST declares), components
 * by ISA-16 (':' or '>').
 * Only runs when the text holds an NM1, DMG, CLM or CLP; a segment is read only where it opens a
 * line or follows a terminator. A transaction counts as health care by its ST-01 set id or, in a
 * fragment without ST, by a segment only health transactions have (CLM, CLP, HI, SV1-SV5, SBR, EB,
 * PAT, a patient's NM1*QC); other transactions (an 850 purchase order, an 810 invoice) emit nothing.
 *
 * Emitted spans in a health transaction:
 *   - X12_TRANSACTION (health context) on ST-01 ("837"), or on the first health-only segment id of
 *     a fragment.
 *   - NM1 of the subscriber or patient (entity IL, QC, 03 dependent, 74 corrected insured) when a
 *     person (NM1-02 = 1): last, first and middle name -> PERSON; NM1-09 -> MEDICAL_RECORD_NUMBER
 *     for a member id (NM1-08 MI, II), US_SSN for 34. The N3 / N4 that follow it: street lines,
 *     city and ZIP -> LOCATION at an address score. Providers (85, 82, DN, DK, 77, …) and
 *     organisations (NM1-02 = 2) are left out, as the FHIR detector leaves out Practitioner.
 *   - DMG*D8*YYYYMMDD -> DATE_TIME at a date-of-birth score.
 *   - HI diagnosis codes with an ICD-10-CM qualifier (ABK, ABF, ABJ, ABN, APR, …; undotted, a real
 *     category) -> ICD10_CODE.
 *   - CLM-01 / CLP-01 (patient control number) and REF*EA / 1W / EJ -> MEDICAL_RECORD_NUMBER;
 *     REF*SY -> US_SSN.
 * Linear: the text is split once; each segment is split once.
 */
export const X12_SCORE = 0.9;
export const X12_TRANSACTION_SCORE = 0.7;

const HEALTH_SETS = new Set(['837', '835', '270', '271', '276', '277', '278', '834', '275']);
/** GS-01 functional identifier codes of the same transactions. */
const HEALTH_GROUPS = new Set(['HC', 'HP', 'HS', 'HB', 'HR', 'HN', 'HI', 'BE']);
const HEALTH_SEGMENTS = new Set(['CLM', 'CLP', 'HI', 'SV1', 'SV2', 'SV3', 'SV5', 'SBR', 'EB', 'PAT']);
const PATIENT_PARTIES = new Set(['IL', 'QC', '03', '74']);
/** HI qualifiers of ICD-10-CM diagnoses (principal, other, admitting, external cause, reason for visit). */
const ICD10_QUALIFIERS = new Set(['ABK', 'ABF', 'ABJ', 'ABN', 'APR']);
const REF_IDS: Readonly<Record<string, string>> = {
  EA: 'MEDICAL_RECORD_NUMBER',
  '1W': 'MEDICAL_RECORD_NUMBER',
  EJ: 'MEDICAL_RECORD_NUMBER',
  SY: 'US_SSN',
};
/** Undotted as X12 writes it ("E1165"), or dotted as people retype it ("E11.65"). */
const ICD10_CODE_RE = /^[A-Z]\d[0-9A-Z](?:\.?[0-9A-Z]{1,4})?$/;
/** Without an ISA header: the element separator an ST segment uses ("ST|837|0001"). */
const ST_RE = /(?:^|[\n\r~])[ \t]*ST([^\w\s~])\d{3}\1/;

interface Encoding {
  element: string;
  component: string;
  terminator: string;
}

interface Field {
  start: number;
  end: number;
}

/** One transaction's state: its spans wait until it is known to be a health transaction. */
interface Transaction {
  /** true / false from ST-01 or GS-01; undefined in a fragment without them. */
  health: boolean | undefined;
  /** A health-only segment was seen (decides a fragment). */
  evidence: boolean;
  marked: boolean;
  pending: Span[];
  /** The last NM1 named a subscriber or patient who is a person: the N3 / N4 after it are theirs. */
  patient: boolean;
}

const isPunct = (c: string): boolean => c.length === 1 && /[^\w\s]/.test(c);

/** The separators the ISA header declares (ISA-16 is the component separator, the terminator follows it). */
function encoding(text: string): Encoding {
  for (let isa = text.indexOf('ISA'); isa !== -1; isa = text.indexOf('ISA', isa + 3)) {
    const element = text.charAt(isa + 3);
    if (!isPunct(element)) continue;
    let i = isa + 3;
    let count = 0;
    while (i < text.length && i < isa + 200 && count < 16) if (text.charAt(i++) === element) count++;
    const component = text.charAt(i);
    const terminator = text.charAt(i + 1);
    if (count === 16 && isPunct(component)) return { element, component, terminator: isPunct(terminator) ? terminator : '\n' };
  }
  const st = ST_RE.exec(text);
  return { element: st?.[1] ?? '*', component: ':', terminator: '~' };
}

export function detectX12(text: string, out: Span[]): void {
  if (text.indexOf('NM1') === -1 && text.indexOf('DMG') === -1 && text.indexOf('CLM') === -1 && text.indexOf('CLP') === -1) return;
  const enc = encoding(text);
  const tx: Transaction = { health: undefined, evidence: false, marked: false, pending: [], patient: false };
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i === text.length ? '' : text.charAt(i);
    if (c !== '' && c !== enc.terminator && c !== '\n' && c !== '\r') continue;
    if (i > from) segment(text, from, i, enc, tx, out);
    from = i + 1;
  }
  flush(tx, out);
}

function flush(tx: Transaction, out: Span[]): void {
  if (tx.health === true || (tx.health === undefined && tx.evidence)) for (const s of tx.pending) out.push(s);
  tx.pending = [];
  tx.health = undefined;
  tx.evidence = false;
  tx.marked = false;
  tx.patient = false;
}

/** Splits [start, end) on `sep`, each part trimmed of spaces. */
function split(text: string, start: number, end: number, sep: string): Field[] {
  const parts: Field[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charAt(i) !== sep) continue;
    let s = from;
    let e = i;
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    parts.push({ start: s, end: e });
    from = i + 1;
  }
  return parts;
}

function segment(text: string, start: number, end: number, enc: Encoding, tx: Transaction, out: Span[]): void {
  let s = start;
  while (s < end && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  let k = idEnd(text, s, end, enc);
  if (k < 0) {
    // Pasted after prose on the same line ("Here is the claim: NM1*IL*1*…"): the first id after a blank or a colon.
    s = idAfterProse(text, s, end, enc);
    if (s < 0) return;
    k = idEnd(text, s, end, enc);
  }
  const id = text.slice(s, k);
  const el = split(text, s, end, enc.element);
  const v = (n: number): string => {
    const f = el[n];
    return f === undefined ? '' : text.slice(f.start, f.end);
  };
  switch (id) {
    case 'ST':
      flush(tx, out);
      tx.health = HEALTH_SETS.has(v(1));
      if (tx.health) mark(tx, el[1]);
      return;
    case 'SE':
      flush(tx, out);
      return;
    case 'GS':
      if (HEALTH_GROUPS.has(v(1))) tx.evidence = true;
      return;
    default:
      break;
  }
  if (tx.health === false) return;
  if (HEALTH_SEGMENTS.has(id) || (id === 'NM1' && v(1) === 'QC')) {
    tx.evidence = true;
    mark(tx, el[0]);
  }
  const add = (type: string, f: Field | undefined, score = X12_SCORE): void => {
    if (f !== undefined && f.end > f.start && !isTemplateSlot(text.slice(f.start, f.end)))
      tx.pending.push({ entityType: type, start: f.start, end: f.end, score });
  };
  switch (id) {
    case 'NM1':
      tx.patient = PATIENT_PARTIES.has(v(1)) && v(2) === '1';
      if (!tx.patient) return;
      for (const n of [3, 4, 5]) if (/\p{L}/u.test(v(n))) add('PERSON', el[n]);
      if (/\d/.test(v(9)) && v(9).length >= 2) {
        if (v(8) === 'MI' || v(8) === 'II') add('MEDICAL_RECORD_NUMBER', el[9]);
        else if (v(8) === '34') add('US_SSN', el[9]);
      }
      return;
    case 'N3':
      if (tx.patient) for (const n of [1, 2]) if (/[\p{L}\p{N}]/u.test(v(n))) add('LOCATION', el[n]);
      return;
    case 'N4':
      if (tx.patient) for (const n of [1, 3]) if (/[\p{L}\p{N}]/u.test(v(n))) add('LOCATION', el[n]);
      return;
    case 'DMG':
      if (v(1) !== 'D8' || !isDate(v(2))) return;
      // Demographics of a subscriber or patient: only health and benefit transactions carry them (270/271,
      // 276/278, 834, 837), so a fragment holding them is one even without a claim or diagnosis segment.
      if (tx.patient && tx.health === undefined) {
        tx.evidence = true;
        mark(tx, el[0]);
      }
      add('DATE_TIME', el[2], Math.max(DOB_SCORE, X12_SCORE));
      return;
    case 'HI':
      for (let n = 1; n < el.length; n++) diagnosis(text, el[n] as Field, enc, add);
      return;
    case 'CLM':
    case 'CLP':
      if (/\d/.test(v(1)) && v(1).length >= 2) add('MEDICAL_RECORD_NUMBER', el[1]);
      return;
    case 'REF': {
      const type = REF_IDS[v(1)];
      if (type !== undefined && /\d/.test(v(2))) add(type, el[2]);
      return;
    }
    default:
      return;
  }
}

/** End of the segment id at `s` (two or three capitals or digits, a capital first, then the element separator), or -1. */
function idEnd(text: string, s: number, end: number, enc: Encoding): number {
  let k = s;
  while (k < end && k - s < 3 && /[A-Z0-9]/.test(text.charAt(k))) k++;
  return k - s < 2 || text.charAt(k) !== enc.element || !/[A-Z]/.test(text.charAt(s)) ? -1 : k;
}

/** Start of the first segment id in `[s, end)` that follows a blank or a colon, or -1. */
function idAfterProse(text: string, s: number, end: number, enc: Encoding): number {
  for (let e = text.indexOf(enc.element, s); e !== -1 && e < end; e = text.indexOf(enc.element, e + 1)) {
    let b = e;
    while (b > s && e - b < 3 && /[A-Z0-9]/.test(text.charAt(b - 1))) b--;
    if (b > s && /[\s:]/.test(text.charAt(b - 1)) && idEnd(text, b, end, enc) === e) return b;
  }
  return -1;
}

function mark(tx: Transaction, f: Field | undefined): void {
  if (tx.marked || f === undefined) return;
  tx.pending.push({ entityType: 'X12_TRANSACTION', start: f.start, end: f.end, score: X12_TRANSACTION_SCORE });
  tx.marked = true;
}

function isDate(v: string): boolean {
  if (!/^\d{8}$/.test(v)) return false;
  const y = Number(v.slice(0, 4));
  return y >= 1850 && validDate(y, Number(v.slice(4, 6)), Number(v.slice(6, 8)));
}

/** One HI element, "ABK:E1165": an ICD-10-CM qualifier, then a code of a real category. */
function diagnosis(text: string, f: Field, enc: Encoding, add: (type: string, f: Field) => void): void {
  const value = text.slice(f.start, f.end);
  let sep = value.indexOf(enc.component);
  if (sep === -1) sep = value.search(/[:>]/);
  if (sep === -1 || !ICD10_QUALIFIERS.has(value.slice(0, sep))) return;
  const rest = value.slice(sep + 1);
  const codeEnd = rest.search(/[^0-9A-Z.]/);
  const code = codeEnd === -1 ? rest : rest.slice(0, codeEnd);
  if (!ICD10_CODE_RE.test(code) || !isIcd10Category(code.charAt(0), code.slice(1, 3))) return;
  add('ICD10_CODE', { start: f.start + sep + 1, end: f.start + sep + 1 + code.length });
}
