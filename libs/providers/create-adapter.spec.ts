import { createAdapter, OpenAICompatibleAdapter } from './index';

describe('createAdapter', () => {
  it.each(['openai-compatible', 'simulator'])('serves kind %s with the OpenAI-compatible adapter', async (kind) => {
    const adapter = createAdapter({ providerId: 'p', kind, baseUrl: 'http://127.0.0.1:9/v1' });
    expect(adapter).toBeInstanceOf(OpenAICompatibleAdapter);
    await adapter.close();
  });

  it('refuses other kinds', () => {
    expect(() => createAdapter({ providerId: 'p', kind: 'anthropic', baseUrl: 'https://example.invalid' })).toThrow('provider kind anthropic not supported yet');
  });
});
