import type { ProviderAdapter, ProviderTarget } from './adapter';
import { AnthropicAdapter } from './anthropic/anthropic.adapter';
import { AzureOpenAIAdapter } from './azure-openai/azure-openai.adapter';
import { OpenAICompatibleAdapter } from './openai-compatible/openai-compatible.adapter';
import type { HttpTransport } from './transport';

/**
 * The adapter for a target's `kind`, speaking through `transport` (the network lives in `src/`). Call once
 * per provider target and keep the result (it owns a connection pool). Throws for a kind that has no adapter yet.
 */
export function createAdapter(target: ProviderTarget, transport: HttpTransport): ProviderAdapter {
  switch (target.kind) {
    case 'openai-compatible':
    case 'simulator':
      return new OpenAICompatibleAdapter(target, transport);
    case 'anthropic':
      return new AnthropicAdapter(target, transport);
    case 'azure-openai':
      return new AzureOpenAIAdapter(target, transport);
    default:
      throw new Error(`provider kind ${target.kind} not supported yet`);
  }
}
