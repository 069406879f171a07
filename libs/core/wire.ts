/** OpenAI chat wire types: the subset the gateway reads. Unknown fields are passed through untouched. */

export interface TextPart {
  type: 'text';
  text: string;
}
export interface OtherPart {
  type: string;
  [k: string]: unknown;
}
export type ContentPart = TextPart | OtherPart;

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface ChatMessage {
  role: 'system' | 'developer' | 'user' | 'assistant' | 'tool';
  content?: string | ContentPart[] | null;
  name?: string;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
  [k: string]: unknown;
}

export interface ChatCompletionRequest {
  model: string;
  messages: ChatMessage[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean } | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  response_format?: { type: string; [k: string]: unknown };
  tools?: unknown[];
  [k: string]: unknown;
}

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface ChatChoice {
  index: number;
  message: { role: 'assistant'; content: string | null; tool_calls?: ToolCall[]; [k: string]: unknown };
  finish_reason: string | null;
  [k: string]: unknown;
}

export interface ChatCompletionResponse {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: ChatChoice[];
  usage?: Usage;
  [k: string]: unknown;
}

export interface ChunkChoice {
  index: number;
  delta: { role?: string; content?: string | null; tool_calls?: unknown[]; [k: string]: unknown };
  finish_reason: string | null;
  [k: string]: unknown;
}

export interface ChatCompletionChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: ChunkChoice[];
  usage?: Usage | null;
  [k: string]: unknown;
}

/** Every text a provider would see, in order: contents, text parts, names, tool call arguments. */
export function messageTexts(messages: readonly ChatMessage[]): string[] {
  const out: string[] = [];
  mapMessageTexts(messages, (t) => {
    out.push(t);
    return t;
  });
  return out;
}

/**
 * Copies the messages with every text of `messageTexts` (same order, same indices) replaced by `fn`'s
 * result: the one traversal both the classifier and pseudonymisation rely on.
 */
export function mapMessageTexts(messages: readonly ChatMessage[], fn: (text: string, index: number) => string): ChatMessage[] {
  let i = 0;
  const next = (t: string) => fn(t, i++);
  return messages.map((m) => {
    const copy: ChatMessage = { ...m };
    if (typeof m.content === 'string') copy.content = next(m.content);
    else if (Array.isArray(m.content)) {
      copy.content = m.content.map((p) => (p.type === 'text' && typeof p.text === 'string' ? { ...p, text: next(p.text) } : p));
    }
    if (typeof m.name === 'string') copy.name = next(m.name);
    if (m.tool_calls) {
      copy.tool_calls = m.tool_calls.map((c) => {
        const name = next(c.function.name);
        return { ...c, function: { ...c.function, name, arguments: next(c.function.arguments) } };
      });
    }
    return copy;
  });
}

export interface EmbeddingsRequest {
  model: string;
  input: string | string[];
  encoding_format?: 'float' | 'base64';
  dimensions?: number;
  [k: string]: unknown;
}

export interface EmbeddingsResponse {
  object: 'list';
  data: { object: 'embedding'; index: number; embedding: number[] | string }[];
  model: string;
  usage?: { prompt_tokens: number; total_tokens: number };
  [k: string]: unknown;
}
