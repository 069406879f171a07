import type { PolicyBundle } from '@libs/policy';
import { PolicyVersionsRepository } from '../policy-versions/policy-versions.repository';
import { bundleOf } from '../policy-versions/policy-versions.service';
import { withCliDatabase } from './cli-database';

/**
 * The policy the gateway runs: with a database configured (DATABASE_URL) and the database store, its active
 * platform version; otherwise null (the caller uses the seed files, as a file-store gateway does).
 */
export async function activePolicy(env: NodeJS.ProcessEnv): Promise<{ bundle: PolicyBundle; version: string } | null> {
  if (!env.DATABASE_URL || env.GATEWAY_POLICY_STORE === 'file') return null;
  return withCliDatabase(env, async (db) => {
    const active = (await new PolicyVersionsRepository(db).live()).find((v) => v.scope === 'platform' && v.state === 'active');
    return active ? { bundle: bundleOf(active), version: active.id } : null;
  });
}
