export {
  applyOperator,
  operatorMapProblems,
  operatorProblem,
  MIN_HASH_KEY_BYTES,
  type HashOperator,
  type KeepOperator,
  type MaskOperator,
  type Operator,
  type OperatorMap,
  type RedactOperator,
  type ReplaceOperator,
} from './operators';
export { redactText, operatorFor, DEFAULT_OPERATOR } from './redact-text';
export { pseudonymize, findingsPerText, type PseudonymVault, type PseudonymizeOptions } from './pseudonymize';
export type { StreamRestorer } from './stream-restore';
export { prepareSpans, type RedactionSpan } from './spans';
export { scrubText, scrubDeep } from './scrub';
