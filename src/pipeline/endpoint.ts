import type { Usage } from '@libs/core';
import type { Capability, Egress } from '@libs/pipeline';
import type { ProviderAdapter } from '@libs/providers';
import type { EscalationReason } from '@libs/routing';

/** What the pipeline needs to know about a request before deciding. */
export interface Facts {
  model: string;
  needs: Capability[];
  /** Every provider-visible text, counted with the routing tokenizer. */
  promptTokens: number;
  /** The requested maximum output, or null (planning and the context check then assume defaults). */
  maxOutputTokens: number | null;
  /** Output tokens the budget reserves when none were requested. */
  reserveOutputTokens: number;
  stream: boolean;
}

/**
 * What differs between chat, embeddings and responses: the request's facts, one upstream call, how an
 * answer is accepted (cascades), restored (pseudonymisation) and summarised for the outcome entry.
 */
export interface Endpoint<R, A> {
  /** Written to the ledger as `endpoint`. */
  name: 'chat' | 'embeddings' | 'responses';
  facts(request: R): Facts;
  invoke(adapter: ProviderAdapter, request: R, model: string, signal: AbortSignal, requestId: string): Promise<A>;
  /** Cascades: why an answer should escalate; `confidenceThreshold` is the route's, for low_confidence. */
  accept?: (answer: A, judge: { confidenceThreshold?: number }) => EscalationReason | null;
  /**
   * For a cascade that escalates on low confidence: ask the provider for token logprobs, and hide them
   * again from a client that did not ask for them.
   */
  confidence?: { ask(request: R): R; hide(answer: A): A };
  restore(egress: Egress<R>, answer: A): A;
  summary(answer: A): { usage?: Usage; finishReason?: string };
}
