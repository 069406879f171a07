export { classify, classifyTexts, analyzeText, type Classification, type Finding, type PresidioResult } from './classify';
export { categoriesFor, levelFor, roleOf, ENTITY_ROLES, type EntityRole } from './categories';
export { normalize, toOriginalSpan, type Normalized } from './normalize';
export { analyzeSpans, DETECTORS } from './analyze';
export type { Detector, Span } from './detectors/types';
