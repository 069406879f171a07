import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { PLATFORM_LOG } from '@libs/auth';
import { splitModelName } from '@libs/policy';
import { GatewayError, parseChatRequest, type ChatCompletionResponse } from '@libs/core';
import { assess, compareDrift, driftMetrics, mostFrequent, type DriftCounts, type Task } from '@libs/eval';
import { chatEndpoint } from '../chat/chat.endpoint';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { LedgerService } from '../ledger/ledger.service';
import { AppLogger } from '../observability/app-logger';
import { Metrics } from '../observability/metrics';
import { PipelineService } from '../pipeline/pipeline.service';
import { RoutingState } from '../routing/routing-state';
import { TenantsService } from '../tenants/tenants.service';
import type { Tenant } from '../tenants/tenants.repository';
import type { DriftRunRow } from './eval-runs.repository';
import { EvalRunsService } from './eval-runs.service';
import { loadGolden, type Golden } from './golden';

/** One answer of a golden prompt, as the drift counts need it. */
interface Sample {
  score: number;
  pass: boolean;
  format: boolean | null;
  refusal: boolean;
  /** The model the provider said it ran (`model` of its response). */
  reported: string | null;
  /** The `provider/model` the gateway chose. */
  chosen: string | null;
}

/** PostgreSQL's SQLSTATE for a unique violation (here: a route's one baseline). */
const UNIQUE_VIOLATION = '23505';

const FAILED: Sample = { score: 0, pass: false, format: null, refusal: false, reported: null, chosen: null };

/**
 * The drift watch (issue 17): golden prompts per route, through the one pipeline as drift traffic, scored by
 * their graders and compared with the route's baseline (the first run) by the test of `compareDrift`. Drift
 * raises metrics and writes a `drift_alert` ledger entry (ids, rates and the reported model name; no content).
 */
@Injectable()
export class DriftService implements OnModuleInit, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
    private readonly pipeline: PipelineService,
    private readonly runs: EvalRunsService,
    private readonly tenants: TenantsService,
    private readonly ledger: LedgerService,
    private readonly metrics: Metrics,
    private readonly log: AppLogger,
    private readonly routing: RoutingState,
  ) {}

  onModuleInit(): void {
    if (this.cfg.driftIntervalMs <= 0) return;
    this.timer = setInterval(() => void this.scheduled(), this.cfg.driftIntervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** The golden prompts, or 400 when none are configured. */
  golden(): Golden {
    let g: Golden | null;
    try {
      g = loadGolden(this.cfg.driftGoldenPath);
    } catch (err) {
      throw new GatewayError('invalid_request', `The drift golden file is invalid: ${err instanceof Error ? err.message : 'unreadable'}`);
    }
    if (!g) throw new GatewayError('invalid_request', 'No drift golden prompts are configured (GATEWAY_DRIFT_GOLDEN).');
    return g;
  }

  /**
   * Runs the golden prompts of every route (or one) now; one drift run per route. `mayPause`: whether this
   * run may pause a drifting model for every tenant (`pauseOnDrift`): the schedule and platform policy
   * approvers may; a tenant's key only measures and alerts.
   */
  async run(keyId: string, only?: string, mayPause = false): Promise<DriftRunRow[]> {
    const g = this.golden();
    const routes = g.routes.filter((r) => only === undefined || r.route === only);
    if (routes.length === 0) throw new GatewayError('not_found', `No golden prompts for route ${only ?? ''}.`, 'route');
    const tenant = await this.tenants.repository.findTenant(g.tenant);
    if (!tenant) throw new GatewayError('invalid_request', `The drift tenant ${g.tenant} does not exist.`);
    if (tenant.suspended) throw new GatewayError('forbidden', `The drift tenant ${g.tenant} is suspended: no drift run is sent.`);
    const out: DriftRunRow[] = [];
    for (const r of routes) out.push(await this.runRoute(tenant, keyId, r.route, r.tasks, g, mayPause && g.pauseOnDrift));
    return out;
  }

  private async scheduled(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      // Every process keeps the timer; one per interval (across processes and hosts) runs the prompts.
      if (!(await this.runs.claimDriftSlot(Math.floor(Date.now() / this.cfg.driftIntervalMs)))) return;
      const rows = await this.run('drift-schedule', undefined, true);
      this.log.info({ event: 'drift_run', routes: rows.length, drift: rows.filter((r) => r.drift).length }, 'drift watch ran');
    } catch (err) {
      this.log.warn({ event: 'drift_run_failed', code: err instanceof GatewayError ? err.code : 'internal_error' }, 'drift watch failed');
    } finally {
      this.running = false;
    }
  }

  private async runRoute(
    tenant: Tenant,
    keyId: string,
    route: string,
    tasks: readonly Task[],
    g: Golden,
    pauses: boolean,
  ): Promise<DriftRunRow> {
    const runId = `drift-${randomUUID()}`;
    const samples: Sample[] = [];
    for (let i = 0; i < g.repeats; i++) for (const t of tasks) samples.push(await this.sample(tenant, keyId, route, t, runId));
    const counts = countsOf(samples);
    const model = mostFrequent(samples.flatMap((s) => (s.chosen ? [s.chosen] : [])));
    let baseline = await this.runs.driftBaseline(tenant.id, route);
    let row: DriftRunRow;
    try {
      row = await this.record(tenant.id, route, model, counts, baseline, g.alpha);
    } catch (err) {
      // Two first runs at once: the other one became the baseline; this one is compared with it.
      if (baseline !== null || (err as { code?: unknown }).code !== UNIQUE_VIOLATION) throw err;
      baseline = await this.runs.driftBaseline(tenant.id, route);
      if (baseline === null) throw err;
      row = await this.record(tenant.id, route, model, counts, baseline, g.alpha);
    }
    this.metrics.driftRuns.inc({ route, result: baseline === null ? 'baseline' : row.drift ? 'drift' : 'ok' });
    this.metrics.driftDetected.set({ route }, row.drift ? 1 : 0);
    // Only the model that answered the baseline is paused for drifting: after a pause (or a fallback) the
    // route's next model answers, differs from the baseline by name, and must not be paused for that.
    const pausable = pauses && row.model !== null && row.model === baseline?.model;
    if (row.drift && baseline) await this.alert(row, baseline, runId, pausable ? await this.pause(row) : undefined);
    return row;
  }

  /** One route's run, compared with its baseline (or, without one, recorded as the baseline). */
  private record(
    tenant: string,
    route: string,
    model: string | null,
    counts: DriftCounts,
    baseline: DriftRunRow | null,
    alpha: number,
  ): Promise<DriftRunRow> {
    const verdict = baseline ? compareDrift(baseline.counts as unknown as DriftCounts, counts, alpha) : null;
    return this.runs.recordDrift({
      tenant,
      route,
      model,
      baseline: baseline === null,
      drift: verdict?.drift ?? false,
      metrics: driftMetrics(counts),
      counts: counts as unknown as Record<string, unknown>,
      pValue: verdict?.pValue ?? null,
      modelVersion: counts.modelVersion,
      reasons: verdict?.reasons ?? [],
    });
  }

  /**
   * Pauses the drifting `provider/model` for routing, for every tenant: on the platform's record first (a
   * platform-wide change), then in the shared store. False (and an error log) when either failed.
   */
  private async pause(row: DriftRunRow): Promise<boolean | undefined> {
    const target = row.model === null ? undefined : splitModelName(row.model);
    if (target === undefined) return undefined;
    try {
      await this.ledger.append({
        tenant: PLATFORM_LOG,
        kind: 'config_change',
        requestId: null,
        body: {
          action: 'model_paused',
          provider: target.provider,
          model: target.model,
          drift_run: row.id,
          route: row.route,
          reasons: row.reasons,
        },
      });
      await this.routing.breakers.pause(target);
      this.log.warn({ event: 'model_paused', provider: target.provider, model: target.model }, 'drifting model paused for routing');
      return true;
    } catch {
      this.log.error({ event: 'model_pause_failed', provider: target.provider, model: target.model }, 'could not pause the drifting model');
      return false;
    }
  }

  private async alert(row: DriftRunRow, baseline: DriftRunRow, runId: string, paused: boolean | undefined): Promise<void> {
    for (const reason of row.reasons) this.metrics.driftAlerts.inc({ route: row.route, reason });
    const rate = (x: number) => Math.round(x * 1e6);
    await this.ledger.append({
      tenant: row.tenant,
      kind: 'drift_alert',
      requestId: null,
      body: {
        traffic: 'drift',
        run_id: runId,
        drift_run: row.id,
        baseline_run: baseline.id,
        route: row.route,
        model: row.model ?? undefined,
        reasons: row.reasons,
        // Canonical JSON holds integers only: rates and the p-value in parts per million.
        quality_ppm: rate(row.metrics.quality),
        format_adherence_ppm: rate(row.metrics.formatAdherence),
        refusal_rate_ppm: rate(row.metrics.refusalRate),
        baseline_quality_ppm: rate(baseline.metrics.quality),
        p_value_ppm: row.pValue === null ? undefined : rate(row.pValue),
        model_version: row.modelVersion ?? undefined,
        baseline_model_version: baseline.modelVersion ?? undefined,
        // Whether the model was paused for routing (absent when the golden file does not ask for pauses).
        paused,
      },
    });
    this.log.warn({ event: 'drift_alert', route: row.route, reasons: row.reasons }, 'drift detected against the baseline');
  }

  /** One golden prompt through the pipeline as drift traffic; a refused or failed request scores 0. */
  private async sample(tenant: Tenant, keyId: string, route: string, task: Task, runId: string): Promise<Sample> {
    const request = parseChatRequest({ ...task.settings, model: route, messages: task.messages });
    try {
      const answer = await this.pipeline.run(
        {
          request,
          tenant,
          keyId,
          requestId: randomUUID(),
          declaredLevel: null,
          workload: task.workload ?? null,
          signal: new AbortController().signal,
          run: { traffic: 'drift', runId },
        },
        chatEndpoint(request),
      );
      const value = answer.value as ChatCompletionResponse;
      const a = assess(task, value);
      const g = a.grade ?? { score: 0, pass: false };
      return {
        ...g,
        format: a.formatOk,
        refusal: a.refusal,
        reported: typeof value.model === 'string' ? value.model : null,
        chosen: answer.model,
      };
    } catch (err) {
      if (!(err instanceof GatewayError)) throw err;
      return FAILED;
    }
  }
}

function countsOf(samples: readonly Sample[]): DriftCounts {
  const formatted = samples.filter((s) => s.format !== null);
  return {
    n: samples.length,
    scoreSum: samples.reduce((s, x) => s + x.score, 0),
    passes: samples.filter((s) => s.pass).length,
    formatN: formatted.length,
    formatOk: formatted.filter((s) => s.format === true).length,
    refusals: samples.filter((s) => s.refusal).length,
    modelVersion: mostFrequent(samples.flatMap((s) => (s.reported ? [s.reported] : []))),
  };
}
