/** Routing inside the permitted set (SPEC §6): plan the candidates, then try them with timeouts and fallback. */
export { estimateCostUsd, formatUsd, type ModelOffer } from './cost';
export {
  candidateKey,
  explainChoice,
  planRoute,
  SUPPORTED_STRATEGIES,
  type Candidate,
  type DroppedOffer,
  type Plan,
  type PlanInput,
  type StrategyName,
} from './plan';
export {
  route,
  RouteExhaustedError,
  type Attempt,
  type Classification,
  type RouteOptions,
  type RouteResult,
  type RouteStop,
  type SkippedCandidate,
} from './route';
export { countPromptTokens, countTextTokens, MESSAGE_OVERHEAD_TOKENS, warmTokenizer } from './tokens';
