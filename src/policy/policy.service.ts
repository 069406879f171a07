import { Inject, Injectable } from '@nestjs/common';
import { loadPolicy, policyVersion, type PolicyBundle } from '@libs/policy';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { readPolicyFiles } from './policy-files';

/** One policy version as the gateway runs it: the bundle and the id decisions name (`v3`; a hash in file mode). */
export interface PolicySnapshot {
  readonly bundle: PolicyBundle;
  readonly version: string;
}

/** What runs: the active version, and an approved one in shadow (evaluated, recorded, never enforced) or canary. */
export interface LivePolicy extends PolicySnapshot {
  readonly shadow?: PolicySnapshot;
  readonly canary?: PolicySnapshot & { readonly percent: number; readonly by?: 'request' | 'tenant' | 'workload' };
  /** A tenant overlay's monthly budget cap in USD (the lower of it and the tenant record's applies). */
  readonly budgetUsd?: number;
  /** Tenants with an active overlay: the same versions, each with the overlay applied (`v3+tenant:v7`). */
  readonly tenants?: ReadonlyMap<string, LivePolicy>;
}

/**
 * The policy in force. Starts with the seed bundle from GATEWAY_POLICY (an invalid bundle refuses to
 * start, naming file, line and field); with the database store, the active version replaces it at boot
 * and whenever another is activated (PolicyVersionsRuntime). A request takes `current()` once and finishes
 * under that snapshot.
 */
@Injectable()
export class PolicyService {
  /** The bundle of the files (the database's version 1 on an empty database). */
  readonly seed: PolicyBundle;
  private snapshot: LivePolicy;

  constructor(@Inject(APP_CONFIG) private readonly cfg: AppConfig) {
    this.seed = loadPolicy(readPolicyFiles(cfg.policyPath));
    this.assertRunnable(this.seed);
    this.snapshot = { bundle: this.seed, version: policyVersion(this.seed) };
  }

  /** What runs, for one tenant when given (its overlay applied), else the platform's. */
  current(tenantId?: string): LivePolicy {
    return (tenantId !== undefined ? this.snapshot.tenants?.get(tenantId) : undefined) ?? this.snapshot;
  }

  get bundle(): PolicyBundle {
    return this.snapshot.bundle;
  }

  get version(): string {
    return this.snapshot.version;
  }

  /** Puts a version in force for every request that starts from now on. */
  activate(next: LivePolicy): void {
    for (const b of [next, next.shadow, next.canary]) if (b) this.assertRunnable(b.bundle);
    this.snapshot = next;
  }

  /** Simulator providers are the demo's only: a bundle with them is refused outside demo mode. */
  assertRunnable(bundle: PolicyBundle): void {
    const sims = bundle.providers.filter((p) => p.kind === 'simulator').map((p) => p.id);
    if (sims.length > 0 && !this.cfg.demo) {
      throw new Error(`providers ${sims.join(', ')}: kind simulator is only allowed in demo mode (GATEWAY_DEMO=1 or no DATABASE_URL)`);
    }
  }
}
