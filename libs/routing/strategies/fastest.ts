/**
 * `fastest`: ascending recent p95 latency per provider/model. Candidates without latency data sort
 * after every known one, then by cost (so a cold start behaves like `cheapest`).
 */
import { byLatency, formatMs, type Strategy } from './strategy';

export const fastest: Strategy = {
  name: 'fastest',
  usesLatency: true,
  order: (items) => [...items].sort(byLatency),
  explain: ({ chosen, name, cost, index, before }) => {
    const avail = index === 0 ? '' : ' available';
    if (chosen.p95Ms === undefined) return `chose ${name}, cheapest${avail} without latency data at ${cost}${before}`;
    return `chose ${name}, fastest${avail} at p95 ${formatMs(chosen.p95Ms)}, ${cost}${before}`;
  },
};
