import { DOB_SCORE } from '../net/date-time';
import type { Span } from '../types';
import { isTemplateSlot } from './hl7';

/**
 * FHIR JSON resources (pretty-printed or minified, one resource or a Bundle, possibly embedded in
 * prose). Only runs when the text contains "resourceType". From the '{' that opens the object
 * holding a "resourceType" key, a small JSON tokenizer walks the object once (strings, the five
 * brackets/separators, other scalars skipped), keeping a stack of containers with the key each sits
 * under, so a value's path is known without JSON.parse: linear time, no allocation per character,
 * no size limit, and tolerant of truncated or slightly broken JSON (it stops at the first thing
 * that is not JSON and resumes at the next "resourceType"). Depth is bounded ({@link MAX_DEPTH}).
 *
 * Emitted spans (on the string contents, without quotes):
 *   - FHIR_RESOURCE (health context) on the resourceType of a clinical resource (Patient,
 *     Observation, Condition, MedicationRequest, MedicationStatement, Encounter, DiagnosticReport,
 *     Procedure, AllergyIntolerance, Immunization, ...); a Patient is a patient record.
 *   - Patient / RelatedPerson / Person: name.family, name.given[], name.text -> PERSON;
 *     birthDate -> DATE_TIME at a date-of-birth score; telecom.value -> PHONE_NUMBER or
 *     EMAIL_ADDRESS by telecom.system; address.line[], city, postalCode, text -> LOCATION;
 *     identifier.value -> MEDICAL_RECORD_NUMBER (PHI by itself).
 *   - Any identifier whose system names a national id (us-ssn, us-medicare, us-npi, nhs-number,
 *     passport, driver's licence OIDs) -> that id's type, in any resource.
 *   - coding {system, code}: loinc.org -> LOINC_CODE, snomed.info/sct -> SNOMED_CT_CODE,
 *     icd-10(-cm) -> ICD10_CODE, ndc -> NDC_CODE, rxnorm -> RXNORM_CODE.
 */
export const FHIR_SCORE = 0.9;
export const FHIR_RESOURCE_SCORE = 0.7;
const MAX_DEPTH = 64;

const CLINICAL_RESOURCES = new Set([
  'Patient',
  'Observation',
  'Condition',
  'MedicationRequest',
  'MedicationStatement',
  'MedicationAdministration',
  'MedicationDispense',
  'Medication',
  'Encounter',
  'EpisodeOfCare',
  'DiagnosticReport',
  'Procedure',
  'AllergyIntolerance',
  'Immunization',
  'CarePlan',
  'ClinicalImpression',
  'FamilyMemberHistory',
  'Specimen',
  'ServiceRequest',
  'DocumentReference',
  'Composition',
  'Claim',
  'ExplanationOfBenefit',
  'Coverage',
  'QuestionnaireResponse',
]);
const PERSON_RESOURCES = new Set(['Patient', 'RelatedPerson', 'Person']);
/** Reference fields that point at the patient a resource is about. */
const SUBJECT_FIELDS = new Set(['subject', 'patient', 'beneficiary']);

/** Identifier systems whose value is a national or medical id, by the type this library reports. */
export function identifierType(system: string): string | undefined {
  const s = system.toLowerCase();
  if (s.endsWith('/us-ssn') || s === 'urn:oid:2.16.840.1.113883.4.1') return 'US_SSN';
  if (s.endsWith('/us-medicare') || s.endsWith('/us-mbi')) return 'US_MBI';
  if (s.endsWith('/us-npi') || s === 'urn:oid:2.16.840.1.113883.4.6') return 'US_NPI';
  if (s.endsWith('/nhs-number') || s === 'urn:oid:2.16.840.1.113883.2.1.4.1') return 'UK_NHS';
  if (s.includes('/passport-') || s === 'urn:oid:2.16.840.1.113883.4.330') return 'US_PASSPORT';
  if (s.startsWith('urn:oid:2.16.840.1.113883.4.3.')) return 'US_DRIVER_LICENSE';
  // A hospital's own record-number system ("…/mrn", "…/medical-record", "…/patient-id").
  if (/(?:^|[/:._-])(?:mrn|medical-?records?(?:-?numbers?)?|patient-?ids?|pid)(?:$|[/:._-])/.test(s)) return 'MEDICAL_RECORD_NUMBER';
  return undefined;
}

function codeType(system: string): string | undefined {
  const s = system.toLowerCase();
  if (s.includes('loinc.org')) return 'LOINC_CODE';
  if (s.includes('snomed.info/sct')) return 'SNOMED_CT_CODE';
  if (s.includes('/sid/icd-10') || s.includes('icd-10-cm') || s.includes('icd10')) return 'ICD10_CODE';
  if (s.endsWith('/sid/ndc')) return 'NDC_CODE';
  if (s.includes('rxnorm')) return 'RXNORM_CODE';
  return undefined;
}

interface Frame {
  isObject: boolean;
  /** The key this container is the value of (for an object in an array: the array's key). */
  field: string;
  /** Resource type in force (set by this object's "resourceType" or inherited). */
  rt: string;
  /** This object is a resource: it declares the resourceType. */
  own: boolean;
  /** In an object: the key whose value comes next (undefined while a key is expected). */
  key: string | undefined;
  system: string;
  value: Span | undefined;
  code: Span | undefined;
}

const RESOURCE_TYPE_RE = /"resourceType"\s{0,8}:/g;

export function detectFhir(text: string, out: Span[]): void {
  if (text.indexOf('resourceType') === -1) return;
  RESOURCE_TYPE_RE.lastIndex = 0;
  let from = 0;
  for (let m = RESOURCE_TYPE_RE.exec(text); m !== null; m = RESOURCE_TYPE_RE.exec(text)) {
    if (m.index < from) continue;
    // Usually the first key: start at its object's '{'. Otherwise (or in doubt) walk from the key
    // as if inside that object; the walk then ends at the object's closing '}'.
    let open = m.index - 1;
    while (open >= from && open > m.index - 64 && /\s/.test(text.charAt(open))) open--;
    from = walk(text, open >= from && text.charCodeAt(open) === 123 ? open : m.index, out);
    RESOURCE_TYPE_RE.lastIndex = Math.max(from, m.index + m[0].length);
  }
}

function frameRt(stack: Frame[]): string {
  return stack[stack.length - 1]?.rt ?? '';
}

/** Tokenizes the JSON value starting at `start`; returns where it stopped. */
function walk(text: string, start: number, out: Span[]): number {
  const stack: Frame[] = [];
  let i = start;
  const n = text.length;
  // When started at a '"resourceType"' key without an enclosing '{', behave as inside an object.
  if (text.charCodeAt(i) !== 123)
    stack.push({ isObject: true, field: '', rt: '', own: false, key: undefined, system: '', value: undefined, code: undefined });
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: find its end, honouring escapes.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92) j += 2;
        else if (d === 34 || d === 10) break;
        else j++;
      }
      if (j >= n || text.charCodeAt(j) !== 34) return j;
      const top = stack[stack.length - 1];
      if (top === undefined) return j + 1;
      if (top.isObject && top.key === undefined) {
        top.key = text.slice(i + 1, j);
      } else {
        onString(text, stack, top, { entityType: '', start: i + 1, end: j, score: FHIR_SCORE }, out);
        if (top.isObject) top.key = undefined;
      }
      i = j + 1;
      continue;
    }
    if (c === 123 || c === 91) {
      if (stack.length >= MAX_DEPTH) return i;
      const top = stack[stack.length - 1];
      const field = top === undefined ? '' : top.isObject ? (top.key ?? '') : top.field;
      stack.push({
        isObject: c === 123,
        field,
        rt: frameRt(stack),
        own: false,
        key: undefined,
        system: '',
        value: undefined,
        code: undefined,
      });
      i++;
      continue;
    }
    if (c === 125 || c === 93) {
      const frame = stack.pop();
      if (frame === undefined) return i;
      if (frame.isObject) onObjectEnd(frame, stack, out);
      const top = stack[stack.length - 1];
      if (top === undefined) return i + 1;
      if (top.isObject) top.key = undefined;
      i++;
      continue;
    }
    if (c === 44 || c === 58 || c === 32 || c === 10 || c === 13 || c === 9) {
      i++;
      continue;
    }
    // Numbers, true/false/null: skip the token; anything else is not JSON.
    const top = stack[stack.length - 1];
    if (top === undefined) return i;
    const s = i;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (!((d >= 48 && d <= 57) || (d >= 97 && d <= 122) || d === 43 || d === 45 || d === 46 || d === 69)) break;
      i++;
    }
    if (i === s) return i;
    if (top.isObject) top.key = undefined;
  }
  return i;
}

function onString(text: string, stack: Frame[], top: Frame, span: Span, out: Span[]): void {
  const value = text.slice(span.start, span.end);
  if (isTemplateSlot(value)) return; // "{{family}}" in a resource skeleton is a slot, not a name
  if (!top.isObject) {
    // An array item: name.given[], address.line[].
    const parent = stack[stack.length - 2];
    if (!PERSON_RESOURCES.has(top.rt) || parent === undefined) return;
    if (top.field === 'given' && parent.field === 'name') emit(out, 'PERSON', span);
    else if (top.field === 'line' && parent.field === 'address') emit(out, 'LOCATION', span);
    return;
  }
  const key = top.key ?? '';
  switch (key) {
    case 'resourceType':
      top.rt = value;
      top.own = true;
      if (CLINICAL_RESOURCES.has(value)) emit(out, 'FHIR_RESOURCE', { ...span, score: FHIR_RESOURCE_SCORE });
      return;
    case 'system':
      top.system = value;
      return;
    case 'value':
      top.value = span;
      return;
    case 'code':
      top.code = span;
      return;
    default:
      break;
  }
  if (!PERSON_RESOURCES.has(top.rt)) return;
  if (top.field === 'name' && (key === 'family' || key === 'text')) emit(out, 'PERSON', span);
  else if (top.field === 'address' && (key === 'city' || key === 'postalCode' || key === 'text' || key === 'district'))
    emit(out, 'LOCATION', span);
  else if (key === 'birthDate' && top.own) emit(out, 'DATE_TIME', { ...span, score: Math.max(DOB_SCORE, FHIR_SCORE) });
}

function onObjectEnd(frame: Frame, stack: Frame[], out: Span[]): void {
  if (frame.code !== undefined && frame.system !== '') {
    const type = codeType(frame.system);
    if (type !== undefined) emit(out, type, frame.code);
  }
  if (frame.value === undefined) return;
  const idType = frame.system === '' ? undefined : identifierType(frame.system);
  if (idType !== undefined) {
    emit(out, idType, frame.value);
    return;
  }
  // A clinical resource names its patient by identifier (`subject.identifier`): a medical identifier.
  if (frame.field === 'identifier' && SUBJECT_FIELDS.has(stack[stack.length - 2]?.field ?? '')) {
    emit(out, 'MEDICAL_RECORD_NUMBER', frame.value);
    return;
  }
  if (!PERSON_RESOURCES.has(frame.rt)) return;
  if (frame.field === 'telecom') {
    emit(out, frame.system === 'email' ? 'EMAIL_ADDRESS' : frame.system === 'url' ? 'URL' : 'PHONE_NUMBER', frame.value);
  } else if (frame.field === 'identifier' && frame.rt === 'Patient' && stack[stack.length - 2]?.own === true) {
    emit(out, 'MEDICAL_RECORD_NUMBER', frame.value);
  }
}

function emit(out: Span[], entityType: string, span: Span): void {
  if (span.end > span.start) out.push({ entityType, start: span.start, end: span.end, score: span.score });
}
