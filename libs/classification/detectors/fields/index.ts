import type { Detector } from '../types';
import { detectKeyedValues } from './keyed-values';
import { detectTables } from './tables';

/**
 * Identifiers whose only cue is a field name: a JSON/YAML/`key=value` key, or a table's column header.
 * Last in tie-break order: where a prose detector already reports the same span, its finding stands.
 * They emit only existing types (MEDICAL_RECORD_NUMBER, DATE_TIME, PERSON, LOCATION, US_SSN and the
 * health types), so no roles of their own.
 */
export const FIELD_DETECTORS: readonly Detector[] = [detectKeyedValues, detectTables];

/** Keyed values are record numbers and dates: they need a digit. Tables may hold names only. */
export const FIELD_NEEDS_DIGIT: readonly Detector[] = [detectKeyedValues];

export { detectKeyedValues, detectTables };
export { forgetFieldNames } from './vocab';
