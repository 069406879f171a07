import type { Detector } from '../types';
import { detectCda } from './cda';
import { detectClinicalCodes } from './codes';
import { detectDicom } from './dicom';
import { detectFhir } from './fhir';
import { detectHl7 } from './hl7';
import { detectIcd10Codes } from './icd10';
import { detectX12 } from './x12';

/**
 * The clinical family: structured health formats (HL7 v2, FHIR JSON, HL7 v3 CDA XML, X12 health EDI, DICOM attributes) and terminology codes
 * (ICD-10, LOINC, SNOMED CT, NDC). HL7, FHIR, CDA and X12 are prefiltered on '|' / "resourceType" / HL7 v3 tags / NM1 and may
 * emit identifiers (MRN, names, dates of birth) from their fields; the code detectors need a digit.
 */
export const CLINICAL_DETECTORS: readonly Detector[] = [
  detectHl7,
  detectFhir,
  detectCda,
  detectX12,
  detectDicom,
  detectIcd10Codes,
  detectClinicalCodes,
];

/** Detectors of this family that only match text holding an ASCII digit. */
export const CLINICAL_NEEDS_DIGIT: readonly Detector[] = [detectIcd10Codes, detectClinicalCodes];

/**
 * SPEC §4 roles of the types this family adds: codes and record structure are health context
 * (they identify no one). Identifiers found inside records use the existing types (PERSON,
 * MEDICAL_RECORD_NUMBER, DATE_TIME at a date-of-birth score, ...).
 */
export const CLINICAL_ROLES: Readonly<Record<string, 'health'>> = {
  ICD10_CODE: 'health',
  LOINC_CODE: 'health',
  SNOMED_CT_CODE: 'health',
  NDC_CODE: 'health',
  RXNORM_CODE: 'health',
  HL7_SEGMENT: 'health',
  FHIR_RESOURCE: 'health',
  CDA_DOCUMENT: 'health',
  X12_TRANSACTION: 'health',
};

export { detectCda, detectClinicalCodes, detectDicom, detectFhir, detectHl7, detectIcd10Codes, detectX12 };
