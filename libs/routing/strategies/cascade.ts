/**
 * `cascade`: cheap first, in cost order. route() tries the next candidate only on what the plan's
 * `escalateOn` lists: an accept() verdict (invalid_json, length, refusal) or a failed attempt
 * (error, timeout). The order is the escalation order.
 */
import { ESCALATION_REASONS } from '../types';
import { byCost, type Strategy } from './strategy';

export const cascade: Strategy = {
  name: 'cascade',
  usesLatency: false,
  order: (items) => [...items].sort(byCost),
  explain: ({ plan, name, cost, index }) => {
    const on = plan.escalateOn ?? ESCALATION_REASONS.filter((r) => r !== 'low_confidence');
    const escalating = on.length === 0 ? 'never escalating' : `escalating on ${on.join(', ')}`;
    if (index === 0) return `cascade: ${name} first at ${cost}, ${escalating}`;
    const n = plan.candidates.length;
    const earlier = index === 1 ? '1 earlier step' : `${index} earlier steps`;
    return `cascade: chose ${name}, step ${index + 1} of ${n}, at ${cost} after ${earlier} escalated or failed (${escalating})`;
  },
};
