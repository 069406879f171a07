export { classify, classifyTexts, analyzeText, warmClassifier, type Classification, type Finding, type PresidioResult } from './classify';
export { categoriesFor, categoriesForFindings, findingRole, levelFor, roleOf, ENTITY_ROLES, type EntityRole } from './categories';
export { normalize, toOriginalSpan, type Normalized } from './normalize';
export { analyzeSpans, DETECTORS } from './analyze';
export type { Detector, Span } from './detectors/types';
export type { OffsetMap } from './normalize';
export {
  redactText,
  operatorFor,
  operatorProblem,
  operatorMapProblems,
  applyOperator,
  prepareSpans,
  pseudonymize,
  findingsPerText,
  DEFAULT_OPERATOR,
  MIN_HASH_KEY_BYTES,
  type Operator,
  type OperatorMap,
  type ReplaceOperator,
  type MaskOperator,
  type HashOperator,
  type RedactOperator,
  type KeepOperator,
  type RedactionSpan,
  type PseudonymVault,
  type PseudonymizeOptions,
  type StreamRestorer,
} from './redact';
export { scrubText, scrubDeep } from './redact';
export {
  classifyRequest,
  classifyReadable,
  readRequest,
  unreadableLevel,
  type ReadableRequest,
  type RequestClassification,
  type OpaqueCounts,
  type UnreadableContent,
} from './classify-request';
export { decodedViews, decodeBlob, unescapeView, base64Views, type DecodedView } from './decode';
