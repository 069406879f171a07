import type { Category, DataLevel } from '@libs/core';
import { CLINICAL_ROLES } from './detectors/clinical';
import { IDS_ROLES } from './detectors/ids';
import { isPersonalSpan, NET_ROLES } from './detectors/net';
import { isImpersonalNerSpan, isPersonalNerSpan, NER_ROLES } from './detectors/ner';
import { isImpersonalIpSpan } from './detectors/net/ip-address';
import { isImpersonalEmailSpan } from './detectors/net/email';
import { isImpersonalPhoneSpan } from './detectors/net/business-phone';

/**
 * What an entity type means for SPEC §4's categories:
 *   - `personal`: identifies a person -> PII (and PHI when the conversation is a health context)
 *   - `medical_identifier`: identifies a patient -> PHI by itself
 *   - `payment`: a valid payment card -> PCI
 *   - `secret`: credentials -> CREDENTIALS
 *   - `health`: health context only, identifies no one -> no category by itself
 *   - `none`: detected and counted (and redactable) but not an identifier of a person (e.g. a URL)
 */
export type EntityRole = 'personal' | 'medical_identifier' | 'payment' | 'secret' | 'health' | 'none';

/**
 * Roles of the types this library emits, plus Presidio types a later engine or an external
 * Presidio may add. Unknown types count as `personal`: an unrecognised identifier fails closed.
 */
export const ENTITY_ROLES: Readonly<Record<string, EntityRole>> = {
  PERSON: 'personal',
  EMAIL_ADDRESS: 'personal',
  PHONE_NUMBER: 'personal',
  US_SSN: 'personal',
  DATE_TIME: 'personal', // only emitted as a date of birth
  MEDICAL_RECORD_NUMBER: 'medical_identifier',
  UK_NHS: 'medical_identifier',
  MEDICAL_LICENSE: 'medical_identifier',
  CREDIT_CARD: 'payment',
  API_KEY_SECRET: 'secret',
  MEDICAL_CONDITION: 'health',
  ICD10_CODE: 'health',
  ...CLINICAL_ROLES,
  ...IDS_ROLES,
  ...NET_ROLES,
  ...NER_ROLES,
};

export function roleOf(entityType: string): EntityRole {
  return ENTITY_ROLES[entityType] ?? 'personal';
}

/** Below this score a medical identifier is an uncorroborated checksum match (e.g. any 10-digit number). */
const MEDICAL_ID_MIN_SCORE = 0.6;

/**
 * The role of one finding, where the score says more than the type: a date is personal only as a date of
 * birth (a birth cue scores it higher), a LOCATION only as a postal address (address lines score higher),
 * a PERSON not when a notable person is named in an encyclopedic question (scored lower), an IP address
 * not when it is from a private, loopback, link-local, documentation or other reserved block (scored
 * lower), nor a role mailbox (info@, support@, noreply@: scored lower), and a medical identifier without
 * any cue does not escalate to PHI.
 */
export function findingRole(f: { entityType: string; score: number }): EntityRole {
  if (isPersonalSpan(f) || isPersonalNerSpan(f)) return 'personal';
  if (isImpersonalNerSpan(f) || isImpersonalIpSpan(f) || isImpersonalEmailSpan(f) || isImpersonalPhoneSpan(f)) return 'none';
  const role = roleOf(f.entityType);
  if (role === 'medical_identifier' && f.score < MEDICAL_ID_MIN_SCORE) return 'none';
  // A licence-shaped id without any cue is reported (Presidio's weak score) but identifies no one by itself.
  if (f.entityType === 'US_DRIVER_LICENSE' && f.score < DL_UNCUED_MAX_SCORE) return 'none';
  // An uncued 15-digit number that passes the NIR key is as often an IMEI or a trace id (ids/fr-nir.ts).
  if (f.entityType === 'FR_NIR' && f.score < NIR_UNCUED_MAX_SCORE) return 'none';
  // A DDMMYY-SSSS without a CPR cue: a date and four digits, no check digit since 2007 (ids/dk-cpr.ts).
  if (f.entityType === 'DK_CPR' && f.score < CPR_UNCUED_MAX_SCORE) return 'none';
  return role;
}

/** Below this a DK_CPR is an uncued date-shaped match (ids/dk-cpr.ts). */
const CPR_UNCUED_MAX_SCORE = 0.35;

/** Below this a FR_NIR is an uncued key match (ids/fr-nir.ts). */
const NIR_UNCUED_MAX_SCORE = 0.35;

/** Below this a US_DRIVER_LICENSE is an uncued shape match (ids/us-driver-license.ts). */
const DL_UNCUED_MAX_SCORE = 0.35;

/**
 * Categories for a set of detected types (sorted, unique). PHI needs a health context together with
 * a personal identifier anywhere in the same conversation, or any medical identifier.
 */
export function categoriesFor(entityTypes: Iterable<string>, healthContext: boolean): Category[] {
  return categoriesForRoles([...entityTypes].map(roleOf), healthContext);
}

/** Categories of a set of findings, judged one by one (findingRole). */
export function categoriesForFindings(findings: Iterable<{ entityType: string; score: number }>, healthContext: boolean): Category[] {
  const roles: EntityRole[] = [];
  for (const f of findings) roles.push(findingRole(f));
  return categoriesForRoles(roles, healthContext);
}

function categoriesForRoles(roles: Iterable<EntityRole>, healthContext: boolean): Category[] {
  let personal = false;
  let medicalId = false;
  let payment = false;
  let secret = false;
  for (const role of roles) {
    if (role === 'personal') personal = true;
    else if (role === 'medical_identifier') medicalId = true;
    else if (role === 'payment') payment = true;
    else if (role === 'secret') secret = true;
  }
  const out: Category[] = [];
  // Pushed in alphabetical order, so the result is sorted.
  if (secret) out.push('CREDENTIALS');
  if (payment) out.push('PCI');
  if (medicalId || (healthContext && personal)) out.push('PHI');
  if (personal) out.push('PII');
  return out;
}

/** restricted for PHI, PCI or CREDENTIALS; confidential for PII; public otherwise. */
export function levelFor(categories: readonly Category[]): DataLevel {
  if (categories.some((c) => c === 'PHI' || c === 'PCI' || c === 'CREDENTIALS')) return 'restricted';
  return categories.includes('PII') ? 'confidential' : 'public';
}
