import { Injectable } from '@nestjs/common';
import { GatewayError } from '@libs/core';
import { applyOverlay, applyOverlayCompliance, PolicyOverlaySchema, type PolicyBundle } from '@libs/policy';
import { PolicyService, type PolicySnapshot } from '../policy/policy.service';
import { ProvidersService } from '../providers/providers.service';
import { PolicyVersionsRepository, type StoredVersion } from './policy-versions.repository';
import { bundleOf } from './policy-versions.service';

/** States a version may be evaluated in: approved, in force, or in force before. */
const EVALUABLE = new Set(['approved', 'active', 'superseded']);
const CACHE_MS = 5000;

/**
 * A policy version as one tenant would run it if it were active (`version:<id>` eval targets), without
 * activating it: a platform version with the tenant's active overlay applied, or one of the tenant's own
 * overlays on the platform version in force. Another tenant's overlay, a draft or a rejected version is
 * "not found" (404), as for every object a caller may not see.
 */
@Injectable()
export class EvalVersions {
  private readonly cache = new Map<string, { at: number; snapshot: PolicySnapshot }>();

  constructor(
    private readonly repo: PolicyVersionsRepository,
    private readonly policy: PolicyService,
    private readonly providers: ProvidersService,
  ) {}

  async asIfActive(tenant: string, id: string): Promise<PolicySnapshot> {
    const key = `${tenant}\u0000${id}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.snapshot;
    const snapshot = await this.load(tenant, id);
    // The version may name providers the active one does not: ready their adapters (never removes any).
    await this.providers.sync(snapshot.bundle);
    this.cache.set(key, { at: Date.now(), snapshot });
    return snapshot;
  }

  private async load(tenant: string, id: string): Promise<PolicySnapshot> {
    const v = await this.repo.find(null, id);
    const own = v && (v.scope === 'platform' || v.scope === `tenant:${tenant}`);
    if (!v || !own || !EVALUABLE.has(v.state))
      throw new GatewayError('not_found', `No approved policy version ${id} for this tenant.`, 'x-gateway-eval-version');
    if (v.scope !== 'platform') {
      const platform = this.policy.current();
      return { bundle: this.overlaid(platform.bundle, v), version: `${platform.version}+tenant:${v.id}` };
    }
    const bundle = bundleOf(v);
    this.policy.assertRunnable(bundle);
    const overlay = (await this.repo.live()).find((o) => o.scope === `tenant:${tenant}` && o.state === 'active');
    return overlay ? { bundle: this.overlaid(bundle, overlay), version: `${v.id}+tenant:${overlay.id}` } : { bundle, version: v.id };
  }

  /** As the runtime does: an overlay that no longer fits keeps only its (narrowing) compliance rules. */
  private overlaid(bundle: PolicyBundle, o: StoredVersion): PolicyBundle {
    const overlay = PolicyOverlaySchema.parse(JSON.parse(o.document));
    try {
      return applyOverlay(bundle, overlay);
    } catch {
      return applyOverlayCompliance(bundle, overlay.compliance);
    }
  }
}
