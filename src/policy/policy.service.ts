import { Inject, Injectable } from '@nestjs/common';
import { loadPolicy, policyVersion, type PolicyBundle } from '@libs/policy';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { readPolicyFiles } from './policy-files';

/**
 * The active policy bundle. Loaded once at boot from GATEWAY_POLICY; an invalid bundle refuses to start
 * (the error names file, line and field). Versions in the database come with the admin issue.
 */
@Injectable()
export class PolicyService {
  readonly bundle: PolicyBundle;
  readonly version: string;

  constructor(@Inject(APP_CONFIG) cfg: AppConfig) {
    this.bundle = loadPolicy(readPolicyFiles(cfg.policyPath));
    this.version = policyVersion(this.bundle);
    const sims = this.bundle.providers.filter((p) => p.kind === 'simulator').map((p) => p.id);
    if (sims.length > 0 && !cfg.demo) {
      throw new Error(`providers ${sims.join(', ')}: kind simulator is only allowed in demo mode (GATEWAY_DEMO=1 or no DATABASE_URL)`);
    }
  }
}
