import { Inject, Injectable } from '@nestjs/common';
import { GatewayError, type ChatMessage, type DataLevel, type EmbeddingsRequest, type EmbeddingsResponse } from '@libs/core';
import { estimateCostUsd, route } from '@libs/routing';
import { BudgetsService } from '../budgets/budgets.service';
import { prepareEgress } from '../chat/egress';
import { decide } from '../chat/decide';
import { attemptsBody, modelName, nanoUsd } from '../chat/ledger-bodies';
import { decisionHeaders, providerHeaders } from '../chat/response-headers';
import { classifyUpstreamError, failedAttempts, routeFailureError } from '../chat/upstream-errors';
import { ClassificationService } from '../classification/classification.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { LedgerService } from '../ledger/ledger.service';
import { PolicyService } from '../policy/policy.service';
import { ProvidersService } from '../providers/providers.service';
import { RoutingState } from '../routing/routing-state';
import type { Tenant } from '../tenants/tenants.repository';

export interface EmbeddingsCall {
  request: EmbeddingsRequest;
  tenant: Tenant;
  keyId: string;
  requestId: string;
  declaredLevel: DataLevel | null;
}

/**
 * POST /v1/embeddings through the same pipeline as chat: classify the inputs, evaluate policy, reserve
 * budget, record the decision, route inside the permitted set (models with the embeddings capability),
 * record the outcome, answer. Pseudonymisation applies to the inputs as it does to messages.
 */
@Injectable()
export class EmbeddingsService {
  constructor(
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
    private readonly policy: PolicyService,
    private readonly ledger: LedgerService,
    private readonly providers: ProvidersService,
    private readonly classification: ClassificationService,
    private readonly budgets: BudgetsService,
    private readonly routing: RoutingState,
  ) {}

  async embed(call: EmbeddingsCall): Promise<{ headers: Record<string, string>; body: EmbeddingsResponse }> {
    const { tenant, requestId } = call;
    const inputs = typeof call.request.input === 'string' ? [call.request.input] : call.request.input;
    const messages: ChatMessage[] = inputs.map((content) => ({ role: 'user', content }));
    const classification = await this.classification.classifyMessages(messages);
    const d = decide(this.policy.bundle, this.policy.version, {
      request: { model: call.request.model, messages },
      classification,
      tenant,
      declaredLevel: call.declaredLevel,
      workload: null,
      now: new Date(),
      latency: this.routing.latency,
      capability: 'embeddings',
    });
    const common = { key_id: call.keyId, endpoint: 'embeddings' };
    if (d.verdict === 'deny') {
      await this.ledger.append({ tenant: tenant.id, kind: 'policy_denied', requestId, body: { ...d.ledgerBody, ...common } });
      throw new GatewayError('policy_denied', d.reason);
    }
    const promptTokens = Number(d.ledgerBody.prompt_tokens ?? 0);
    const worst = Math.max(0, ...d.plan.candidates.map((c) => estimateCostUsd(c, promptTokens, 0)));
    const reservation = await this.budgets.reserve(tenant, nanoUsd(worst));
    const egress = prepareEgress({ model: call.request.model, messages }, classification, d.pseudonymize);
    const input = egress.request.messages.map((m) => String(m.content ?? ''));
    const decision = await this.ledger.append({ tenant: tenant.id, kind: 'routing_decision', requestId, body: { ...d.ledgerBody, ...common } });
    const outcome = async (status: string, extra: Record<string, unknown>) => {
      void reservation.settle(typeof extra.cost_nusd === 'number' ? extra.cost_nusd : 0).catch(() => undefined);
      await this.ledger.append({ tenant: tenant.id, kind: 'routing_outcome', requestId, body: { decision_seq: decision.seq, status, ...(extra as Record<string, never>) } });
    };
    const opts = {
      attemptTimeoutMs: d.attemptTimeoutMs ?? this.cfg.attemptTimeoutMs,
      deadlineMs: this.cfg.deadlineMs,
      permitted: new Set(d.plan.candidates.map((c) => c.provider)),
      classify: classifyUpstreamError,
      breakers: this.routing.breakers,
      latency: this.routing.latency,
    };
    let result;
    try {
      result = await route(
        d.plan,
        (c, signal) => {
          const adapter = this.providers.adapter(c.provider);
          if (!adapter?.embeddings) throw new GatewayError('no_provider_available', `Provider ${c.provider} has no embeddings.`);
          return adapter.embeddings({ ...call.request, input: typeof call.request.input === 'string' ? (input[0] ?? '') : input, model: c.model }, { signal, requestId });
        },
        opts,
      );
    } catch (err) {
      const ge = routeFailureError(err);
      await outcome('error', { error_code: ge.code, attempts: attemptsBody(failedAttempts(err)) });
      throw ge;
    }
    const c = result.candidate;
    const tokens = result.value.usage?.prompt_tokens ?? promptTokens;
    await outcome('ok', {
      provider: c.provider,
      model: c.model,
      attempts: attemptsBody(result.attempts),
      usage: { prompt_tokens: tokens, completion_tokens: 0, total_tokens: tokens },
      cost_nusd: nanoUsd(estimateCostUsd(c, tokens, 0)),
    });
    return {
      headers: { ...providerHeaders(c), ...decisionHeaders(d.level, this.policy.version, decision.seq, d.explanation) },
      body: { ...result.value, model: modelName(c) },
    };
  }
}
