import { GatewayError } from '@libs/core';
import type { Body } from '@libs/pipeline';
import type { LedgerService } from '../ledger/ledger.service';
import type { Tenant } from '../tenants/tenants.repository';

/**
 * A request the classifier could not read is refused (503 classifier_unavailable, no egress) and recorded as
 * a denial, so every decision still has its entry. Other errors pass through untouched.
 */
export async function recordClassifierDenial(
  err: unknown,
  ledger: LedgerService,
  call: { tenant: Tenant; requestId: string; keyId: string },
  policyVersion: string,
  endpoint?: string,
  traffic: Body = {},
): Promise<never> {
  if (err instanceof GatewayError && err.code === 'classifier_unavailable') {
    await ledger.append({
      tenant: call.tenant.id,
      kind: 'policy_denied',
      requestId: call.requestId,
      body: {
        error_code: 'classifier_unavailable',
        policy_version: policyVersion,
        region: call.tenant.region,
        key_id: call.keyId,
        endpoint,
        ...traffic,
      },
    });
  }
  throw err;
}
