import { AnthropicAdapter, AzureOpenAIAdapter, createAdapter, OpenAICompatibleAdapter } from './index';
import { FakeTransport } from './shared/fake-transport.testing';

describe('createAdapter', () => {
  it.each([
    ['openai-compatible', OpenAICompatibleAdapter],
    ['simulator', OpenAICompatibleAdapter],
    ['anthropic', AnthropicAdapter],
    ['azure-openai', AzureOpenAIAdapter],
  ] as const)('serves kind %s with its adapter, over the transport it is given', async (kind, type) => {
    const transport = new FakeTransport();
    const adapter = createAdapter({ providerId: 'p', kind, baseUrl: 'http://127.0.0.1:9/v1' }, transport);
    expect(adapter).toBeInstanceOf(type);
    expect(transport.pools).toEqual([{ origin: 'http://127.0.0.1:9', options: expect.any(Object), closed: false }]);
    await adapter.close();
    expect(transport.pools[0]?.closed).toBe(true);
  });

  it('refuses other kinds', () => {
    expect(() => createAdapter({ providerId: 'p', kind: 'bedrock', baseUrl: 'https://example.invalid' }, new FakeTransport())).toThrow(
      'provider kind bedrock not supported yet',
    );
  });

  it('refuses a base URL that is not http(s) before opening a pool', () => {
    const transport = new FakeTransport();
    expect(() => createAdapter({ providerId: 'p', kind: 'openai-compatible', baseUrl: 'ftp://example.invalid' }, transport)).toThrow(
      'provider p: baseUrl must be http(s)',
    );
    expect(transport.pools).toEqual([]);
  });
});
