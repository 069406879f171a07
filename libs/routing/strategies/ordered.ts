/** `ordered`: the route's own order, e.g. a preferred model with one backup. */
import type { Strategy } from './strategy';

export const ordered: Strategy = {
  name: 'ordered',
  usesLatency: false,
  order: (items) => [...items].sort((a, b) => a.index - b.index),
  explain: ({ name, cost, index, before }) =>
    `chose ${name}, ${index === 0 ? 'first permitted in route order' : 'next permitted in route order'}, at ${cost}${before}`,
};
