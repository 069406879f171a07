import { inCanarySlice } from '@libs/policy';
import type { Decision } from './decide';

/** A policy version as a request runs under it. */
export interface VersionLeg<B> {
  bundle: B;
  version: string;
}

/** The active version, with optional shadow and canary versions beside it (SPEC §8). */
export interface LiveVersions<B> extends VersionLeg<B> {
  shadow?: VersionLeg<B>;
  /** `by`: what the slice is keyed on, the request id (default), the tenant or the declared workload. */
  canary?: VersionLeg<B> & { percent: number; by?: 'request' | 'tenant' | 'workload' };
}

/**
 * The version a request is decided and enforced under: the canary's for its slice (stable by a hash of the
 * request id, salted by the canary's version), else the active one.
 * The whole decision (permitted set included) is made under that one version, so no leg mixes two bundles.
 */
export function legFor<B>(
  live: LiveVersions<B>,
  requestId: string,
  of: { tenant?: string; workload?: string | null } = {},
): { leg: VersionLeg<B>; slice: 'canary' | 'active' | null } {
  if (!live.canary) return { leg: live, slice: null };
  const by = live.canary.by ?? 'request';
  // A whole tenant or workload moves together; requests without a declared workload share one slice.
  const key = by === 'tenant' ? `tenant:${of.tenant ?? ''}` : by === 'workload' ? `workload:${of.workload ?? 'none'}` : requestId;
  return inCanarySlice(key, live.canary.percent, live.canary.version)
    ? { leg: live.canary, slice: 'canary' }
    : { leg: live, slice: 'active' };
}

/** What the ledger records of a shadow evaluation: ids only; nothing of it is enforced or sent anywhere. */
export function shadowSummary(d: Decision, version: string): Record<string, unknown> {
  if (d.verdict === 'deny') return { version, verdict: 'deny', level: d.level };
  const first = d.plan.candidates[0];
  return {
    version,
    verdict: 'route',
    level: d.level,
    route: d.plan.routeId ?? null,
    rule: d.rule,
    provider: first?.provider ?? null,
    model: first?.model ?? null,
    permitted: d.ledgerBody.permitted ?? null,
  };
}
