import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics. Label values come only from closed sets the gateway owns (tenant and provider ids of
 * the policy, route ids, status codes, entity type names, outcome enums): never from request content.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'gateway_requests_total',
    help: 'Chat and embedding requests by tenant, route, provider and HTTP status.',
    labelNames: ['tenant', 'route', 'provider', 'status'] as const,
    registers: [this.registry],
  });
  readonly decisionSeconds = new Histogram({
    name: 'gateway_decision_seconds',
    help: 'Time to classify, evaluate policy and plan a request.',
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05],
    registers: [this.registry],
  });
  readonly overheadSeconds = new Histogram({
    name: 'gateway_overhead_seconds',
    help: 'What the gateway adds to an answered request: total time (for a stream, to its first byte) minus time waiting on providers.',
    labelNames: ['endpoint'] as const,
    buckets: [0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  readonly upstreamSeconds = new Histogram({
    name: 'gateway_upstream_seconds',
    help: 'Upstream attempt latency by provider, model and outcome.',
    labelNames: ['provider', 'model', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly fallbacks = new Counter({
    name: 'gateway_fallbacks_total',
    help: 'Attempts that moved on to the next permitted candidate.',
    labelNames: ['provider'] as const,
    registers: [this.registry],
  });
  readonly escalations = new Counter({
    name: 'gateway_escalations_total',
    help: 'Cascade answers rejected (invalid JSON, length, refusal) and escalated, by provider.',
    labelNames: ['provider'] as const,
    registers: [this.registry],
  });
  readonly breakerSkips = new Counter({
    name: 'gateway_breaker_skips_total',
    help: 'Candidates skipped because their circuit breaker was open or they were rate limited upstream.',
    labelNames: ['provider', 'reason'] as const,
    registers: [this.registry],
  });
  readonly costUsd = new Counter({
    name: 'gateway_cost_usd_total',
    help: 'Estimated upstream cost in USD from usage and the price table.',
    labelNames: ['tenant', 'provider'] as const,
    registers: [this.registry],
  });
  readonly detections = new Counter({
    name: 'gateway_pii_detections_total',
    help: 'Detected entities by type (counts only).',
    labelNames: ['entity_type'] as const,
    registers: [this.registry],
  });
  readonly denials = new Counter({
    name: 'gateway_policy_denials_total',
    help: 'Requests refused by policy, by tenant.',
    labelNames: ['tenant'] as const,
    registers: [this.registry],
  });
  readonly budgetSettleFailures = new Counter({
    name: 'gateway_budget_settle_failures_total',
    help: 'Budget holds that could not be settled after the outcome (the hold stays reserved: over-counts, never under-counts).',
    labelNames: ['tenant'] as const,
    registers: [this.registry],
  });
  readonly ruleMatches = new Counter({
    name: 'gateway_rule_matches_total',
    help: 'Requests routed by each route rule (`none`: rules applied, none matched, the default route served).',
    labelNames: ['rule'] as const,
    registers: [this.registry],
  });
  readonly ruleEscalations = new Counter({
    name: 'gateway_rule_escalations_total',
    help: 'Cascade escalations of requests routed by each route rule.',
    labelNames: ['rule'] as const,
    registers: [this.registry],
  });
  readonly ruleCostUsd = new Counter({
    name: 'gateway_rule_cost_usd_total',
    help: 'Estimated upstream cost in USD of requests routed by each route rule.',
    labelNames: ['rule'] as const,
    registers: [this.registry],
  });
  readonly ruleUpstreamSeconds = new Histogram({
    name: 'gateway_rule_upstream_seconds',
    help: 'Time waiting on providers (all attempts) for requests routed by each route rule.',
    labelNames: ['rule'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120],
    registers: [this.registry],
  });
  readonly ledgerBatchSize = new Histogram({
    name: 'gateway_ledger_batch_size',
    help: 'Entries per group-committed ledger transaction.',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [this.registry],
  });
  readonly ledgerCommitSeconds = new Histogram({
    name: 'gateway_ledger_commit_seconds',
    help: 'Ledger batch commit latency (durable), by result.',
    labelNames: ['result'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1],
    registers: [this.registry],
  });
  // Route health (issue 17): per route and the model that answered. Cost per successful request is
  // gateway_route_cost_usd_total / gateway_route_requests_total{status="ok"}. `traffic` separates user
  // requests (`api`) from eval and drift runs, so the dashboards can leave the latter out.
  readonly routeRequests = new Counter({
    name: 'gateway_route_requests_total',
    help: 'Answered or failed requests by route, provider/model that answered (none on failure), status and traffic.',
    labelNames: ['route', 'model', 'status', 'traffic'] as const,
    registers: [this.registry],
  });
  readonly routeEscalations = new Counter({
    name: 'gateway_route_escalations_total',
    help: 'Requests whose cascade escalated at least once, by route and the model that finally answered.',
    labelNames: ['route', 'model', 'traffic'] as const,
    registers: [this.registry],
  });
  readonly routeFallbacks = new Counter({
    name: 'gateway_route_fallbacks_total',
    help: 'Requests where an attempt failed or timed out and another permitted candidate was tried.',
    labelNames: ['route', 'model', 'traffic'] as const,
    registers: [this.registry],
  });
  readonly routeBrokenJson = new Counter({
    name: 'gateway_route_broken_json_total',
    help: 'Answers rejected as invalid JSON against the request format, by route and the model that gave them.',
    labelNames: ['route', 'model', 'traffic'] as const,
    registers: [this.registry],
  });
  readonly routeCostUsd = new Counter({
    name: 'gateway_route_cost_usd_total',
    help: 'Estimated upstream cost in USD by route and model.',
    labelNames: ['route', 'model', 'traffic'] as const,
    registers: [this.registry],
  });
  readonly driftRuns = new Counter({
    name: 'gateway_drift_runs_total',
    help: 'Drift watch runs by route and result (baseline, ok, drift).',
    labelNames: ['route', 'result'] as const,
    registers: [this.registry],
  });
  readonly driftAlerts = new Counter({
    name: 'gateway_drift_alerts_total',
    help: 'Drift alerts by route and reason (quality, format, refusal, model).',
    labelNames: ['route', 'reason'] as const,
    registers: [this.registry],
  });
  readonly driftDetected = new Gauge({
    name: 'gateway_drift_detected',
    help: '1 while the last drift run of a route found drift against its baseline, else 0.',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
