import type { Detector } from '../types';
import { detectAbaRoutingNumbers } from './aba-routing';
import { detectBeNationalNumber } from './be-national-number';
import { detectBrCpf } from './br-cpf';
import { detectCzRodneCislo } from './cz-rodne-cislo';
import { detectDeKvnr } from './de-kvnr';
import { detectDeTaxIds } from './de-tax-id';
import { detectDeVatIds } from './de-vat-id';
import { detectDkCpr } from './dk-cpr';
import { detectEsNie } from './es-nie';
import { detectEsNif } from './es-nif';
import { detectFiPersonalIdentityCodes } from './fi-personal-identity-code';
import { detectFrNir } from './fr-nir';
import { detectIbans } from './iban';
import { detectItFiscalCodes } from './it-fiscal-code';
import { detectMedicalLicenses } from './medical-license';
import { detectMemberIds } from './member-id';
import { detectMrz } from './mrz';
import { detectNlBsn } from './nl-bsn';
import { detectNoFodselsnummer } from './no-fodselsnummer';
import { detectPlPesel } from './pl-pesel';
import { detectPtNif } from './pt-nif';
import { detectRoCnp } from './ro-cnp';
import { detectSePersonnummer } from './se-personnummer';
import { detectTrTckn } from './tr-tckn';
import { detectUkNhs } from './uk-nhs';
import { detectUkNino } from './uk-nino';
import { detectUsBankNumbers } from './us-bank-number';
import { detectUsDriverLicenses } from './us-driver-license';
import { detectUsItin } from './us-itin';
import { detectUsMbi } from './us-mbi';
import { detectUsNpi } from './us-npi';
import { detectUsPassports } from './us-passport';

/**
 * The ids family's detectors, in tie-break order (earlier wins a tie on score and length):
 * checksum-validated formats first, context-only weak formats last. CREDIT_CARD and US_SSN live in
 * this folder too but are registered directly in `analyze.ts`, ahead of the other families.
 */
export const IDS_DETECTORS: readonly Detector[] = [
  detectIbans,
  detectMrz,
  detectMedicalLicenses,
  detectUkNhs,
  detectDeKvnr,
  detectUsNpi,
  detectUsMbi,
  detectFiPersonalIdentityCodes,
  detectFrNir,
  detectItFiscalCodes,
  detectEsNif,
  detectEsNie,
  detectPlPesel,
  detectNoFodselsnummer,
  detectBeNationalNumber,
  detectRoCnp,
  detectCzRodneCislo,
  detectSePersonnummer,
  detectTrTckn,
  detectBrCpf,
  detectNlBsn,
  detectPtNif,
  detectDeTaxIds,
  detectDeVatIds,
  detectUsItin,
  detectUkNino,
  detectAbaRoutingNumbers,
  detectUsPassports,
  detectUsDriverLicenses,
  detectUsBankNumbers,
  detectDkCpr,
  detectMemberIds,
];

/**
 * SPEC §4 roles of the entity types this family emits (types not listed count as personal); a
 * subset of `EntityRole`, spelled out because detectors do not import the categories module.
 */
export const IDS_ROLES: Readonly<Record<string, 'personal' | 'medical_identifier' | 'payment' | 'none'>> = {
  CREDIT_CARD: 'payment',
  US_SSN: 'personal',
  US_ITIN: 'personal',
  US_PASSPORT: 'personal',
  // A passport's or ID card's machine-readable zone: the holder's name, number, birth date, sex.
  MRZ: 'personal',
  US_DRIVER_LICENSE: 'personal',
  US_BANK_NUMBER: 'personal',
  IBAN_CODE: 'personal',
  UK_NINO: 'personal',
  ES_NIF: 'personal',
  ES_NIE: 'personal',
  IT_FISCAL_CODE: 'personal',
  FR_NIR: 'personal',
  PL_PESEL: 'personal',
  // The Dutch citizen service number (burgerservicenummer), also the patient's number in Dutch care: a national id.
  NL_BSN: 'personal',
  FI_PERSONAL_IDENTITY_CODE: 'personal',
  SE_PERSONNUMMER: 'personal',
  // Uncued DDMMYY-SSSS is scored below the personal threshold (categories.ts): no check digit.
  DK_CPR: 'personal',
  NO_FODSELSNUMMER: 'personal',
  TR_TCKN: 'personal',
  RO_CNP: 'personal',
  CZ_RODNE_CISLO: 'personal',
  // A person's Portuguese tax number; company numbers (NIPC) are not reported at all.
  PT_NIF: 'personal',
  BR_CPF: 'personal',
  BE_NATIONAL_NUMBER: 'personal',
  DE_TAX_ID: 'personal',
  // Issued to businesses, but also to sole traders: a natural person's identifier (fail closed).
  DE_VAT_ID: 'personal',
  // A health plan's member, subscriber or policy number: a person's contract (PHI in a health context).
  HEALTH_PLAN_ID: 'personal',
  // Names a bank, never a person.
  ABA_ROUTING_NUMBER: 'none',
  UK_NHS: 'medical_identifier',
  // The German statutory health insurance number: names the insured patient.
  DE_HEALTH_INSURANCE: 'medical_identifier',
  MEDICAL_LICENSE: 'medical_identifier',
  US_NPI: 'medical_identifier',
  US_MBI: 'medical_identifier',
};
