import type { ProviderAdapter, ProviderTarget } from './adapter';
import { OpenAICompatibleAdapter } from './openai-compatible/openai-compatible.adapter';

/**
 * The adapter for a target's `kind`. Call once per provider target and keep the result (it owns a
 * connection pool). Throws for a kind that has no adapter yet.
 */
export function createAdapter(target: ProviderTarget): ProviderAdapter {
  switch (target.kind) {
    case 'openai-compatible':
    case 'simulator':
      return new OpenAICompatibleAdapter(target);
    default:
      throw new Error(`provider kind ${target.kind} not supported yet`);
  }
}
