export * from './adapter';
export * from './transport';
export {
  OpenAICompatibleAdapter,
  OPENAI_DIALECT,
  type OpenAICompatibleOptions,
  type OpenAIDialect,
} from './openai-compatible/openai-compatible.adapter';
export { AnthropicAdapter, ANTHROPIC_DEFAULT_VERSION, type AnthropicOptions } from './anthropic/anthropic.adapter';
export { ANTHROPIC_DEFAULT_MAX_TOKENS, toAnthropicRequest } from './anthropic/anthropic-request';
export { fromAnthropicMessage } from './anthropic/anthropic-response';
export type { AnthropicMessage, AnthropicRequest } from './anthropic/anthropic-wire';
export { AzureOpenAIAdapter, AZURE_DEFAULT_API_VERSION, azureDialect, type AzureOpenAIOptions } from './azure-openai/azure-openai.adapter';
export { createAdapter } from './create-adapter';
