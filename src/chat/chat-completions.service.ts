import { Inject, Injectable } from '@nestjs/common';
import { GatewayError, type ChatCompletionRequest, type ChatCompletionResponse, type DataLevel } from '@libs/core';
import { estimateCostUsd, route, warmTokenizer, type Candidate, type RouteResult } from '@libs/routing';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ClassificationService } from '../classification/classification.service';
import { LedgerService } from '../ledger/ledger.service';
import { PolicyService } from '../policy/policy.service';
import { ProvidersService } from '../providers/providers.service';
import type { Tenant } from '../tenants/tenants.repository';
import { decide } from './decide';
import { prepareEgress } from './egress';
import { attemptsBody, modelName, nanoUsd, usageBody } from './ledger-bodies';
import { openStream, type StreamStart } from './chat-stream';
import { classifyUpstreamError, routeFailureError } from './upstream-errors';

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
  | { kind: 'json'; headers: ChatHeaders; body: ChatCompletionResponse }
  | { kind: 'stream'; headers: ChatHeaders; events: AsyncIterable<string> };

/** Header values must be visible ASCII; the explanation is ours, but be strict anyway. */
function headerSafe(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?').slice(0, 1000);
}

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
  ) {
    // Build the tokenizer tables at boot, not on the first request.
    warmTokenizer();
  }

  async complete(call: ChatCall): Promise<ChatResult> {
    const { tenant, requestId } = call;
    const classification = await this.classification.classifyMessages(call.request.messages);
    const d = decide(this.policy.bundle, this.policy.version, { ...call, classification, now: new Date() });
    const common = { key_id: call.keyId };
    if (d.verdict === 'deny') {
      await this.ledger.append({ tenant: tenant.id, kind: 'policy_denied', requestId, body: { ...d.ledgerBody, ...common } });
      throw new GatewayError('policy_denied', d.reason);
    }
    const egress = prepareEgress(call.request, classification, d.pseudonymize);
    const decisionLeaf = await this.ledger.append({
      tenant: tenant.id,
      kind: 'routing_decision',
      requestId,
      body: { ...d.ledgerBody, ...common, placeholders: d.pseudonymize ? egress.placeholders : undefined },
    });
    const headers: ChatHeaders = {
      'x-gateway-data-level': d.level,
      'x-gateway-policy-version': this.policy.version,
      'x-gateway-ledger-seq': String(decisionLeaf.seq),
      'x-gateway-explain': headerSafe(d.explanation),
    };
    const permitted = new Set(d.plan.candidates.map((c) => c.provider));
    const opts = {
      attemptTimeoutMs: d.attemptTimeoutMs ?? this.cfg.attemptTimeoutMs,
      deadlineMs: this.cfg.deadlineMs,
      permitted,
      classify: classifyUpstreamError,
    };
    const outcome = (status: string, extra: Record<string, unknown>) =>
      this.ledger.append({
        tenant: tenant.id,
        kind: 'routing_outcome',
        requestId,
        body: { decision_seq: decisionLeaf.seq, status, ...(extra as Record<string, never>) },
      });

    if (call.request.stream === true) {
      let started: RouteResult<StreamStart>;
      try {
        started = await route(d.plan, (c, signal) => openStream(this.adapterFor(c), egress, c, signal, requestId), opts);
      } catch (err) {
        return this.failed(err, outcome);
      }
      const c = started.candidate;
      Object.assign(headers, { 'x-gateway-provider': c.provider, 'x-gateway-model': modelName(c) });
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
      return { kind: 'stream', headers, events };
    }

    let result: RouteResult<ChatCompletionResponse>;
    try {
      result = await route(
        d.plan,
        (c, signal) => this.adapterFor(c).chat({ ...egress.request, model: c.model }, { signal, requestId }),
        opts,
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
      usage: usageBody(usage),
      cost_nusd: usage ? nanoUsd(estimateCostUsd(c, usage.prompt_tokens, usage.completion_tokens)) : undefined,
      finish_reason: body.choices[0]?.finish_reason ?? undefined,
    });
    Object.assign(headers, { 'x-gateway-provider': c.provider, 'x-gateway-model': modelName(c) });
    return { kind: 'json', headers, body: { ...body, model: modelName(c) } };
  }

  private async failed(err: unknown, outcome: (s: string, e: Record<string, unknown>) => Promise<unknown>): Promise<never> {
    const ge = routeFailureError(err);
    const attempts = err && typeof err === 'object' && 'attempts' in err && Array.isArray(err.attempts) ? err.attempts : [];
    await outcome('error', { error_code: ge.code, attempts: attemptsBody(attempts) });
    throw ge;
  }

  private adapterFor(c: Candidate) {
    const a = this.providers.adapter(c.provider);
    if (!a) throw new GatewayError('no_provider_available', `Provider ${c.provider} has no adapter.`);
    return a;
  }
}
