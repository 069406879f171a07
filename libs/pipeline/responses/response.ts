import type { ChatCompletionResponse, ToolCall, Usage } from '@libs/core';
import type { ResponsesRequest } from './request';

export type OutputItem =
  | {
      type: 'message';
      id: string;
      status: 'completed' | 'in_progress';
      role: 'assistant';
      content: ({ type: 'output_text'; text: string; annotations: never[]; logprobs: never[] } | { type: 'refusal'; refusal: string })[];
    }
  | { type: 'function_call'; id: string; call_id: string; name: string; arguments: string; status: 'completed' | 'in_progress' };

export interface ResponseObject {
  id: string;
  object: 'response';
  created_at: number;
  status: 'completed' | 'incomplete' | 'in_progress' | 'failed';
  model: string;
  output: OutputItem[];
  usage: ResponsesUsage | null;
  [k: string]: unknown;
}

export interface ResponsesUsage {
  input_tokens: number;
  input_tokens_details: { cached_tokens: number };
  output_tokens: number;
  output_tokens_details: { reasoning_tokens: number };
  total_tokens: number;
}

export function responsesUsage(u: Usage | null | undefined): ResponsesUsage | null {
  if (!u) return null;
  return {
    input_tokens: u.prompt_tokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: u.completion_tokens,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: u.total_tokens,
  };
}

/** Why an answer is incomplete, in Responses terms (null: complete). */
export function incompleteReason(finishReason: string | null | undefined): string | null {
  if (finishReason === 'length') return 'max_output_tokens';
  if (finishReason === 'content_filter') return 'content_filter';
  return null;
}

/**
 * The response object around an output: the request's settings echoed as the API does, `store: false`
 * (nothing is kept server-side), no previous response.
 */
export function responseShell(r: ResponsesRequest, id: string, model: string, createdAt: number): ResponseObject {
  return {
    id,
    object: 'response',
    created_at: createdAt,
    status: 'in_progress',
    error: null,
    incomplete_details: null,
    instructions: r.instructions ?? null,
    max_output_tokens: r.max_output_tokens ?? null,
    model,
    output: [],
    parallel_tool_calls: r.parallel_tool_calls ?? true,
    previous_response_id: null,
    reasoning: { effort: null, summary: null },
    store: false,
    temperature: r.temperature ?? 1,
    text: { format: r.text?.format ?? { type: 'text' } },
    tool_choice: r.tool_choice ?? 'auto',
    tools: r.tools ?? [],
    top_p: r.top_p ?? 1,
    truncation: 'disabled',
    usage: null,
    user: r.user ?? null,
    metadata: r.metadata ?? {},
  };
}

export function functionCallItem(call: ToolCall): OutputItem {
  return {
    type: 'function_call',
    id: `fc_${call.id}`,
    call_id: call.id,
    name: call.function.name,
    arguments: call.function.arguments,
    status: 'completed',
  };
}

/** A chat completion (first choice) as a Responses object. */
export function toResponseObject(r: ResponsesRequest, chat: ChatCompletionResponse, model: string, createdAt: number): ResponseObject {
  const out = responseShell(r, `resp_${chat.id}`, model, createdAt);
  const choice = chat.choices[0];
  const message = choice?.message;
  const refusal = typeof message?.refusal === 'string' ? message.refusal : null;
  const text = typeof message?.content === 'string' ? message.content : '';
  if (refusal !== null || text !== '' || !message?.tool_calls?.length) {
    out.output.push({
      type: 'message',
      id: `msg_${chat.id}`,
      status: 'completed',
      role: 'assistant',
      content: refusal !== null ? [{ type: 'refusal', refusal }] : [{ type: 'output_text', text, annotations: [], logprobs: [] }],
    });
  }
  for (const call of message?.tool_calls ?? []) out.output.push(functionCallItem(call));
  const reason = incompleteReason(choice?.finish_reason);
  out.status = reason ? 'incomplete' : 'completed';
  out.incomplete_details = reason ? { reason } : null;
  out.usage = responsesUsage(chat.usage);
  return out;
}
