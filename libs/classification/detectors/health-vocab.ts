/**
 * The clinical vocabulary and its kinds, for the scanner in ./health/ (one import point: the
 * scanner's files sit two levels below libs/classification and import nothing above their parent).
 */
export { CLINICAL_SUFFIXES, CLINICAL_TERMS } from '../data/clinical-vocab';
export { HEALTH_TERM_KINDS, KIND, type HealthTermKind } from '../health-terms';
