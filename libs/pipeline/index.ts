export { chatNeeds, CAPABILITY_PARAM, fitsContext, missingCapability, type Capability } from './capabilities';
export {
  decide,
  decideWith,
  inForceVerdict,
  type Decision,
  type DecisionInput,
  type InForceVerdict,
  type RequestShape,
  type TenantFacts,
} from './decide';
export { requestShape } from './request-shape';
export {
  chooseByRules,
  chooseLive,
  ruleBody,
  ruleClause,
  type KeywordScan,
  type RuleChooser,
  type RuleOutcome,
  type SkippedRule,
} from './rule-choice';
export { prepareEgress, type Egress } from './egress';
export { dataSentence, policySentence, sentSentence } from './explain';
export { attemptsBody, modelName, nanoUsd, usageBody, type Body } from './ledger-bodies';
export { decisionHeaders, providerHeaders } from './response-headers';
export { ClientGoneError, classifyUpstreamError, failedAttempts, routeFailureError } from './upstream-errors';
export { parseResponsesRequest, responsesRequestSchema, toChatRequest, type ResponsesRequest } from './responses/request';
export { toResponseObject, type OutputItem, type ResponseObject, type ResponsesUsage } from './responses/response';
export { ResponsesEventWriter, type ResponsesEvent } from './responses/events';
export { legFor, shadowSummary, type LiveVersions, type VersionLeg } from './legs';
export { shadowReport, type ShadowedDecision, type ShadowReport } from './shadow-report';
export {
  replayDecision,
  simulate,
  type ChangedDecision,
  type DecisionSide,
  type RecordedDecision,
  type Replay,
  type SimulateOptions,
  type SimulationReport,
  type Verdict,
} from './simulate';
export {
  decisionView,
  matchesFilter,
  type AttemptView,
  type DecisionFilter,
  type DecisionRecord,
  type DecisionStatus,
  type DecisionView,
} from './decision-view';
export { overview, percentile, type Overview } from './overview';
