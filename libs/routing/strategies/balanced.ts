/**
 * `balanced`: the cheapest candidates whose recent p95 fits the route's `latencyBudgetMs`, in cost
 * order; then the rest in `fastest` order (so when none fits, the fastest comes first). Unknown
 * latency never counts as fitting.
 */
import { byCost, byLatency, formatMs, type Ranked, type Strategy } from './strategy';

function fits(r: Ranked, budgetMs: number | undefined): boolean {
  const p95 = r.candidate.p95Ms;
  return budgetMs !== undefined && p95 !== undefined && p95 <= budgetMs;
}

export const balanced: Strategy = {
  name: 'balanced',
  usesLatency: true,
  order: (items, ctx) => {
    const inBudget = items.filter((r) => fits(r, ctx.latencyBudgetMs)).sort(byCost);
    const rest = items.filter((r) => !fits(r, ctx.latencyBudgetMs)).sort(byLatency);
    return [...inBudget, ...rest];
  },
  explain: ({ plan, chosen, name, cost, index, before }) => {
    const budget = plan.latencyBudgetMs === undefined ? 'no latency budget' : `the ${formatMs(plan.latencyBudgetMs)} budget`;
    const p95 = chosen.p95Ms;
    const avail = index === 0 ? '' : ' available';
    if (p95 === undefined) return `chose ${name}, no latency data to check against ${budget}, cheapest${avail} at ${cost}${before}`;
    if (plan.latencyBudgetMs !== undefined && p95 <= plan.latencyBudgetMs) {
      return `chose ${name}, cheapest${avail} with p95 ${formatMs(p95)} within ${budget}, at ${cost}${before}`;
    }
    if (index === 0) return `chose ${name}, none within ${budget}, fastest at p95 ${formatMs(p95)}, ${cost}`;
    return `chose ${name}, over ${budget} at p95 ${formatMs(p95)}, fastest available, ${cost}${before}`;
  },
};
