import { AnthropicAdapter, AzureOpenAIAdapter, createAdapter, OpenAICompatibleAdapter } from './index';

describe('createAdapter', () => {
  it.each([
    ['openai-compatible', OpenAICompatibleAdapter],
    ['simulator', OpenAICompatibleAdapter],
    ['anthropic', AnthropicAdapter],
    ['azure-openai', AzureOpenAIAdapter],
  ] as const)('serves kind %s with its adapter', async (kind, type) => {
    const adapter = createAdapter({ providerId: 'p', kind, baseUrl: 'http://127.0.0.1:9/v1' });
    expect(adapter).toBeInstanceOf(type);
    await adapter.close();
  });

  it('refuses other kinds', () => {
    expect(() => createAdapter({ providerId: 'p', kind: 'bedrock', baseUrl: 'https://example.invalid' })).toThrow('provider kind bedrock not supported yet');
  });
});
