import { GatewayError, type EmbeddingsRequest, type EmbeddingsResponse } from '@libs/core';
import { countTextTokens } from '@libs/routing';
import type { Endpoint } from '../pipeline/endpoint';

function inputs(request: EmbeddingsRequest): string[] {
  return typeof request.input === 'string' ? [request.input] : request.input;
}

/** Embeddings through the pipeline: models with the embeddings capability; pseudonymisation applies to the inputs. */
export function embeddingsEndpoint(request: EmbeddingsRequest): Endpoint<EmbeddingsRequest, EmbeddingsResponse> {
  const estimate = inputs(request).reduce((n, t) => n + countTextTokens(t), 0);
  return {
    name: 'embeddings',
    facts: () => ({
      model: request.model,
      needs: ['embeddings'],
      promptTokens: estimate,
      maxOutputTokens: null,
      reserveOutputTokens: 0,
      stream: false,
    }),
    invoke: (adapter, egress, model, signal, requestId) => {
      if (!adapter.embeddings) return Promise.reject(new GatewayError('no_provider_available', 'The provider has no embeddings.'));
      return adapter.embeddings({ ...egress, model }, { signal, requestId });
    },
    restore: (_egress, answer) => answer,
    summary: (answer) => {
      const tokens = answer.usage?.prompt_tokens ?? estimate;
      return { usage: { prompt_tokens: tokens, completion_tokens: 0, total_tokens: tokens } };
    },
  };
}
