import type { DataLevel } from '@libs/core';
import type { Candidate } from '@libs/routing';
import { modelName } from './ledger-bodies';

/** Header values must be visible ASCII; the explanation is ours, but be strict anyway. */
function headerSafe(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?').slice(0, 1000);
}

/** The decision headers of SPEC §3, known once the decision entry is durable. */
export function decisionHeaders(level: DataLevel, policyVersion: string, decisionSeq: number, explanation: string): Record<string, string> {
  return {
    'x-gateway-data-level': level,
    'x-gateway-policy-version': policyVersion,
    'x-gateway-ledger-seq': String(decisionSeq),
    'x-gateway-explain': headerSafe(explanation),
  };
}

/** The provider headers, known once a candidate answered. */
export function providerHeaders(c: Pick<Candidate, 'provider' | 'model'>): Record<string, string> {
  return { 'x-gateway-provider': c.provider, 'x-gateway-model': modelName(c) };
}
