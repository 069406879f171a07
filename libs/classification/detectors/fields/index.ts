import type { Detector } from '../types';
import { detectKeyedValues } from './keyed-values';

/**
 * Identifiers whose only cue is a field name: a JSON/YAML/`key=value` key.
 * Last in tie-break order: where a prose detector already reports the same span, its finding stands.
 * They emit only existing types (MEDICAL_RECORD_NUMBER, DATE_TIME), so no roles of their own.
 */
export const FIELD_DETECTORS: readonly Detector[] = [detectKeyedValues];

/** Keyed values are record numbers and dates: they need a digit. */
export const FIELD_NEEDS_DIGIT: readonly Detector[] = [detectKeyedValues];

export { detectKeyedValues };
export { forgetFieldNames } from './vocab';
