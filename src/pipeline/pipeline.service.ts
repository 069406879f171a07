import { Inject, Injectable } from '@nestjs/common';
import type { Classification } from '@libs/classification';
import { GatewayError, type DataLevel, type Usage } from '@libs/core';
import type { EncodedLeaf } from '@libs/ledger';
import {
  ClientGoneError,
  classifyUpstreamError,
  type Body,
  decide,
  decisionHeaders,
  inForceVerdict,
  legFor,
  modelName,
  nanoUsd,
  prepareEgress,
  providerHeaders,
  requestShape,
  sentSentence,
  shadowSummary,
  type Decision,
  type DecisionInput,
  type Egress,
} from '@libs/pipeline';
import type { Priority } from '@libs/policy';
import type { ProviderAdapter } from '@libs/providers';
import { estimateCostUsd, route, type Attempt, type Candidate, type RouteOptions } from '@libs/routing';
import { BudgetsService, NO_RESERVATION, type PlannedReservation, type Reservation } from '../budgets/budgets.service';
import { EvalRunsService, type RunContext } from '../eval/eval-runs.service';
import { ClassificationService } from '../classification/classification.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { LedgerService } from '../ledger/ledger.service';
import { Metrics } from '../observability/metrics';
import { inSpan } from '../observability/tracing';
import { CanaryGuard } from '../policy/canary-guard';
import { PolicyService, type LivePolicy, type PolicySnapshot } from '../policy/policy.service';
import { ProvidersService } from '../providers/providers.service';
import { RoutingState } from '../routing/routing-state';
import type { Tenant } from '../tenants/tenants.repository';
import type { Principal } from '../tenants/tenants.service';
import { recordClassifierDenial } from './classifier-denial';
import type { Endpoint, Facts } from './endpoint';
import { OpenDecisions } from './open-decisions';
import { OutcomeRecorder } from './outcome';
import { openStream, type StreamEvent } from './stream';

/** Who asks, and for what: the same for every endpoint. */
export interface PipelineCall<R> {
  request: R;
  tenant: Tenant;
  keyId: string;
  requestId: string;
  declaredLevel: DataLevel | null;
  workload: string | null;
  /** `x-gateway-priority` (null: not sent, which route rules read as interactive). */
  priority?: Priority | null;
  /** Aborted when the client goes away: the upstream call stops at once, the outcome is `client_closed`. */
  signal: AbortSignal;
  /** An authenticated eval or drift run (never a client's say-so): its entries carry `traffic`. */
  run?: RunContext | null;
}

/** What every ledger entry of a request adds about its traffic: nothing for user traffic (SPEC §10). */
export function trafficBody(call: Pick<PipelineCall<unknown>, 'run'>): Body {
  return call.run ? { traffic: call.run.traffic, run_id: call.run.runId } : {};
}

/** Eval runs read cost and attempts per answer from these headers (ids, counts and nano-dollars only). */
function evalHeaders(c: Candidate, attempts: readonly Attempt[], usage: Usage | undefined): Record<string, string> {
  const cost = usage ? nanoUsd(estimateCostUsd(c, usage.prompt_tokens, usage.completion_tokens)) : 0;
  return {
    'x-gateway-eval-cost-nusd': String(cost),
    'x-gateway-eval-attempts': attempts.map((a) => (a.outcome === 'escalated' ? `escalated:${a.errorKind ?? ''}` : a.outcome)).join(','),
  };
}

export interface Answer<A> {
  headers: Record<string, string>;
  route: string;
  /** The `provider/model` that answered, as clients see it. */
  model: string;
  /** Time spent waiting on providers (every attempt; for a stream, up to its first chunk). */
  upstreamMs: number;
  value: A;
}

const upstreamMs = (attempts: readonly { latencyMs: number }[]): number => attempts.reduce((sum, a) => sum + a.latencyMs, 0);

/** A decision that is durable in the ledger, with its budget reserved: egress may start. */
/** The request judged under the shadow version: a summary for the ledger; an error there is recorded, not raised. */
function shadowOf(shadow: PolicySnapshot, input: DecisionInput): Record<string, unknown> {
  try {
    return shadowSummary(decide(shadow.bundle, shadow.version, input), shadow.version);
  } catch (err) {
    return { version: shadow.version, verdict: 'error', error_code: err instanceof GatewayError ? err.code : 'internal_error' };
  }
}

interface Admitted<R> {
  /** The policy version the request started under: it finishes under it, whatever is activated meanwhile. */
  policy: PolicySnapshot;
  d: Extract<Decision, { verdict: 'route' }>;
  egress: Egress<R>;
  headers: Record<string, string>;
  outcome: OutcomeRecorder;
  options: RouteOptions;
}

/**
 * The one request pipeline of SPEC §1 for every endpoint: classify -> decide -> decision entry -> reserve
 * budget -> route inside the permitted set -> outcome entry. Every denial is recorded; every decision gets
 * exactly one outcome; the budget reservation is settled or released on every path. Endpoints supply only
 * what differs (facts of the request, one upstream call, acceptance, usage).
 */
@Injectable()
export class PipelineService {
  constructor(
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
    private readonly policy: PolicyService,
    private readonly canary: CanaryGuard,
    private readonly ledger: LedgerService,
    private readonly providers: ProvidersService,
    private readonly classification: ClassificationService,
    private readonly metrics: Metrics,
    private readonly budgets: BudgetsService,
    private readonly routing: RoutingState,
    private readonly open?: OpenDecisions,
    private readonly evalRuns?: EvalRunsService,
  ) {}

  /** The eval run a request names (headers checked against the authenticated key), or null for user traffic. */
  runOf(principal: Principal | undefined, headers: Record<string, string | string[] | undefined>): Promise<RunContext | null> {
    return this.evalRuns ? this.evalRuns.resolve(principal, headers) : Promise.resolve(null);
  }

  /**
   * A suspended tenant is refused (403) before anything else, and the refusal is on its record; its keys
   * and history stay as they were.
   */
  async refuseIfSuspended(tenant: Tenant, requestId: string, keyId: string): Promise<void> {
    if (!tenant.suspended) return;
    await this.ledger.append({
      tenant: tenant.id,
      kind: 'policy_denied',
      requestId,
      body: {
        error_code: 'tenant_suspended',
        region: tenant.region,
        key_id: keyId,
        policy_version: this.policy.current(tenant.id).version,
      },
    });
    throw new GatewayError('forbidden', 'This tenant is suspended: requests are refused until it is reinstated.');
  }

  /** A request answered in one piece (chat without streaming, embeddings). */
  async run<R extends Record<string, unknown>, A>(call: PipelineCall<R>, endpoint: Endpoint<R, A>): Promise<Answer<A>> {
    const admitted = await this.admit(call, endpoint);
    const { d, egress, headers, outcome } = admitted;
    const judge = { confidenceThreshold: d.plan.confidenceThreshold };
    // A low_confidence cascade needs token logprobs: the gateway asks for them, and hides them again below.
    const confidence = judge.confidenceThreshold !== undefined ? endpoint.confidence : undefined;
    const sent = confidence ? confidence.ask(egress.request) : egress.request;
    const accept = endpoint.accept;
    let result;
    try {
      result = await route(
        d.plan,
        (c, signal) => this.attempt(c, call.signal, signal, (a, s) => endpoint.invoke(a, sent, c.model, s, call.requestId)),
        {
          ...admitted.options,
          accept: accept && ((answer) => accept(answer, judge)),
        },
      );
    } catch (err) {
      throw (await (call.signal.aborted ? outcome.closed(err) : outcome.failed(err))).withHeaders(headers);
    }
    const c = result.candidate;
    const restored = endpoint.restore(egress, result.value);
    const value = confidence ? confidence.hide(restored) : restored;
    const summary = endpoint.summary(value);
    await outcome.record(call.signal.aborted ? 'client_closed' : 'ok', {
      candidate: c,
      attempts: result.attempts,
      skipped: result.skipped,
      unaccepted: result.unaccepted,
      usage: summary.usage,
      finishReason: summary.finishReason,
    });
    const answered = this.sentHeaders(admitted.policy, d, headers, c);
    return {
      headers: call.run ? { ...answered, ...evalHeaders(c, result.attempts, summary.usage) } : answered,
      route: d.plan.routeId ?? 'pinned',
      model: modelName(c),
      upstreamMs: upstreamMs(result.attempts),
      value,
    };
  }

  /**
   * A streamed chat answer: events until `done` or `error`. `delivered` tells whether what was written reached
   * the client: the outcome is `ok` only if the end marker did.
   */
  async stream<R extends Record<string, unknown>, A>(
    call: PipelineCall<R>,
    endpoint: Endpoint<R, A>,
    delivered: () => Promise<boolean>,
  ): Promise<Answer<AsyncIterable<StreamEvent>>> {
    const admitted = await this.admit(call, endpoint);
    const { d, egress, headers, outcome } = admitted;
    let started;
    try {
      started = await route(
        d.plan,
        (c, signal) => this.attempt(c, call.signal, signal, (a, s) => openStream(a, egress as never, c, s, call.requestId)),
        admitted.options,
      );
    } catch (err) {
      throw (await (call.signal.aborted ? outcome.closed(err) : outcome.failed(err))).withHeaders(headers);
    }
    const c = started.candidate;
    const events = started.value.events(
      (status, usage, finishReason) =>
        outcome.record(status, {
          candidate: c,
          attempts: started.attempts,
          usage: usage ?? undefined,
          finishReason: finishReason ?? undefined,
        }),
      { gone: call.signal, delivered },
    );
    return {
      headers: this.sentHeaders(admitted.policy, d, headers, c),
      route: d.plan.routeId ?? 'pinned',
      model: modelName(c),
      upstreamMs: upstreamMs(started.attempts),
      value: events,
    };
  }

  /** The overlay's budget cap; an eval under another version is also held to the cap of the version in force. */
  private budgetCap(call: PipelineCall<Record<string, unknown>>, live: LivePolicy): number | undefined {
    const caps = [live.budgetUsd, call.run?.asIf ? this.policy.current(call.tenant.id).budgetUsd : undefined];
    const set = caps.filter((c): c is number => c !== undefined);
    return set.length > 0 ? Math.min(...set) : undefined;
  }

  /** classify -> decide -> (deny: recorded, thrown) -> decision entry -> budget reserved. */
  private async admit<R extends Record<string, unknown>>(
    call: PipelineCall<R>,
    endpoint: Pick<Endpoint<R, never>, 'name' | 'facts'>,
  ): Promise<Admitted<R>> {
    const t0 = performance.now();
    // An eval run's `version:<id>` target: decided under that version as if it were active (no shadow, no canary).
    const live = call.run?.asIf ?? this.policy.current(call.tenant.id);
    const { leg: policy, slice } = legFor(live, call.requestId, { tenant: call.tenant.id, workload: call.workload });
    const classification = await this.classify(call, endpoint.name, policy);
    const facts = endpoint.facts(call.request);
    const { d, versions } = await this.decideIn(call, facts, classification, live, policy, slice);
    this.metrics.decisionSeconds.observe((performance.now() - t0) / 1000);
    for (const [type, n] of Object.entries(classification.entities)) this.metrics.detections.inc({ entity_type: type }, n);
    if (d.verdict === 'deny') return this.deny(call, endpoint.name, d, policy, versions);
    const egress = prepareEgress(call.request, classification, d.pseudonymize);
    const hold = this.planHold(call, d, facts, this.budgetCap(call, live));
    const leaf = await inSpan('gateway.ledger.decision', { 'gateway.tenant': call.tenant.id }, () =>
      this.ledger.append({
        tenant: call.tenant.id,
        kind: 'routing_decision',
        requestId: call.requestId,
        body: {
          ...d.ledgerBody,
          ...versions,
          ...trafficBody(call),
          key_id: call.keyId,
          endpoint: endpoint.name,
          placeholders: d.pseudonymize ? egress.placeholders : undefined,
        },
        companion: hold?.companion,
      }),
    );
    const headers = decisionHeaders(d.level, policy.version, leaf.seq, d.reason);
    const reservation = await this.reserve(call, hold, leaf, headers);
    const outcome = new OutcomeRecorder(this.ledger, this.metrics, call.tenant.id, call.requestId, leaf.seq, reservation, this.open);
    outcome.traffic = trafficBody(call);
    outcome.route = d.plan.routeId ?? 'pinned';
    if (d.ruleClause !== null) {
      // Per-rule metrics: label values are rule ids of the bundle (or `none`), never request content.
      outcome.rule = d.rule ?? 'none';
      this.metrics.ruleMatches.inc({ rule: outcome.rule });
    }
    if (slice === 'canary') {
      const canary = policy.version;
      outcome.onStatus = (status) => this.canary.observe(canary, status === 'error');
    }
    return { policy, d, egress, headers, outcome, options: this.routeOptions(d) };
  }

  private async classify(call: PipelineCall<Record<string, unknown>>, endpoint: string, policy: PolicySnapshot): Promise<Classification> {
    return inSpan('gateway.classify', { 'gateway.tenant': call.tenant.id }, async (span) => {
      const c = await this.classification.classifyBody(call.request);
      span.setAttributes({ 'gateway.level': c.level, 'gateway.categories': c.categories.join(','), 'gateway.findings': c.findings.length });
      return c;
    }).catch((err: unknown) => {
      if (err instanceof GatewayError && err.code === 'classifier_unavailable') this.metrics.denials.inc({ tenant: call.tenant.id });
      return recordClassifierDenial(err, this.ledger, call, policy.version, endpoint, trafficBody(call));
    });
  }

  /**
   * The decision under the request's version, and, when a version runs in shadow, the same request judged
   * under it (recorded, never enforced). `versions` is what the decision entry adds about them.
   */
  private decideIn(
    call: PipelineCall<Record<string, unknown>>,
    facts: Facts,
    classification: Classification,
    live: LivePolicy,
    policy: PolicySnapshot,
    slice: 'canary' | 'active' | null,
  ): Promise<{ d: Decision; versions: Record<string, unknown> }> {
    return inSpan('gateway.policy', { 'gateway.tenant': call.tenant.id }, (span) => {
      const input: DecisionInput = {
        ...facts,
        workload: call.workload,
        classification,
        tenant: call.tenant,
        declaredLevel: call.declaredLevel,
        now: new Date(),
        latency: this.routing.latency,
        request: requestShape(call.request, call.priority ?? null),
      };
      if (call.run?.asIf) {
        // An eval of another version stays inside what the version in force permits for this same request.
        const inForce = this.policy.current(call.tenant.id);
        input.inForce = inForceVerdict(inForce.bundle, inForce.version, input);
      }
      const d = decide(policy.bundle, policy.version, input);
      span.setAttributes({ 'gateway.verdict': d.verdict, 'gateway.level': d.level, 'gateway.policy_version': policy.version });
      const versions: Record<string, unknown> = {};
      if (slice && live.canary)
        Object.assign(versions, {
          slice,
          canary_version: live.canary.version,
          canary_percent: live.canary.percent,
          canary_by: live.canary.by ?? 'request',
        });
      if (live.shadow) versions.shadow = shadowOf(live.shadow, input);
      return { d, versions };
    });
  }

  /** A denial is recorded, then answered 403 with the decision headers of its ledger entry. */
  private async deny(
    call: PipelineCall<Record<string, unknown>>,
    endpoint: string,
    d: Extract<Decision, { verdict: 'deny' }>,
    policy: PolicySnapshot,
    versions: Record<string, unknown>,
  ): Promise<never> {
    this.metrics.denials.inc({ tenant: call.tenant.id });
    const leaf = await this.ledger.append({
      tenant: call.tenant.id,
      kind: 'policy_denied',
      requestId: call.requestId,
      body: { ...d.ledgerBody, ...versions, ...trafficBody(call), key_id: call.keyId, endpoint },
    });
    throw new GatewayError('policy_denied', d.reason).withHeaders(decisionHeaders(d.level, policy.version, leaf.seq, d.reason));
  }

  /**
   * The hold of the worst-case cost (dearest planned candidate at the requested or default maximum output),
   * to be written with the decision entry; null when the tenant has no budget.
   */
  private planHold(
    call: PipelineCall<Record<string, unknown>>,
    d: Extract<Decision, { verdict: 'route' }>,
    facts: Facts,
    overlayBudgetUsd?: number,
  ): PlannedReservation | null {
    const maxOut = facts.maxOutputTokens ?? facts.reserveOutputTokens;
    const worst = Math.max(0, ...d.plan.candidates.map((c) => estimateCostUsd(c, facts.promptTokens, maxOut)));
    // A tenant overlay may only lower the budget: the lower of its cap and the tenant record's applies.
    const own = call.tenant.monthlyBudgetUsd;
    const budget = overlayBudgetUsd === undefined ? own : own === null ? overlayBudgetUsd : Math.min(own, overlayBudgetUsd);
    return this.budgets.plan({ ...call.tenant, monthlyBudgetUsd: budget }, nanoUsd(worst));
  }

  /** The hold written with the decision. Over budget: the decision gets its one outcome (`refused`) and nothing is sent. */
  private async reserve(
    call: PipelineCall<Record<string, unknown>>,
    hold: PlannedReservation | null,
    leaf: EncodedLeaf,
    headers: Record<string, string>,
  ): Promise<Reservation> {
    if (hold === null) return NO_RESERVATION;
    try {
      return hold.taken(leaf.seq);
    } catch (err) {
      const ge = err instanceof GatewayError ? err : new GatewayError('audit_unavailable', 'The gateway database is unavailable.');
      if (ge.code === 'budget_exceeded') this.metrics.denials.inc({ tenant: call.tenant.id });
      const refused = new OutcomeRecorder(this.ledger, this.metrics, call.tenant.id, call.requestId, leaf.seq, NO_RESERVATION);
      refused.traffic = trafficBody(call);
      await refused.refused(ge.code);
      throw ge.withHeaders(headers);
    }
  }

  private routeOptions(d: Extract<Decision, { verdict: 'route' }>): RouteOptions {
    return {
      attemptTimeoutMs: d.attemptTimeoutMs ?? this.cfg.attemptTimeoutMs,
      deadlineMs: this.cfg.deadlineMs,
      permitted: new Set(d.plan.candidates.map((c) => c.provider)),
      classify: classifyUpstreamError,
      breakers: this.routing.breakers,
      latency: this.routing.latency,
    };
  }

  private sentHeaders(
    policy: PolicySnapshot,
    d: Extract<Decision, { verdict: 'route' }>,
    headers: Record<string, string>,
    c: Candidate,
  ): Record<string, string> {
    const explain = decisionHeaders(d.level, policy.version, 0, sentSentence(d.plan, c, d.pinned, d.reason, d.ruleClause))[
      'x-gateway-explain'
    ];
    return { ...headers, ...providerHeaders(c), 'x-gateway-explain': explain ?? '' };
  }

  /**
   * One upstream attempt, as a span, aborted by its timeout or by the client going away. An attempt the client
   * abandoned fails as ClientGoneError: no fallback for nobody, and not held against the provider.
   */
  private attempt<T>(
    c: Candidate,
    gone: AbortSignal,
    attemptSignal: AbortSignal,
    call: (adapter: ProviderAdapter, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const adapter = this.providers.adapter(c.provider);
    if (!adapter) return Promise.reject(new GatewayError('no_provider_available', `Provider ${c.provider} has no adapter.`));
    if (gone.aborted) return Promise.reject(new ClientGoneError());
    const signal = AbortSignal.any([attemptSignal, gone]);
    return inSpan('gateway.upstream.attempt', { 'gateway.provider': c.provider, 'gateway.model': c.model }, () =>
      call(adapter, signal),
    ).catch((err: unknown) => {
      throw gone.aborted ? new ClientGoneError() : err;
    });
  }
}
