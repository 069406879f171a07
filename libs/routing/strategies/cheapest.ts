/** `cheapest`: ascending estimated cost (tokens x price); ties keep route order. */
import { byCost, type Strategy } from './strategy';

export const cheapest: Strategy = {
  name: 'cheapest',
  usesLatency: false,
  order: (items) => [...items].sort(byCost),
  explain: ({ name, cost, index, before }) => `chose ${name}, ${index === 0 ? 'cheapest' : 'cheapest available'} at ${cost}${before}`,
};
