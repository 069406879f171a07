/** Routing inside the permitted set (SPEC §6): plan the candidates, then try them with timeouts and fallback. */
export { acceptCompletion, answerConfidence, matchesSchema, type AcceptCompletionOptions } from './accept';
export {
  CircuitBreakers,
  type BreakerDecision,
  type BreakerPermit,
  type BreakerPort,
  type BreakerSnapshot,
  type BreakerState,
  type BreakerVerdict,
  type CircuitBreakerOptions,
  type UnavailableReason,
} from './breaker';
export { estimateCostUsd, formatUsd, type ModelOffer } from './cost';
export { LatencyStats, type LatencySnapshot, type LatencyStatsOptions } from './latency';
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
  type LatencyRecorder,
  type RouteOptions,
  type RouteResult,
  type RouteStop,
  type SkippedCandidate,
} from './route';
export { countPromptTokens, countTextTokens, MESSAGE_OVERHEAD_TOKENS, warmTokenizer } from './tokens';
export { ESCALATION_REASONS, type EscalationReason, type LatencyView, type ModelTarget } from './types';
