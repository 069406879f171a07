import type { ChatCompletionChunk, ChatCompletionRequest, ChatCompletionResponse, ChatMessage, Usage } from '@libs/core';
import { approxTokens, promptTokens } from './simulated-replies';

/** A tool the simulator may call: its name and JSON Schema for the arguments. */
export interface SimTool {
  name: string;
  schema: unknown;
}

export interface SimulatedToolCall {
  id: string;
  name: string;
  /** The arguments as JSON text. */
  arguments: string;
  usage: Usage;
}

const TRIGGER = /use the tool/i;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The tool to call, if any: only when tools were offered, `choice` does not forbid them (`'none'`), and
 * the last message is the user's and says "use the tool". A tool named by `choice` wins over the first.
 */
export function pickTool(tools: readonly SimTool[], lastUserText: string | undefined, choice: string | undefined): SimTool | undefined {
  if (tools.length === 0 || choice === 'none' || lastUserText === undefined || !TRIGGER.test(lastUserText)) return undefined;
  return tools.find((t) => t.name === choice) ?? tools[0];
}

function sample(schema: unknown): unknown {
  if (!isObject(schema)) return null;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      return 'sim';
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return sampleObject(schema);
    default:
      return null;
  }
}

/** Deterministic arguments for a JSON Schema: every listed property filled with a value of its type. */
export function sampleObject(schema: unknown): Record<string, unknown> {
  const props = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(props)) out[key] = sample(sub);
  return out;
}

export function simulateToolCall(tool: SimTool, id: string, prompt: number): SimulatedToolCall {
  const args = JSON.stringify(sampleObject(tool.schema));
  const completion = approxTokens(tool.name + args);
  return { id, name: tool.name, arguments: args, usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion } };
}

/** Splits text into pieces of `size` UTF-16 units (the argument fragments of a streamed tool call). */
export function splitEvery(text: string, size = 8): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}

// ---- the OpenAI wire (used by the Azure simulator) ----

function lastUserText(messages: readonly ChatMessage[]): string | undefined {
  const last = messages[messages.length - 1];
  if (last?.role !== 'user') return undefined;
  if (typeof last.content === 'string') return last.content;
  return Array.isArray(last.content) ? last.content.map((p) => (p.type === 'text' && typeof p.text === 'string' ? p.text : '')).join('') : undefined;
}

/** The OpenAI request's tool call to simulate, if it asks for one (see `pickTool`). */
export function openAIToolCall(req: ChatCompletionRequest, n: number): SimulatedToolCall | undefined {
  const tools: SimTool[] = [];
  for (const t of req.tools ?? []) {
    const fn = isObject(t) && isObject(t.function) ? t.function : undefined;
    if (fn !== undefined && typeof fn.name === 'string') tools.push({ name: fn.name, schema: fn.parameters });
  }
  const c = req.tool_choice;
  const choice = typeof c === 'string' ? c : isObject(c) && isObject(c.function) && typeof c.function.name === 'string' ? c.function.name : undefined;
  const tool = pickTool(tools, lastUserText(req.messages), choice);
  return tool === undefined ? undefined : simulateToolCall(tool, `call_sim_${n}`, promptTokens(req.messages));
}

export function toolCompletionBody(req: ChatCompletionRequest, call: SimulatedToolCall, id: string, created: number): ChatCompletionResponse {
  const tool_calls = [{ id: call.id, type: 'function' as const, function: { name: call.name, arguments: call.arguments } }];
  return {
    id,
    object: 'chat.completion',
    created,
    model: req.model,
    choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls }, finish_reason: 'tool_calls', logprobs: null }],
    usage: call.usage,
  };
}

/** The SSE body of a streamed tool call: id and name first, then argument fragments, finish, usage (if asked), `[DONE]`. */
export function toolStreamBody(req: ChatCompletionRequest, call: SimulatedToolCall, id: string, created: number): string {
  const withUsage = req.stream_options?.include_usage === true;
  const chunk = (delta: ChatCompletionChunk['choices'][number]['delta'], finish: string | null): string => {
    const c: ChatCompletionChunk = { id, object: 'chat.completion.chunk', created, model: req.model, choices: [{ index: 0, delta, finish_reason: finish }] };
    if (withUsage) c.usage = null;
    return `data: ${JSON.stringify(c)}\n\n`;
  };
  let out = chunk({ role: 'assistant', content: null, tool_calls: [{ index: 0, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }, null);
  for (const piece of splitEvery(call.arguments)) out += chunk({ tool_calls: [{ index: 0, function: { arguments: piece } }] }, null);
  out += chunk({}, 'tool_calls');
  if (withUsage) {
    const usage: ChatCompletionChunk = { id, object: 'chat.completion.chunk', created, model: req.model, choices: [], usage: call.usage };
    out += `data: ${JSON.stringify(usage)}\n\n`;
  }
  return `${out}data: [DONE]\n\n`;
}
