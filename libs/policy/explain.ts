/**
 * One-sentence explanations of a policy decision (the `x-gateway-explain` header, the ledger) and
 * the message of a 403 `policy_denied`. Both MUST contain no request content: only levels,
 * categories, the tenant region, provider and rule ids and the evaluator's short reasons.
 */
import type { PolicyDecision, PolicyExclusion, PolicyFacts } from './evaluate';

/**
 * E.g. `restricted PHI, PII + tenant region us: permitted sim-local; excluded sim-eu
 * (restricted-stays-local), sim-us-cheap (phi-needs-baa).` or
 * `restricted CREDENTIALS + tenant region us: blocked by rule no-secrets-out (CREDENTIALS).`
 */
export function explainDecision(decision: PolicyDecision, facts: Omit<PolicyFacts, 'now'>): string {
  const subject = `${[facts.level, facts.categories.join(', ')].filter((s) => s !== '').join(' ')} + tenant region ${facts.tenantRegion}`;
  if (decision.action === 'block') {
    const what = facts.categories.length > 0 ? facts.categories.join(', ') : `level ${facts.level}`;
    const rules = decision.blockedBy.length > 1 ? 'rules' : 'rule';
    return `${subject}: blocked by ${rules} ${decision.blockedBy.join(', ')} (${what}).`;
  }
  const permitted = decision.permitted.length > 0 ? decision.permitted.join(', ') : 'none';
  let sentence = `${subject}: permitted ${permitted}`;
  if (decision.excluded.length > 0) {
    sentence += `; excluded ${decision.excluded.map((e) => `${e.provider} (${e.rule})`).join(', ')}`;
  }
  if (decision.action === 'pseudonymize') sentence += '; egress pseudonymized';
  return `${sentence}.`;
}

/**
 * The client-facing message of a 403 `policy_denied`: which rule excluded which provider. With
 * `provider` (a pinned `provider/model` outside the permitted set) it names that provider only.
 */
export function deniedMessage(decision: PolicyDecision, provider?: string): string {
  const first = decision.blockedBy[0];
  if (first !== undefined) {
    const reason = decision.excluded.find((e) => e.rule === first)?.reason;
    const others = decision.blockedBy.slice(1);
    return (
      `Policy denied: request blocked by rule ${first}${reason !== undefined ? ` (${reason})` : ''}` +
      `${others.length > 0 ? `; also blocked by ${others.join(', ')}` : ''}.`
    );
  }
  if (provider !== undefined) {
    const e = decision.excluded.find((x) => x.provider === provider);
    if (e !== undefined) return `Policy denied: provider ${describe(e)}.`;
    if (!decision.permitted.includes(provider)) return `Policy denied: provider ${provider} is not in this policy.`;
  }
  if (decision.excluded.length === 0) return 'Policy denied: no provider is configured.';
  return `Policy denied: no permitted provider; ${decision.excluded.map(describe).join('; ')}.`;
}

function describe(e: PolicyExclusion): string {
  return `${e.provider} excluded by rule ${e.rule} (${e.reason})`;
}
