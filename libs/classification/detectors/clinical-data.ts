/**
 * The generated clinical code tables (libs/classification/data/clinical-codes-*.ts), re-exported
 * for the detectors/clinical family: one import point for the generated data.
 */
export { ICD10_ALNUM_CATEGORIES, ICD10_CATEGORY_MASKS } from '../data/clinical-codes-icd10';
