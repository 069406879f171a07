import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { applyOverlay, applyOverlayCompliance, PolicyOverlaySchema, policyVersion } from '@libs/policy';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppLogger } from '../observability/app-logger';
import { CanaryGuard } from '../policy/canary-guard';
import { PolicyService, type LivePolicy, type PolicySnapshot } from '../policy/policy.service';
import { ProvidersService } from '../providers/providers.service';
import { PolicyVersionsRepository, tenantOfScope, type StoredVersion } from './policy-versions.repository';
import { bundleOf, documentOf, PolicyVersionsService } from './policy-versions.service';

/**
 * Keeps this process on the active platform version (database store): version 1 is seeded from the files on
 * an empty database; after that the files only seed. Every GATEWAY_POLICY_REFRESH_MS one cheap read of the
 * activation epoch; when it moved, the active version is loaded, its providers readied, and it is put in
 * force for requests that start from then on (no restart; in-flight requests keep their snapshot).
 */
@Injectable()
export class PolicyVersionsRuntime implements OnModuleInit, OnApplicationShutdown {
  private epoch = -1;
  private timer: NodeJS.Timeout | null = null;
  private refreshing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
    private readonly repo: PolicyVersionsRepository,
    private readonly policy: PolicyService,
    private readonly providers: ProvidersService,
    private readonly log: AppLogger,
    private readonly guard: CanaryGuard,
    private readonly versions: PolicyVersionsService,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.cfg.policyStore !== 'database') return;
    this.guard.onTrip = async (version, reason) => {
      this.log.warn({ event: 'canary_reverted', version, reason }, 'canary error rate too high: reverted to the active version');
      await this.versions.revertCanary(version, reason);
      await this.refresh(false);
    };
    await this.repo.seedIfEmpty(documentOf(this.policy.seed), policyVersion(this.policy.seed));
    await this.refresh(true);
    this.timer = setInterval(() => void this.refresh(false), this.cfg.policyRefreshMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** The platform's versions as one tenant runs them: its active overlay applied to each (`v3+tenant:v7`). */
  private withOverlay(platform: LivePolicy, o: StoredVersion): LivePolicy {
    const overlay = PolicyOverlaySchema.parse(JSON.parse(o.document));
    const fit = (leg: PolicySnapshot): PolicySnapshot => {
      const version = `${leg.version}+tenant:${o.id}`;
      try {
        return { bundle: applyOverlay(leg.bundle, overlay), version };
      } catch {
        // Re-checked at evaluation: an overlay that no longer fits keeps only its (narrowing) compliance rules.
        this.log.warn(
          { event: 'policy_overlay_unfit', overlay: o.id, platform: leg.version },
          'overlay no longer fits the platform version: only its compliance rules apply',
        );
        return { bundle: applyOverlayCompliance(leg.bundle, overlay.compliance), version };
      }
    };
    return {
      ...fit(platform),
      ...(overlay.budget ? { budgetUsd: overlay.budget.monthlyUsd } : {}),
      ...(platform.shadow ? { shadow: fit(platform.shadow) } : {}),
      ...(platform.canary ? { canary: { ...fit(platform.canary), percent: platform.canary.percent, by: platform.canary.by } } : {}),
    };
  }

  /** Loads the active version when the epoch moved. A failure keeps the version in force and says so. */
  async refresh(boot: boolean): Promise<void> {
    if (this.refreshing) return;
    this.refreshing = true;
    try {
      const epoch = await this.repo.epoch();
      if (epoch === this.epoch) return;
      const all = await this.repo.live();
      const live = all.filter((v) => v.scope === 'platform');
      const active = live.find((v) => v.state === 'active');
      if (!active) throw new Error('no active platform policy version');
      const shadow = live.find((v) => v.mode === 'shadow');
      const canary = live.find((v) => v.mode === 'canary');
      const snapshot = (v: StoredVersion) => ({ bundle: bundleOf(v), version: v.id });
      const platform: LivePolicy = {
        ...snapshot(active),
        ...(shadow ? { shadow: snapshot(shadow) } : {}),
        ...(canary ? { canary: { ...snapshot(canary), percent: canary.canaryPercent ?? 0, by: canary.canaryBy ?? 'request' } } : {}),
      };
      const overlays = all.filter((v) => v.scope !== 'platform' && v.state === 'active');
      const next: LivePolicy = {
        ...platform,
        tenants: new Map(overlays.map((o) => [tenantOfScope(o.scope) as string, this.withOverlay(platform, o)])),
      };
      for (const b of [platform, platform.shadow, platform.canary]) if (b) await this.providers.sync(b.bundle);
      this.policy.activate(next);
      this.log.info(
        {
          event: 'policy_activated',
          version: active.id,
          shadow: shadow?.id,
          canary: canary?.id,
          canaryPercent: canary?.canaryPercent,
          overlays: overlays.map((o) => `${o.scope}:${o.id}`),
        },
        'policy versions in force',
      );
      if (boot && active.contentHash !== policyVersion(this.policy.seed)) {
        this.log.warn(
          { event: 'policy_seed_differs', version: active.id },
          'the policy files differ from the active version; they only seed an empty database (submit them as a new version to use them)',
        );
      }
      this.epoch = epoch;
    } catch (err) {
      if (boot) throw err;
      this.log.warn(
        { event: 'policy_refresh_failed', err: err instanceof Error ? err.message : String(err) },
        'policy refresh failed; the version in force stays',
      );
    } finally {
      this.refreshing = false;
    }
  }
}
