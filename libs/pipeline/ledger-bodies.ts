import type { CanonicalValue } from '@libs/ledger';
import type { Attempt, Candidate } from '@libs/routing';
import type { Usage } from '@libs/core';

/** Ledger bodies are metadata only: levels, categories, counts, ids, timings. Never content. */
export type Body = { [k: string]: CanonicalValue | undefined };

export function attemptsBody(attempts: readonly Attempt[]): CanonicalValue[] {
  return attempts.map((a) => ({
    provider: a.provider,
    model: a.model,
    outcome: a.outcome,
    latency_ms: Math.round(a.latencyMs),
    status: a.status,
    error_kind: a.errorKind,
  }));
}

export function usageBody(u: Usage | undefined | null): Body | undefined {
  if (!u) return undefined;
  const int = (n: unknown): number => (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0);
  return { prompt_tokens: int(u.prompt_tokens), completion_tokens: int(u.completion_tokens), total_tokens: int(u.total_tokens) };
}

/** USD as integer nano-dollars: canonical JSON carries integers only. */
export function nanoUsd(usd: number): number {
  return Math.round(usd * 1e9);
}

export function modelName(c: Pick<Candidate, 'provider' | 'model'>): string {
  return `${c.provider}/${c.model}`;
}
