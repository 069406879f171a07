import type { ChatCompletionRequest, ChatCompletionResponse } from '@libs/core';
import { chatNeeds } from '@libs/pipeline';
import { acceptCompletion, countPromptTokens } from '@libs/routing';
import type { Endpoint, Facts } from '../pipeline/endpoint';

/** Output tokens the budget reserves for a chat request that sets no maximum. */
const RESERVE_OUTPUT_TOKENS = 1024;

export function chatFacts(request: ChatCompletionRequest): Facts {
  return {
    model: request.model,
    needs: chatNeeds(request),
    promptTokens: countPromptTokens(request.messages, { tools: request.tools, responseFormat: request.response_format }),
    maxOutputTokens: request.max_completion_tokens ?? request.max_tokens ?? null,
    reserveOutputTokens: RESERVE_OUTPUT_TOKENS,
    stream: request.stream === true,
  };
}

/**
 * Chat completions through the pipeline (also the shape `/v1/responses` is translated to). Cascades escalate
 * on invalid JSON against the request's `response_format`, `finish_reason: length`, a refusal, or (with a
 * `confidenceThreshold`) low token log-probabilities, which the gateway then requests from the provider.
 */
export function chatEndpoint(
  request: ChatCompletionRequest,
  name: 'chat' | 'responses' = 'chat',
): Endpoint<ChatCompletionRequest, ChatCompletionResponse> {
  return {
    name,
    facts: chatFacts,
    invoke: (adapter, egress, model, signal, requestId) => adapter.chat({ ...egress, model }, { signal, requestId }),
    accept: (answer, judge) =>
      acceptCompletion(answer, { responseFormat: request.response_format, confidenceThreshold: judge.confidenceThreshold }),
    confidence: {
      ask: (egress) => ({ ...egress, logprobs: true }),
      // The client did not ask for logprobs: the gateway did, for the cascade's confidence check.
      hide: (answer) =>
        request.logprobs === true ? answer : { ...answer, choices: answer.choices.map((c) => ({ ...c, logprobs: null })) },
    },
    restore: (egress, answer) => egress.restore(answer),
    summary: (answer) => ({ usage: answer.usage, finishReason: answer.choices[0]?.finish_reason ?? undefined }),
  };
}
