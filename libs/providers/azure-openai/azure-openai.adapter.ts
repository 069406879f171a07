import type { ChatCompletionChunk } from '@libs/core';
import type { ProviderTarget } from '../adapter';
import type { HttpTransport } from '../transport';
import { OpenAICompatibleAdapter, type OpenAICompatibleOptions, type OpenAIDialect } from '../openai-compatible/openai-compatible.adapter';

export const AZURE_DEFAULT_API_VERSION = '2024-10-21';

export type AzureOpenAIOptions = Omit<OpenAICompatibleOptions, 'dialect'>;

/**
 * Azure OpenAI's request line: `{baseUrl}/openai/deployments/{deployment}/chat/completions?api-version=…`
 * with the key in `api-key`. The gateway's upstream model id is the deployment name.
 */
export function azureDialect(apiVersion: string = AZURE_DEFAULT_API_VERSION): OpenAIDialect {
  const query = `?api-version=${encodeURIComponent(apiVersion)}`;
  return {
    chatPath: (basePath, model) => `${basePath}/openai/deployments/${encodeURIComponent(model)}/chat/completions${query}`,
    authHeaders: (apiKey) => ({ 'api-key': apiKey }),
    keepChunk: isChatChunk,
  };
}

/**
 * Azure opens a stream with a content-filter preamble (`"object":""`, no choices, no usage) that is not an
 * OpenAI chunk; it is dropped. A usage chunk (empty choices with usage) is kept.
 */
function isChatChunk(chunk: ChatCompletionChunk): boolean {
  return chunk.choices.length > 0 || (chunk.usage !== undefined && chunk.usage !== null);
}

/** Azure OpenAI: the OpenAI wire format under Azure's deployments path, `api-version` and `api-key`. */
export class AzureOpenAIAdapter extends OpenAICompatibleAdapter {
  constructor(target: ProviderTarget, transport: HttpTransport, options: AzureOpenAIOptions = {}) {
    super(target, transport, { ...options, dialect: azureDialect(target.apiVersion || AZURE_DEFAULT_API_VERSION) });
  }
}
