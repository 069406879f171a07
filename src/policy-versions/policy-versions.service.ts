import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { parse as parseYaml } from 'yaml';
import { GatewayError } from '@libs/core';
import { permits, PLATFORM_LOG, type Authority, type Permission } from '@libs/auth';
import {
  applyOverlay,
  contentHashOf,
  diffBundles,
  diffHash,
  formatIssue,
  overlayRelaxation,
  PolicyLoadError,
  PolicyOverlaySchema,
  policyVersion,
  validatePolicyBundle,
  type BundleDiff,
  type PolicyBundle,
  type PolicyOverlay,
} from '@libs/policy';
import { shadowReport, simulate, type ShadowedDecision, type ShadowReport, type SimulationReport } from '@libs/pipeline';
import { LedgerService } from '../ledger/ledger.service';
import { PolicyService } from '../policy/policy.service';
import { TenantsService } from '../tenants/tenants.service';
import {
  PolicyVersionsRepository,
  tenantOfScope,
  type CanaryKey,
  type StoredVersion,
  type VersionState,
} from './policy-versions.repository';

/** Who acts on a version: what they hold, and the name the ledger records. */
export interface PolicyActor extends Authority {
  actor: string;
}

/** A version as the admin API shows it (the bundle itself is fetched on its own). */
export type VersionView = Omit<StoredVersion, 'document'>;

export const view = ({ document: _document, ...v }: StoredVersion): VersionView => v;

const notFound = (): GatewayError => new GatewayError('not_found', 'No such policy version.');

/** A `bundle` field given as YAML text or as the same object in JSON: the parsed value. */
function yamlOrObject(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return parseYaml(input) as unknown;
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : 'parse error';
    throw new GatewayError('invalid_request', `bundle: not valid YAML (${why}).`, 'bundle');
  }
}

/** Runs a check of the bundle; a load error becomes a 400 naming (at most five of) its issues. */
function asInvalidBundle<T>(check: () => T): T {
  try {
    return check();
  } catch (err) {
    if (err instanceof PolicyLoadError)
      throw new GatewayError('invalid_request', err.issues.slice(0, 5).map(formatIssue).join('; '), 'bundle');
    throw err;
  }
}

/** A bundle given as YAML text or as the same object in JSON, validated like the files are. */
export function parseBundle(input: unknown): PolicyBundle {
  const value = yamlOrObject(input);
  return asInvalidBundle(() => validatePolicyBundle(value, 'bundle'));
}

/** A tenant overlay given as YAML text or JSON, validated against the overlay schema. */
export function parseOverlay(input: unknown): PolicyOverlay {
  const r = PolicyOverlaySchema.safeParse(yamlOrObject(input));
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new GatewayError('invalid_request', `bundle.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid overlay'}`, 'bundle');
}

export function documentOf(bundle: PolicyBundle): string {
  return JSON.stringify(bundle);
}

export function bundleOf(v: StoredVersion): PolicyBundle {
  return validatePolicyBundle(JSON.parse(v.document) as unknown, v.id);
}

/**
 * The lifecycle of policy versions (SPEC §8): `draft → submitted → approved → active` (or `rejected`),
 * `superseded` when replaced, rollback to an earlier version that was active. Four eyes: whoever wrote or
 * submitted a version can neither approve nor activate it. Every transition is a `config_change` entry
 * (platform versions in `_platform`, overlays in the tenant's log) written before it takes effect.
 */
@Injectable()
export class PolicyVersionsService {
  constructor(
    private readonly repo: PolicyVersionsRepository,
    private readonly ledger: LedgerService,
    private readonly policy: PolicyService,
    private readonly tenants: TenantsService,
  ) {}

  async create(by: PolicyActor, scope: string, input: unknown): Promise<VersionView> {
    const tenant = this.scopeTenant(scope);
    this.require(by, 'policy:write', tenant);
    if (tenant !== null) return this.createOverlay(by, scope, input);
    const bundle = parseBundle(input);
    try {
      this.policy.assertRunnable(bundle);
    } catch (err) {
      throw new GatewayError('invalid_request', (err as Error).message, 'bundle');
    }
    const contentHash = policyVersion(bundle);
    const v = await this.repo.insert({ scope, state: 'draft', document: documentOf(bundle), contentHash, author: by.actor });
    await this.record(by, v, 'create');
    return view(v);
  }

  /** A tenant's overlay: refused at submit when it would relax the platform (the rule or route is named). */
  private async createOverlay(by: PolicyActor, scope: string, input: unknown): Promise<VersionView> {
    const overlay = parseOverlay(input);
    const platform = this.policy.current().bundle;
    const relaxation = overlayRelaxation(platform, overlay);
    if (relaxation) throw new GatewayError('invalid_request', `The overlay would relax the platform: ${relaxation}.`, 'bundle');
    asInvalidBundle(() => applyOverlay(platform, overlay));
    const document = JSON.stringify(overlay);
    const contentHash = contentHashOf(overlay);
    const v = await this.repo.insert({ scope, state: 'draft', document, contentHash, author: by.actor });
    await this.record(by, v, 'create');
    return view(v);
  }

  async list(by: PolicyActor): Promise<VersionView[]> {
    const readers: Permission[] = ['policy:write', 'policy:approve', 'audit:read'];
    if (!readers.some((p) => permits(by, p, by.tenant))) {
      throw new GatewayError('forbidden', 'Reading policy versions needs policy:write, policy:approve or audit:read.');
    }
    return (await this.repo.list(by.tenant)).map(view);
  }

  async get(by: PolicyActor, id: string): Promise<StoredVersion> {
    const v = await this.repo.find(by.tenant, id);
    if (!v) throw notFound();
    return v;
  }

  submit(by: PolicyActor, id: string): Promise<VersionView> {
    return this.move(by, id, 'policy:write', ['draft'], 'submitted', 'submitted_by');
  }

  approve(by: PolicyActor, id: string): Promise<VersionView> {
    return this.move(by, id, 'policy:approve', ['submitted'], 'approved', 'approved_by', true);
  }

  reject(by: PolicyActor, id: string): Promise<VersionView> {
    return this.move(by, id, 'policy:approve', ['submitted', 'approved'], 'rejected', 'rejected_by');
  }

  activate(by: PolicyActor, id: string): Promise<VersionView> {
    return this.move(by, id, 'policy:approve', ['approved'], 'active', 'activated_by', true);
  }

  /**
   * Runs an approved version beside the active one (both evaluated and recorded, only the active one
   * enforced), or stops that (`on: false`).
   */
  async shadow(by: PolicyActor, id: string, on = true): Promise<VersionView> {
    return this.setMode(
      by,
      id,
      on ? { mode: 'shadow', canaryPercent: null } : { mode: null, canaryPercent: null },
      on ? 'shadow' : 'shadow_stopped',
    );
  }

  /** Puts an approved version in force for `percent` % of requests (0 stops the canary). Four eyes, like activation. */
  async canary(by: PolicyActor, id: string, percent: number, key: CanaryKey = 'request'): Promise<VersionView> {
    const on = percent > 0;
    const mode = on ? { mode: 'canary' as const, canaryPercent: percent, canaryBy: key } : { mode: null, canaryPercent: null };
    return this.setMode(by, id, mode, on ? `canary_${percent}_by_${key}` : 'canary_stopped');
  }

  /** The canary's error rate crossed the threshold: back to the active version alone, recorded as done by the gateway. */
  async revertCanary(id: string, reason: string): Promise<void> {
    const v = await this.repo.find(null, id);
    if (!v || v.mode !== 'canary') return;
    const system: PolicyActor = { actor: 'gateway:canary-guard', roles: [], tenant: null };
    await this.record(system, v, 'canary_reverted', { reason });
    await this.repo.transition(v, ['approved'], 'approved', 'activated_by', system.actor);
  }

  private async setMode(
    by: PolicyActor,
    id: string,
    mode: { mode: 'shadow' | 'canary' | null; canaryPercent: number | null; canaryBy?: CanaryKey },
    action: string,
  ): Promise<VersionView> {
    const v = await this.get(by, id);
    this.require(by, 'policy:approve', tenantOfScope(v.scope));
    if (mode.mode === 'canary' && (v.author === by.actor || v.submittedBy === by.actor)) {
      throw new GatewayError('forbidden', `Four eyes: ${v.id} was written or submitted by you; another approver must start its canary.`);
    }
    if (v.state !== 'approved')
      throw new GatewayError('invalid_request', `${v.id} is ${v.state}; shadow and canary need an approved version.`, 'state');
    await this.record(by, v, action);
    const moved = await this.repo.transition(v, ['approved'], 'approved', 'activated_by', by.actor, mode);
    if (!moved) throw new GatewayError('invalid_request', `${v.id} changed meanwhile; read it again.`, 'state');
    return view(moved);
  }

  /**
   * The bundle a version would run as: a platform version's own, or (an overlay) the active platform
   * version with that overlay applied.
   */
  private effective(v: StoredVersion): PolicyBundle {
    if (v.scope === 'platform') return bundleOf(v);
    return applyOverlay(this.policy.current().bundle, PolicyOverlaySchema.parse(JSON.parse(v.document)));
  }

  /** Structured diff and plain-language summary of `id` against `against` (default: what is in force for its scope). */
  async diff(by: PolicyActor, id: string, against: string | null): Promise<BundleDiff & { from: string; to: string }> {
    const v = await this.get(by, id);
    const base = against ? await this.get(by, against) : null;
    const tenant = tenantOfScope(v.scope);
    const from = base ? this.effective(base) : this.policy.current(tenant ?? undefined).bundle;
    const fromId = base?.id ?? this.policy.current(tenant ?? undefined).version;
    return { from: fromId, to: v.id, ...diffBundles(from, this.effective(v)) };
  }

  /** Recorded decisions since `since`, decided again under the version: what would change, never guessed. */
  async simulate(by: PolicyActor, id: string, since: Date): Promise<SimulationReport & { version: string; since: string }> {
    const v = await this.get(by, id);
    const tenant = tenantOfScope(v.scope);
    this.require(by, 'policy:write', tenant);
    const records = await this.repo.recordedDecisions(tenant, since);
    const facts = new Map(
      (await this.tenants.repository.listTenants(tenant)).map((t) => [
        t.id,
        { id: t.id, region: t.region, floor: t.floor, tier: t.tier, timeZone: t.timeZone },
      ]),
    );
    const report = simulate(this.effective(v), records, { tenants: (t) => facts.get(t) });
    return { version: v.id, since: since.toISOString(), ...report };
  }

  /** Agreement of a shadow version with what was enforced, over the decisions recorded since `since`. */
  async shadowReport(by: PolicyActor, id: string, since: Date): Promise<ShadowReport & { since: string }> {
    const v = await this.get(by, id);
    const readers: Permission[] = ['policy:approve', 'audit:read'];
    if (!readers.some((p) => permits(by, p, tenantOfScope(v.scope))))
      throw new GatewayError('forbidden', 'A shadow report needs policy:approve or audit:read.');
    const decisions = (await this.repo.shadowedDecisions(v.id, since)) as unknown as ShadowedDecision[];
    return { ...shadowReport(v.id, bundleOf(v), decisions), since: since.toISOString() };
  }

  /** Back to an earlier version that was in force (superseded since), approved like any activation. */
  rollback(by: PolicyActor, to: string): Promise<VersionView> {
    return this.move(by, to, 'policy:approve', ['superseded'], 'active', 'activated_by', true, 'rollback');
  }

  private async move(
    by: PolicyActor,
    id: string,
    permission: Permission,
    from: readonly VersionState[],
    to: VersionState,
    column: 'submitted_by' | 'approved_by' | 'rejected_by' | 'activated_by',
    fourEyes = false,
    action: string = to,
  ): Promise<VersionView> {
    const v = await this.get(by, id);
    this.require(by, permission, tenantOfScope(v.scope));
    if (fourEyes && (v.author === by.actor || v.submittedBy === by.actor)) {
      throw new GatewayError('forbidden', `Four eyes: ${v.id} was written or submitted by you; another approver must ${action} it.`);
    }
    if (!from.includes(v.state)) {
      throw new GatewayError('invalid_request', `${v.id} is ${v.state}; ${action} needs it ${from.join(' or ')}.`, 'state');
    }
    await this.record(by, v, action);
    const moved = await this.repo.transition(v, from, to, column, by.actor);
    if (!moved) throw new GatewayError('invalid_request', `${v.id} changed meanwhile; read it again.`, 'state');
    return view(moved);
  }

  private scopeTenant(scope: string): string | null {
    if (scope === 'platform') return null;
    const t = tenantOfScope(scope);
    if (t === null || !/^[a-z0-9][a-z0-9_-]{0,62}$/.test(t))
      throw new GatewayError('invalid_request', 'scope must be "platform" or "tenant:<id>".', 'scope');
    return t;
  }

  private require(by: PolicyActor, permission: Permission, tenant: string | null): void {
    if (!permits(by, permission, tenant)) {
      throw new GatewayError('forbidden', `This needs ${permission}${tenant === null ? ' at platform scope' : ''}.`);
    }
  }

  /** The entry comes first: no ledger, no change. The diff is named by its hash (against what is active now). */
  private async record(by: PolicyActor, v: StoredVersion, action: string, extra: Record<string, unknown> = {}): Promise<void> {
    const active = this.policy.current(tenantOfScope(v.scope) ?? undefined);
    let changeHash: string;
    try {
      changeHash = diffHash(diffBundles(active.bundle, this.effective(v)));
    } catch {
      // an overlay that no longer fits the platform: named by what it is and what it was compared with
      changeHash = createHash('sha256').update(`${active.version}\n${v.contentHash}`).digest('hex');
    }
    await this.ledger.append({
      tenant: tenantOfScope(v.scope) ?? PLATFORM_LOG,
      kind: 'config_change',
      requestId: null,
      body: {
        action,
        version: v.id,
        scope: v.scope,
        content_hash: v.contentHash,
        diff_hash: changeHash,
        against: active.version,
        actor: by.actor,
        actor_roles: [...by.roles],
        ...extra,
      },
    });
  }
}
