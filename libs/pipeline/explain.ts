import type { Category, DataLevel } from '@libs/core';
import { explainDecision, type PolicyDecision, type PolicyFacts } from '@libs/policy';
import type { Candidate, Plan } from '@libs/routing';
import { modelName } from './ledger-bodies';

/** The ledger's explanation of the policy step: ids, rules and levels, for machines and auditors. */
export function policySentence(decision: PolicyDecision, facts: Omit<PolicyFacts, 'now'>): string {
  return explainDecision(decision, facts);
}

const CATEGORY_WORDS: Record<string, string> = {
  PHI: 'health information about a person (PHI)',
  PII: 'personal data (PII)',
  PCI: 'payment card data (PCI)',
  CREDENTIALS: 'credentials (CREDENTIALS)',
};

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What the request carries, in words: "the request contains personal data (PII), so it is confidential". */
export function dataSentence(level: DataLevel, categories: readonly Category[], decision: PolicyDecision, unreadable = ''): string {
  const words = categories.map((c) => CATEGORY_WORDS[c] ?? c);
  const what =
    words.length > 0
      ? `the request contains ${list(words)}, so it is ${level}`
      : level === 'public'
        ? 'the request carries no sensitive data (public)'
        : `the request is treated as ${level} (declared level, tenant floor or unreadable parts)`;
  const opaque = unreadable !== '' ? `; it carries ${unreadable}` : '';
  const excluded = decision.excluded.map((e) => `${e.provider} (${e.reason})`);
  return `${what}${opaque}${excluded.length > 0 ? `; excluded by policy: ${excluded.join(', ')}` : ''}`;
}

const STRATEGY_WORDS: Record<string, string> = {
  cheapest: 'the cheapest permitted model',
  fastest: 'the fastest permitted model',
  balanced: 'the cheapest permitted model within the latency budget',
  cascade: 'the first step of the cascade',
  ordered: 'the first permitted model in the route order',
};

/**
 * The `x-gateway-explain` sentence once a model answered, for people: "Sent to sim-local/chat, the cheapest
 * permitted model, because the request contains health information about a person (PHI), so it is restricted;
 * excluded by policy: sim-us-cheap (no BAA)." A pinned model says it was pinned; a route rule's clause
 * ("route support-strong by rule refund-to-strong (…)") follows the model when rules chose the route.
 */
export function sentSentence(
  plan: Plan,
  chosen: Pick<Candidate, 'provider' | 'model'>,
  pinned: boolean,
  reason: string,
  ruleClause: string | null = null,
): string {
  const index = plan.candidates.findIndex((c) => c.provider === chosen.provider && c.model === chosen.model);
  let why = pinned ? 'pinned by the request' : (STRATEGY_WORDS[plan.strategy] ?? `chosen by strategy ${plan.strategy}`);
  if (!pinned && index > 0) why = `the next permitted model after ${index} earlier candidate${index === 1 ? '' : 's'} failed or escalated`;
  const rule = ruleClause ? ` on ${ruleClause}` : '';
  return `Sent to ${modelName(chosen)}${rule}, ${why}, because ${reason}.`;
}
