import { validDate } from '../ids/checks';
import { DOB_SCORE } from '../net/date-time';
import type { Span } from '../types';
import { identifierType } from './fhir';
import { isTemplateSlot } from './hl7';

/**
 * HL7 v3 XML: CDA and C-CDA documents (ClinicalDocument, recordTarget/patientRole) and fragments of
 * them (a <patient> element, an <observation> entry). Only runs when the text holds '<' and an HL7
 * v3 element or attribute ({@link GATE}). One pass over the tags: an element stack (local names,
 * namespace prefixes dropped, depth bounded) tells each value where it sits; the text of a leaf
 * element is the text between its tags. Tolerant of fragments and unbalanced tags, linear time.
 *
 * Emitted spans, modelled on the FHIR detector (the same types and scores):
 *   - CDA_DOCUMENT (health context) on the ClinicalDocument and patientRole tag names, on the first
 *     C-CDA templateId root (2.16.840.1.113883.10.20.*) of a fragment without them, and on a
 *     <patient> element that holds a name or a birth time: such XML is a patient record.
 *   - <name><given>/<family> (or a name's own text) -> PERSON; <birthTime value="YYYYMMDD…"/> ->
 *     DATE_TIME at a date-of-birth score; <addr> parts (streetAddressLine, city, postalCode, county,
 *     or the own text of a patient's or a relative's address) -> LOCATION at an address score; <telecom value="tel:…|mailto:…"/>
 *     -> PHONE_NUMBER / EMAIL_ADDRESS; <patientRole><id extension="…" root="…"/> ->
 *     MEDICAL_RECORD_NUMBER, or the national id its root OID names (SSN, NPI, NHS, passport).
 *     Names, addresses and contacts of care providers and organisations (assignedPerson,
 *     representedOrganization, …) are left out, as FHIR leaves out Practitioner.
 *   - code/codeSystem pairs on any element: 2.16.840.1.113883.6.96 -> SNOMED_CT_CODE, 6.1 ->
 *     LOINC_CODE, 6.90 / 6.3 -> ICD10_CODE, 6.88 -> RXNORM_CODE, 6.69 -> NDC_CODE.
 * XML that is not HL7 v3 (a Maven pom, SVG, an RSS <author><name>) has none of these elements, and
 * a <name> is read only through its HL7 parts or under a patient-like parent.
 */
export const CDA_SCORE = 0.9;
export const CDA_DOCUMENT_SCORE = 0.7;
const MAX_DEPTH = 64;

/** An HL7 v3 element or attribute somewhere in the text (tested only when the text holds '<'). */
const GATE = /<(?:[\w.-]{1,30}:)?(?:given|family|birthTime|patientRole|ClinicalDocument|streetAddressLine|addr)[\s/>]|codeSystem\s*=/;
/** A start or end tag at a '<': end mark, local name (prefix dropped), attributes, self-closing mark. */
const TAG_RE = /<(\/?)((?:[A-Za-z_][\w.-]{0,30}:)?)([A-Za-z_][\w.-]{0,63})((?:\s[^<>]{0,4000}?)?)(\/?)>/y;
const ATTR_RE = /([\w:.-]{1,64})\s*=\s*(?:"([^"]{0,2000})"|'([^']{0,2000})')/g;

/** Parents whose names, addresses and contacts belong to a care provider or an organisation. */
const PROVIDERS = new Set([
  'assignedPerson',
  'assignedEntity',
  'assignedAuthor',
  'representedOrganization',
  'representedCustodianOrganization',
  'serviceProviderOrganization',
  'providerOrganization',
  'scopingOrganization',
  'wholeOrganization',
  'manufacturerOrganization',
  'healthCareFacility',
  'location',
  'playingEntity',
  'intendedRecipient',
]);
/** Elements whose own <name> text (without given/family parts) is a person's name. */
const PERSON_HOLDERS = new Set(['patient', 'guardianPerson', 'relatedPerson', 'associatedPerson']);
/** Parents of an <addr> written as plain text that is a person's address (a bare <addr> may hold a network address). */
const ADDRESS_HOLDERS = new Set(['patientRole', 'guardian', 'associatedEntity', 'relatedEntity']);
const NAME_PARTS = new Set(['given', 'family']);
const ADDRESS_PARTS = new Set(['streetAddressLine', 'city', 'postalCode', 'county', 'houseNumber', 'streetName']);
/** Parents of an <id> that identifies the patient. */
const PATIENT_ID_HOLDERS = new Set(['patientRole', 'patient']);

const CODE_SYSTEMS: Readonly<Record<string, string>> = {
  '2.16.840.1.113883.6.96': 'SNOMED_CT_CODE',
  '2.16.840.1.113883.6.1': 'LOINC_CODE',
  '2.16.840.1.113883.6.90': 'ICD10_CODE',
  '2.16.840.1.113883.6.3': 'ICD10_CODE',
  '2.16.840.1.113883.6.88': 'RXNORM_CODE',
  '2.16.840.1.113883.6.69': 'NDC_CODE',
};
const CCDA_TEMPLATE = '2.16.840.1.113883.10.20.';

interface Element {
  name: string;
  /** Where the element's content starts (after its start tag). */
  contentStart: number;
  hasChild: boolean;
  /** Start of the tag name, for a CDA_DOCUMENT marker. */
  nameStart: number;
  /** out.length when the element opened: did anything personal get emitted inside it? */
  emitted: number;
}

interface Attr {
  start: number;
  end: number;
  value: string;
}

interface State {
  stack: Element[];
  marked: boolean;
}

export function detectCda(text: string, out: Span[]): void {
  const first = text.indexOf('<');
  if (first === -1 || !GATE.test(text)) return;
  const st: State = { stack: [], marked: false };
  for (let lt = first; lt !== -1; lt = text.indexOf('<', lt + 1)) {
    TAG_RE.lastIndex = lt;
    const m = TAG_RE.exec(text);
    if (m === null) continue;
    const [whole, close = '', prefix = '', name = '', attrs = '', selfClosing] = m;
    const end = lt + whole.length;
    if (close === '/') closeElement(text, st, name, lt, out);
    else openElement(st, { name, nameStart: lt + 1 + prefix.length, attrs, selfClosing: selfClosing === '/', end }, out);
    lt = end - 1;
  }
}

function parentName(stack: readonly Element[], up = 0): string {
  return stack[stack.length - 1 - up]?.name ?? '';
}

interface StartTag {
  name: string;
  nameStart: number;
  attrs: string;
  selfClosing: boolean;
  /** Just after the tag's '>'. */
  end: number;
}

function openElement(st: State, tag: StartTag, out: Span[]): void {
  const { name, nameStart, end } = tag;
  const top = st.stack[st.stack.length - 1];
  if (top !== undefined) top.hasChild = true;
  if (name === 'ClinicalDocument' || name === 'patientRole') {
    out.push({ entityType: 'CDA_DOCUMENT', start: nameStart, end: nameStart + name.length, score: CDA_DOCUMENT_SCORE });
    st.marked = true;
  }
  if (tag.attrs.length > 0) onAttributes(st, name, readAttrs(tag.attrs, nameStart + name.length), out);
  if (tag.selfClosing) return;
  if (st.stack.length >= MAX_DEPTH) st.stack.shift(); // keep the innermost elements of absurdly deep XML
  st.stack.push({ name, contentStart: end, hasChild: false, nameStart, emitted: out.length });
}

function readAttrs(attrs: string, offset: number): Map<string, Attr> {
  const map = new Map<string, Attr>();
  ATTR_RE.lastIndex = 0;
  for (let a = ATTR_RE.exec(attrs); a !== null; a = ATTR_RE.exec(attrs)) {
    const value = a[2] ?? a[3] ?? '';
    const start = offset + a.index + a[0].length - value.length - 1;
    const key = a[1] ?? '';
    map.set(key.slice(key.indexOf(':') + 1), { start, end: start + value.length, value });
  }
  return map;
}

function onAttributes(st: State, name: string, attrs: Map<string, Attr>, out: Span[]): void {
  const parent = parentName(st.stack);
  const code = attrs.get('code');
  const system = attrs.get('codeSystem');
  if (code !== undefined && system !== undefined) {
    const type = CODE_SYSTEMS[system.value.trim()];
    if (type !== undefined) emit(out, type, code, CDA_SCORE);
  }
  const value = attrs.get('value');
  if (name === 'birthTime' && value !== undefined && !PROVIDERS.has(parent)) birthTime(value, out);
  else if (name === 'telecom' && value !== undefined && !PROVIDERS.has(parent)) telecom(value, out);
  else if (name === 'id' && PATIENT_ID_HOLDERS.has(parent)) patientId(attrs, out);
  else if (name === 'templateId' && !st.marked) {
    const root = attrs.get('root');
    if (root?.value.startsWith(CCDA_TEMPLATE) === true) {
      emit(out, 'CDA_DOCUMENT', root, CDA_DOCUMENT_SCORE);
      st.marked = true;
    }
  }
}

/** HL7 v3 TS: YYYYMMDD, optionally followed by a time and a zone; a real date. */
function birthTime(value: Attr, out: Span[]): void {
  const v = value.value;
  if (!/^\d{8}(?:\d{2,6}(?:\.\d{1,4})?)?(?:[+-]\d{4})?$/.test(v)) return;
  if (!validDate(Number(v.slice(0, 4)), Number(v.slice(4, 6)), Number(v.slice(6, 8))) || Number(v.slice(0, 4)) < 1850) return;
  emit(out, 'DATE_TIME', value, Math.max(DOB_SCORE, CDA_SCORE));
}

function telecom(value: Attr, out: Span[]): void {
  const colon = value.value.indexOf(':');
  const scheme = value.value.slice(0, colon).toLowerCase();
  const rest = { start: value.start + colon + 1, end: value.end, value: value.value.slice(colon + 1) };
  if (scheme === 'tel' || scheme === 'fax') {
    if (digits(rest.value) >= 7) emit(out, 'PHONE_NUMBER', rest, CDA_SCORE);
  } else if (scheme === 'mailto' && value.value.includes('@')) {
    emit(out, 'EMAIL_ADDRESS', rest, CDA_SCORE);
  }
}

function digits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

function patientId(attrs: Map<string, Attr>, out: Span[]): void {
  const ext = attrs.get('extension');
  if (ext === undefined || ext.value.trim().length < 2 || !/\d/.test(ext.value)) return;
  const root = attrs.get('root')?.value.trim() ?? '';
  const type = root === '' ? undefined : identifierType(`urn:oid:${root}`);
  emit(out, type ?? 'MEDICAL_RECORD_NUMBER', ext, CDA_SCORE);
}

function closeElement(text: string, st: State, name: string, lt: number, out: Span[]): void {
  // Pop to the matching start tag; an end tag that matches nothing open is ignored.
  let k = st.stack.length - 1;
  while (k >= 0 && (st.stack[k] as Element).name !== name) k--;
  if (k < 0) return;
  const el = st.stack[k] as Element;
  st.stack.length = k;
  const parent = parentName(st.stack);
  if (!el.hasChild) leafText(text, st, el, parent, lt, out);
  if (name === 'patient' && out.length > el.emitted && !st.marked) {
    out.push({ entityType: 'CDA_DOCUMENT', start: el.nameStart, end: el.nameStart + name.length, score: CDA_DOCUMENT_SCORE });
    st.marked = true;
  }
}

function leafText(text: string, st: State, el: Element, parent: string, lt: number, out: Span[]): void {
  const span = trimmedSpan(text, el.contentStart, lt);
  if (span === undefined) return;
  const grandparent = parentName(st.stack, 1);
  if (NAME_PARTS.has(el.name)) {
    if (parent === 'name' && !PROVIDERS.has(grandparent)) emit(out, 'PERSON', span, CDA_SCORE);
  } else if (el.name === 'name') {
    // <relatedSubject><subject><name>: a relative in a family history.
    if (PERSON_HOLDERS.has(parent) || (parent === 'subject' && grandparent === 'relatedSubject')) emit(out, 'PERSON', span, CDA_SCORE);
  } else if (ADDRESS_PARTS.has(el.name)) {
    if (parent === 'addr' && !PROVIDERS.has(grandparent)) emit(out, 'LOCATION', span, CDA_SCORE);
  } else if (el.name === 'addr' && ADDRESS_HOLDERS.has(parent)) {
    emit(out, 'LOCATION', span, CDA_SCORE);
  }
}

/** The text between two offsets without surrounding white space, if it holds a letter or digit and is no slot. */
function trimmedSpan(text: string, start: number, end: number): Attr | undefined {
  if (end - start > 400) return undefined;
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  const value = text.slice(s, e);
  if (!/[\p{L}\p{N}]/u.test(value) || isTemplateSlot(value)) return undefined;
  return { start: s, end: e, value };
}

function emit(out: Span[], entityType: string, span: Attr, score: number): void {
  if (span.end > span.start && !isTemplateSlot(span.value)) out.push({ entityType, start: span.start, end: span.end, score });
}
