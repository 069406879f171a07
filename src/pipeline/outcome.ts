import type { ErrorCode, GatewayError, Usage } from '@libs/core';
import { attemptsBody, failedAttempts, nanoUsd, routeFailureError, usageBody, type Body } from '@libs/pipeline';
import { estimateCostUsd, type Attempt, type Candidate, type EscalationReason, type SkippedCandidate } from '@libs/routing';
import type { Reservation } from '../budgets/budgets.service';
import type { LedgerService } from '../ledger/ledger.service';
import type { Metrics } from '../observability/metrics';
import type { OpenDecisions } from './open-decisions';

export interface Delivered {
  candidate: Candidate;
  attempts: readonly Attempt[];
  skipped?: readonly SkippedCandidate[];
  unaccepted?: EscalationReason;
  usage?: Usage;
  finishReason?: string;
}

/**
 * The one outcome of one decision: settles the budget reservation (actual cost, or nothing), observes
 * metrics, appends the `routing_outcome` entry. Call exactly one of `record`, `failed`, `refused`.
 */
export class OutcomeRecorder {
  /** The route rule that chose the route (`none` when no rule matched), when the bundle's rules applied. */
  rule: string | null = null;
  /** Told the status once the outcome is written (the canary guard watches its slice through this). */
  onStatus: ((status: string) => void) | null = null;
  /** `traffic` and `run_id` of an eval or drift request (empty for user traffic): on the outcome entry too. */
  traffic: Body = {};
  /** The route id (`pinned` for a concrete model): the route health metrics' label. */
  route: string | null = null;

  constructor(
    private readonly ledger: LedgerService,
    private readonly metrics: Metrics,
    private readonly tenant: string,
    private readonly requestId: string,
    private readonly decisionSeq: number,
    private readonly reservation: Reservation,
    private readonly open?: OpenDecisions,
  ) {
    open?.add(tenant, decisionSeq);
  }

  async record(status: 'ok' | 'error' | 'client_closed', d: Delivered): Promise<void> {
    const c = d.candidate;
    const costNusd = d.usage ? nanoUsd(estimateCostUsd(c, d.usage.prompt_tokens, d.usage.completion_tokens)) : undefined;
    this.observe(d, costNusd);
    await this.append(status, costNusd ?? 0, {
      provider: c.provider,
      model: c.model,
      attempts: attemptsBody(d.attempts),
      skipped:
        d.skipped && d.skipped.length > 0 ? d.skipped.map((k) => ({ provider: k.provider, model: k.model, reason: k.reason })) : undefined,
      unaccepted: d.unaccepted,
      usage: usageBody(d.usage),
      cost_nusd: costNusd,
      finish_reason: d.finishReason,
    });
  }

  /** Routing gave up: the outcome names the client-facing error; that error is returned to throw. */
  async failed(err: unknown): Promise<GatewayError> {
    const ge = routeFailureError(err);
    const attempts = failedAttempts(err);
    this.observe({ attempts }, undefined);
    await this.append('error', 0, { error_code: ge.code, attempts: attemptsBody(attempts) });
    return ge;
  }

  /** The client went away before an answer: attempts so far, no cost. */
  async closed(err: unknown): Promise<GatewayError> {
    const attempts = failedAttempts(err);
    this.observe({ attempts }, undefined);
    await this.append('client_closed', 0, { attempts: attemptsBody(attempts) });
    return routeFailureError(err);
  }

  /** Nothing was sent (over budget, budget store down): the decision still gets its outcome. */
  async refused(code: ErrorCode): Promise<void> {
    await this.append('refused', 0, { error_code: code });
  }

  private async append(status: string, costNusd: number, body: Body): Promise<void> {
    // The settlement commits with the outcome entry (one transaction). If that write fails, the reservation is
    // still released, on its own. A failed settlement leaves the hold reserved (spend over-counted, never
    // under): counted, for operators.
    const settlement = this.reservation.settlement?.(costNusd);
    try {
      await this.ledger.append({
        tenant: this.tenant,
        kind: 'routing_outcome',
        requestId: this.requestId,
        body: { decision_seq: this.decisionSeq, status, ...body, ...this.traffic },
        companion: settlement,
      });
      this.onStatus?.(status);
    } catch (err) {
      void this.reservation.settle(costNusd).catch(() => this.metrics.budgetSettleFailures.inc({ tenant: this.tenant }));
      throw err;
    } finally {
      this.open?.delete(this.tenant, this.decisionSeq); // written, or left to the recovery sweep
    }
  }

  /** Metrics from the attempts and cost. Labels are ids and enums only. */
  private observe(
    d: Pick<Delivered, 'attempts' | 'skipped' | 'unaccepted'> & { candidate?: Candidate },
    costNusd: number | undefined,
  ): void {
    d.attempts.forEach((a, i) => {
      this.metrics.upstreamSeconds.observe({ provider: a.provider, model: a.model, outcome: a.outcome }, a.latencyMs / 1000);
      if (a.outcome === 'escalated') this.metrics.escalations.inc({ provider: a.provider });
      else if (i < d.attempts.length - 1 || a.outcome !== 'ok') this.metrics.fallbacks.inc({ provider: a.provider });
    });
    for (const k of d.skipped ?? [])
      if (k.reason !== 'not_permitted' && k.reason !== 'duplicate')
        this.metrics.breakerSkips.inc({ provider: k.provider, reason: k.reason });
    if (costNusd !== undefined && d.candidate)
      this.metrics.costUsd.inc({ tenant: this.tenant, provider: d.candidate.provider }, costNusd / 1e9);
    if (this.rule !== null) this.observeRule(d.attempts, costNusd);
    this.observeRoute(d, costNusd);
  }

  /** Route health: ids and enums only (route id, provider/model, status, traffic kind). */
  private observeRoute(d: Pick<Delivered, 'attempts' | 'unaccepted'> & { candidate?: Candidate }, costNusd: number | undefined): void {
    if (this.route === null) return;
    const labels = {
      route: this.route,
      model: d.candidate ? `${d.candidate.provider}/${d.candidate.model}` : 'none',
      traffic: typeof this.traffic.traffic === 'string' ? this.traffic.traffic : 'api',
    };
    this.metrics.routeRequests.inc({ ...labels, status: d.candidate ? 'ok' : 'error' });
    if (d.attempts.some((a) => a.outcome === 'escalated')) this.metrics.routeEscalations.inc(labels);
    if (d.attempts.length > 1 && d.attempts.some((a) => a.outcome === 'error' || a.outcome === 'timeout'))
      this.metrics.routeFallbacks.inc(labels);
    for (const a of d.attempts)
      if (a.outcome === 'escalated' && a.errorKind === 'invalid_json')
        this.metrics.routeBrokenJson.inc({ ...labels, model: `${a.provider}/${a.model}` });
    // The last candidate's answer is delivered even when unaccepted: its broken JSON counts too.
    if (d.unaccepted === 'invalid_json') this.metrics.routeBrokenJson.inc(labels);
    if (costNusd !== undefined) this.metrics.routeCostUsd.inc(labels, costNusd / 1e9);
  }

  private observeRule(attempts: readonly Attempt[], costNusd: number | undefined): void {
    const rule = this.rule ?? 'none';
    const escalated = attempts.filter((a) => a.outcome === 'escalated').length;
    if (escalated > 0) this.metrics.ruleEscalations.inc({ rule }, escalated);
    if (costNusd !== undefined) this.metrics.ruleCostUsd.inc({ rule }, costNusd / 1e9);
    if (attempts.length > 0) this.metrics.ruleUpstreamSeconds.observe({ rule }, attempts.reduce((s, a) => s + a.latencyMs, 0) / 1000);
  }
}
