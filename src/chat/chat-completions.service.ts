import { Inject, Injectable } from '@nestjs/common';
import { GatewayError, type ChatCompletionRequest, type ChatCompletionResponse, type DataLevel } from '@libs/core';
import { acceptCompletion, estimateCostUsd, route, warmTokenizer, type Candidate, type RouteResult } from '@libs/routing';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { BudgetsService } from '../budgets/budgets.service';
import { ClassificationService } from '../classification/classification.service';
import { LedgerService } from '../ledger/ledger.service';
import { Metrics } from '../observability/metrics';
import { inSpan } from '../observability/tracing';
import { PolicyService } from '../policy/policy.service';
import { ProvidersService } from '../providers/providers.service';
import { RoutingState } from '../routing/routing-state';
import type { Tenant } from '../tenants/tenants.repository';
import { decide } from './decide';
import { prepareEgress } from './egress';
import { attemptsBody, modelName, nanoUsd, usageBody } from './ledger-bodies';
import { openStream, type StreamStart } from './chat-stream';
import { decisionHeaders, providerHeaders } from './response-headers';
import { classifyUpstreamError, failedAttempts, routeFailureError } from './upstream-errors';

export interface ChatCall {
  request: ChatCompletionRequest;
  tenant: Tenant;
  keyId: string;
  requestId: string;
  declaredLevel: DataLevel | null;
  workload: string | null;
}

export interface ChatHeaders {
  [name: string]: string;
}

export type ChatResult =
  | { kind: 'json'; headers: ChatHeaders; route: string; body: ChatCompletionResponse }
  | { kind: 'stream'; headers: ChatHeaders; route: string; events: AsyncIterable<string> };

/**
 * The one orchestrator of SPEC §1, top to bottom: decide (classify, policy, plan) -> ledger decision ->
 * route inside the permitted set -> ledger outcome -> respond. Denials are recorded too. Nothing reaches
 * a provider unless its decision entry is durable.
 */
@Injectable()
export class ChatCompletionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
    private readonly policy: PolicyService,
    private readonly ledger: LedgerService,
    private readonly providers: ProvidersService,
    private readonly classification: ClassificationService,
    private readonly metrics: Metrics,
    private readonly budgets: BudgetsService,
    private readonly routing: RoutingState,
  ) {
    // Build the tokenizer tables at boot, not on the first request.
    warmTokenizer();
  }

  async complete(call: ChatCall): Promise<ChatResult> {
    const { tenant, requestId } = call;
    const t0 = performance.now();
    const classification = await inSpan('gateway.classify', { 'gateway.tenant': tenant.id }, async (span) => {
      const c = await this.classification.classifyMessages(call.request.messages);
      span.setAttributes({ 'gateway.level': c.level, 'gateway.categories': c.categories.join(','), 'gateway.findings': c.findings.length });
      return c;
    });
    const d = await inSpan('gateway.policy', { 'gateway.tenant': tenant.id }, (span) => {
      const r = decide(this.policy.bundle, this.policy.version, { ...call, classification, now: new Date(), latency: this.routing.latency });
      span.setAttributes({ 'gateway.verdict': r.verdict, 'gateway.level': r.level, 'gateway.policy_version': this.policy.version });
      return r;
    });
    this.metrics.decisionSeconds.observe((performance.now() - t0) / 1000);
    for (const [type, n] of Object.entries(classification.entities)) this.metrics.detections.inc({ entity_type: type }, n);
    const common = { key_id: call.keyId };
    if (d.verdict === 'deny') {
      this.metrics.denials.inc({ tenant: tenant.id });
      await this.ledger.append({ tenant: tenant.id, kind: 'policy_denied', requestId, body: { ...d.ledgerBody, ...common } });
      throw new GatewayError('policy_denied', d.reason);
    }
    const reservation = await this.reserveBudget(call, d.plan.candidates, Number(d.ledgerBody.prompt_tokens ?? 0), d.ledgerBody);
    const egress = prepareEgress(call.request, classification, d.pseudonymize);
    const decisionLeaf = await inSpan('gateway.ledger.decision', { 'gateway.tenant': tenant.id }, () =>
      this.ledger.append({
        tenant: tenant.id,
        kind: 'routing_decision',
        requestId,
        body: { ...d.ledgerBody, ...common, placeholders: d.pseudonymize ? egress.placeholders : undefined },
      }),
    );
    const headers: ChatHeaders = decisionHeaders(d.level, this.policy.version, decisionLeaf.seq, d.explanation);
    const permitted = new Set(d.plan.candidates.map((c) => c.provider));
    const opts = {
      attemptTimeoutMs: d.attemptTimeoutMs ?? this.cfg.attemptTimeoutMs,
      deadlineMs: this.cfg.deadlineMs,
      permitted,
      classify: classifyUpstreamError,
      breakers: this.routing.breakers,
      latency: this.routing.latency,
    };
    const outcome = (status: string, extra: Record<string, unknown>) => {
      this.observeOutcome(tenant.id, extra);
      void reservation.settle(typeof extra.cost_nusd === 'number' ? extra.cost_nusd : 0).catch(() => undefined);
      return this.ledger.append({
        tenant: tenant.id,
        kind: 'routing_outcome',
        requestId,
        body: { decision_seq: decisionLeaf.seq, status, ...(extra as Record<string, never>) },
      });
    };

    if (call.request.stream === true) {
      let started: RouteResult<StreamStart>;
      try {
        started = await route(d.plan, (c, signal) => this.attempt(c, () => openStream(this.adapterFor(c), egress, c, signal, requestId)), opts);
      } catch (err) {
        return this.failed(err, outcome);
      }
      const c = started.candidate;
      Object.assign(headers, providerHeaders(c));
      const events = started.value.events({
        includeUsage: call.request.stream_options?.include_usage === true,
        finish: async (status, usage, finishReason) => {
          await outcome(status, {
            provider: c.provider,
            model: c.model,
            attempts: attemptsBody(started.attempts),
            usage: usageBody(usage),
            cost_nusd: usage ? nanoUsd(estimateCostUsd(c, usage.prompt_tokens, usage.completion_tokens)) : undefined,
            finish_reason: finishReason ?? undefined,
          });
        },
      });
      return { kind: 'stream', headers, route: d.plan.routeId ?? 'pinned', events };
    }

    let result: RouteResult<ChatCompletionResponse>;
    try {
      result = await route(
        d.plan,
        (c, signal) => this.attempt(c, () => this.adapterFor(c).chat({ ...egress.request, model: c.model }, { signal, requestId })),
        // Cascades escalate on invalid JSON (against response_format), finish_reason length or a refusal.
        { ...opts, accept: (r: ChatCompletionResponse) => acceptCompletion(r, { responseFormat: call.request.response_format }) },
      );
    } catch (err) {
      return this.failed(err, outcome);
    }
    const c = result.candidate;
    const body = egress.restore(result.value);
    const usage = body.usage;
    await outcome('ok', {
      provider: c.provider,
      model: c.model,
      attempts: attemptsBody(result.attempts),
      skipped: result.skipped.length > 0 ? result.skipped.map((k) => ({ provider: k.provider, model: k.model, reason: k.reason })) : undefined,
      unaccepted: result.unaccepted,
      usage: usageBody(usage),
      cost_nusd: usage ? nanoUsd(estimateCostUsd(c, usage.prompt_tokens, usage.completion_tokens)) : undefined,
      finish_reason: body.choices[0]?.finish_reason ?? undefined,
    });
    Object.assign(headers, providerHeaders(c));
    return { kind: 'json', headers, route: d.plan.routeId ?? 'pinned', body: { ...body, model: modelName(c) } };
  }

  /**
   * Reserves the request's worst-case cost against the tenant's monthly budget (dearest planned candidate,
   * requested max tokens or 1024). Over budget: recorded as a denial, then 429 budget_exceeded.
   */
  private async reserveBudget(call: ChatCall, candidates: readonly Candidate[], promptTokens: number, body: Record<string, unknown>) {
    const maxOut = call.request.max_completion_tokens ?? call.request.max_tokens ?? 1024;
    const worst = Math.max(0, ...candidates.map((c) => estimateCostUsd(c, promptTokens, maxOut)));
    try {
      return await this.budgets.reserve(call.tenant, nanoUsd(worst));
    } catch (err) {
      if (err instanceof GatewayError && err.code === 'budget_exceeded') {
        this.metrics.denials.inc({ tenant: call.tenant.id });
        await this.ledger.append({
          tenant: call.tenant.id,
          kind: 'policy_denied',
          requestId: call.requestId,
          body: { ...(body as Record<string, never>), key_id: call.keyId, reason: 'budget_exceeded' },
        });
      }
      throw err;
    }
  }

  /** One upstream attempt, as a span. */
  private attempt<T>(c: Candidate, call: () => Promise<T>): Promise<T> {
    return inSpan('gateway.upstream.attempt', { 'gateway.provider': c.provider, 'gateway.model': c.model }, call);
  }

  /** Metrics from an outcome body: attempts (latency, fallbacks) and cost. Labels are ids and enums only. */
  private observeOutcome(tenant: string, extra: Record<string, unknown>): void {
    const attempts = Array.isArray(extra.attempts) ? (extra.attempts as { provider: string; model: string; outcome: string; latency_ms: number }[]) : [];
    attempts.forEach((a, i) => {
      this.metrics.upstreamSeconds.observe({ provider: a.provider, model: a.model, outcome: a.outcome }, a.latency_ms / 1000);
      if (a.outcome === 'escalated') this.metrics.escalations.inc({ provider: a.provider });
      else if (i < attempts.length - 1 || a.outcome !== 'ok') this.metrics.fallbacks.inc({ provider: a.provider });
    });
    const skipped = Array.isArray(extra.skipped) ? (extra.skipped as { provider: string; reason: string }[]) : [];
    for (const k of skipped) if (k.reason === 'breaker_open' || k.reason === 'rate_limited') this.metrics.breakerSkips.inc({ provider: k.provider, reason: k.reason });
    if (typeof extra.cost_nusd === 'number' && typeof extra.provider === 'string') {
      this.metrics.costUsd.inc({ tenant, provider: extra.provider }, extra.cost_nusd / 1e9);
    }
  }

  private async failed(err: unknown, outcome: (s: string, e: Record<string, unknown>) => Promise<unknown>): Promise<never> {
    const ge = routeFailureError(err);
    await outcome('error', { error_code: ge.code, attempts: attemptsBody(failedAttempts(err)) });
    throw ge;
  }

  private adapterFor(c: Candidate) {
    const a = this.providers.adapter(c.provider);
    if (!a) throw new GatewayError('no_provider_available', `Provider ${c.provider} has no adapter.`);
    return a;
  }
}
