/** Test fixtures for strategy specs: plans over offers with a fixed latency table. */
import type { ModelOffer } from '../cost';
import { planRoute, type PlanInput } from '../plan';
import type { EscalationReason, Plan } from '../types';

/** `provider/model` at `usd` per MTok, input and output alike (100 + 100 tokens: cost = usd * 0.0002). */
export function offer(name: string, usd: number): ModelOffer {
  const [provider = '', model = ''] = name.split('/');
  return { provider, model, inputUsdPerMTok: usd, outputUsdPerMTok: usd };
}

export interface PlanSetup {
  /** p95 in ms by `provider/model`; missing means unknown. */
  p95?: Record<string, number>;
  latencyBudgetMs?: number;
  escalateOn?: EscalationReason[];
  permitted?: string[];
}

export function planWith(strategy: string, offers: ModelOffer[], setup: PlanSetup = {}): Plan {
  const table = setup.p95 ?? {};
  const input: PlanInput = {
    strategy,
    routeId: null,
    offers,
    permitted: new Set(setup.permitted ?? offers.map((o) => o.provider)),
    promptTokens: 100,
    maxOutputTokens: 100,
    latency: { p95: (t) => table[`${t.provider}/${t.model}`] },
  };
  if (setup.latencyBudgetMs !== undefined) input.latencyBudgetMs = setup.latencyBudgetMs;
  if (setup.escalateOn !== undefined) input.escalateOn = setup.escalateOn;
  return planRoute(input);
}

export const names = (p: Plan): string[] => p.candidates.map((c) => `${c.provider}/${c.model}`);
