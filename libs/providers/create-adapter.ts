import type { ProviderAdapter, ProviderTarget } from './adapter';
import { AnthropicAdapter } from './anthropic/anthropic.adapter';
import { AzureOpenAIAdapter } from './azure-openai/azure-openai.adapter';
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
    case 'anthropic':
      return new AnthropicAdapter(target);
    case 'azure-openai':
      return new AzureOpenAIAdapter(target);
    default:
      throw new Error(`provider kind ${target.kind} not supported yet`);
  }
}
