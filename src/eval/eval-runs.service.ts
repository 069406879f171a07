import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { GatewayError } from '@libs/core';
import { permits, type Authority } from '@libs/auth';
import { parseBody } from '../common/admin-input';
import type { LivePolicy } from '../policy/policy.service';
import { EvalVersions } from '../policy-versions/eval-versions';
import type { Principal } from '../tenants/tenants.service';
import { EvalRunsRepository, type DriftRunRow, type EvalRunRow } from './eval-runs.repository';

/** The header a request names its eval run with; honoured only for the key that opened the run. */
export const EVAL_RUN_HEADER = 'x-gateway-eval-run';
/** The version (`version:<id>` target) a request of an eval run is decided under, as if it were active. */
export const EVAL_VERSION_HEADER = 'x-gateway-eval-version';

/** What an authenticated eval run makes of a request: eval traffic, and optionally another version. */
export interface RunContext {
  traffic: 'eval' | 'drift';
  runId: string;
  asIf?: LivePolicy;
}

const target = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._:/@-]+$/, 'a route id, alias, provider/model or version:<id>');
const OpenBody = z.strictObject({
  taskSetHash: z.string().regex(/^[0-9a-f]{64}$/, 'the SHA-256 (hex) of the task file'),
  targets: z.array(target).min(1).max(20),
  /** The tenant the caller means to run as (`--tenant`): refused unless it is the key's. */
  tenant: z.string().min(1).max(63).optional(),
});
const num = z.number().finite().nullable();
const TargetSummary = z.strictObject({
  target,
  requests: z.number().int().nonnegative(),
  costPerRequestUsd: num,
  medianMs: num,
  p95Ms: num,
  quality: num,
  passRate: num,
  timeouts: num,
  refusals: num,
  brokenJson: num,
  denied: z.number().int().nonnegative(),
});
const FinishBody = z.strictObject({ targets: z.array(TargetSummary).max(20) });

const header = (h: string | string[] | undefined): string | undefined => (Array.isArray(h) ? h[0] : h);
const newId = (prefix: string): string =>
  `${prefix}_${randomBytes(16)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 20)}`;
const notYours = () => new GatewayError('forbidden', `${EVAL_RUN_HEADER} does not name an open eval run of this key.`, EVAL_RUN_HEADER);

/**
 * Eval runs (issue 17): a key of a tenant opens a run, its requests name it, and the gateway (never the
 * client) marks their ledger entries `"traffic": "eval"`. Finished runs and drift runs are read by the
 * tenant's reviewers (`eval:read`); another tenant's runs are 404.
 */
@Injectable()
export class EvalRunsService {
  constructor(
    private readonly repo: EvalRunsRepository,
    private readonly versions: EvalVersions,
  ) {}

  async open(p: Principal, body: unknown): Promise<EvalRunRow> {
    const tenant = p.tenant;
    if (!tenant) throw new GatewayError('forbidden', 'Eval runs are opened with a key of the tenant they run as.');
    const b = parseBody(OpenBody, body);
    if (b.tenant !== undefined && b.tenant !== tenant.id)
      throw new GatewayError('forbidden', "This key is not a key of that tenant: eval runs run as the key's own tenant.", 'tenant');
    // A version target that cannot be evaluated is refused now, not after the first task.
    for (const t of b.targets) if (t.startsWith('version:')) await this.versions.asIfActive(tenant.id, t.slice(8));
    return this.repo.openRun({
      id: newId('ev'),
      tenant: tenant.id,
      keyId: p.keyId,
      actor: p.actor,
      taskSetHash: b.taskSetHash,
      targetNames: b.targets,
    });
  }

  /** The run, if it is this key's (resume checks it is still open). */
  async get(p: Principal, id: string): Promise<EvalRunRow> {
    const run = p.tenant ? await this.repo.findRun(p.tenant.id, id) : null;
    if (!run || run.keyId !== p.keyId) throw new GatewayError('not_found', 'No such eval run.', 'id');
    return run;
  }

  async finish(p: Principal, id: string, body: unknown): Promise<EvalRunRow> {
    const run = await this.get(p, id);
    const b = parseBody(FinishBody, body);
    if (!(await this.repo.finishRun(run.tenant, run.id, b.targets)))
      throw new GatewayError('invalid_request', 'This eval run is already finished.', 'id');
    return { ...run, state: 'finished', targets: b.targets };
  }

  /**
   * The eval run a pipeline request names (null: none, user traffic). A run that is not this key's own open
   * run is refused (403), so a client cannot borrow another's run; the version header needs the run too.
   */
  async resolve(p: Principal | undefined, headers: Record<string, string | string[] | undefined>): Promise<RunContext | null> {
    const runId = header(headers[EVAL_RUN_HEADER]);
    const version = header(headers[EVAL_VERSION_HEADER]);
    if (runId === undefined) {
      if (version !== undefined)
        throw new GatewayError('invalid_request', `${EVAL_VERSION_HEADER} needs ${EVAL_RUN_HEADER}.`, EVAL_VERSION_HEADER);
      return null;
    }
    if (!p?.tenant || !/^ev_[a-z0-9]{20}$/.test(runId)) throw notYours();
    const run = await this.repo.findRun(p.tenant.id, runId);
    if (!run || run.keyId !== p.keyId || run.state !== 'open') throw notYours();
    if (version === undefined) return { traffic: 'eval', runId };
    if (!run.targetNames.includes(`version:${version}`))
      throw new GatewayError('invalid_request', `version:${version} is not a target of this eval run.`, EVAL_VERSION_HEADER);
    return { traffic: 'eval', runId, asIf: await this.versions.asIfActive(p.tenant.id, version) };
  }

  async listEval(by: Authority, tenant: string | undefined): Promise<{ runs: Record<string, unknown>[] }> {
    const rows = await this.repo.listRuns(this.readable(by, tenant));
    return {
      runs: rows.map((r) => ({
        id: r.id,
        tenant: r.tenant,
        taskSetHash: r.taskSetHash,
        targets: r.targets ?? [],
        startedAt: r.startedAt,
        finishedAt: r.finishedAt,
        actor: r.actor,
      })),
    };
  }

  async listDrift(by: Authority, tenant: string | undefined): Promise<{ runs: Record<string, unknown>[] }> {
    const rows = await this.repo.listDrift(this.readable(by, tenant));
    return { runs: rows.map(driftView) };
  }

  /** A drift run is recorded; the first of a tenant's route is its baseline. */
  recordDrift(r: Omit<DriftRunRow, 'startedAt' | 'id'>): Promise<DriftRunRow> {
    return this.repo.insertDrift({ ...r, id: newId('dr') });
  }

  /** True for exactly one process per slot of the drift schedule. */
  claimDriftSlot(slot: number): Promise<boolean> {
    return this.repo.claimDriftSlot(slot);
  }

  driftBaseline(tenant: string, route: string): Promise<DriftRunRow | null> {
    return this.repo.driftBaseline(tenant, route);
  }

  /** The tenant to read (null: every tenant, platform scope only); another tenant's runs are 404. */
  private readable(by: Authority, tenant: string | undefined): string | null {
    const wanted = tenant ?? by.tenant;
    if (wanted !== null && !/^[a-z0-9][a-z0-9_-]{0,62}$/.test(wanted))
      throw new GatewayError('invalid_request', 'tenant must be a tenant id.', 'tenant');
    if (!permits(by, 'eval:read', wanted)) {
      if (by.tenant !== null && wanted !== by.tenant) throw new GatewayError('not_found', 'No such tenant.', 'tenant');
      throw new GatewayError('forbidden', 'Reading eval and drift runs needs eval:read for this tenant.');
    }
    return wanted;
  }
}

export function driftView(r: DriftRunRow): Record<string, unknown> {
  return {
    id: r.id,
    tenant: r.tenant,
    route: r.route,
    model: r.model,
    startedAt: r.startedAt,
    baseline: r.baseline,
    drift: r.drift,
    metrics: r.metrics,
    pValue: r.pValue,
    modelVersion: r.modelVersion,
  };
}
