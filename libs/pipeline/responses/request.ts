import { z } from 'zod';
import { GatewayError, parseBody, type ChatCompletionRequest, type ChatMessage, type ContentPart, type ToolCall } from '@libs/core';

const positiveInt = z.number().int().positive();
const item = z.looseObject({ type: z.string().optional(), role: z.string().optional() });

/**
 * `POST /v1/responses` (the OpenAI Responses API), the fields the gateway reads. Loose: fields it does not
 * translate are dropped, never forwarded (only what the classifier read leaves the building).
 */
export const responsesRequestSchema = z.looseObject({
  model: z.string().min(1).max(200),
  input: z.union([z.string(), z.array(item).min(1).max(10000)]),
  instructions: z.string().nullable().optional(),
  tools: z.array(z.looseObject({ type: z.string() })).optional(),
  tool_choice: z.union([z.enum(['auto', 'none', 'required']), z.looseObject({ type: z.string(), name: z.string().optional() })]).optional(),
  text: z.looseObject({ format: z.looseObject({ type: z.enum(['text', 'json_object', 'json_schema']) }).optional() }).optional(),
  stream: z.boolean().optional(),
  store: z.boolean().nullable().optional(),
  max_output_tokens: positiveInt.nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: z.number().min(0).max(1).nullable().optional(),
  top_logprobs: z.number().int().min(0).max(20).nullable().optional(),
  parallel_tool_calls: z.boolean().nullable().optional(),
  metadata: z.record(z.string(), z.string()).nullable().optional(),
  user: z.string().optional(),
  previous_response_id: z.string().nullable().optional(),
  conversation: z.unknown().optional(),
  background: z.boolean().nullable().optional(),
});

export type ResponsesRequest = z.output<typeof responsesRequestSchema>;

const STATEFUL =
  'needs server-side conversation state, which this gateway does not keep (it would hold prompts); send the whole input instead';

/** Validates a Responses request and refuses what needs server-side state. */
export function parseResponsesRequest(body: unknown): ResponsesRequest {
  const r = parseBody(responsesRequestSchema, body);
  if (r.previous_response_id) throw new GatewayError('invalid_request', `previous_response_id ${STATEFUL}.`, 'previous_response_id');
  if (r.conversation !== undefined && r.conversation !== null)
    throw new GatewayError('invalid_request', `conversation ${STATEFUL}.`, 'conversation');
  if (r.background === true) throw new GatewayError('invalid_request', 'background responses are not supported.', 'background');
  return r;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');

/** One input content part as a chat content part. */
function chatPart(p: Record<string, unknown>, at: string): ContentPart {
  switch (p.type) {
    case 'input_text':
    case 'output_text':
    case 'text':
      return { type: 'text', text: str(p.text) };
    case 'refusal':
      return { type: 'text', text: str(p.refusal) };
    case 'input_image':
      if (typeof p.image_url !== 'string')
        throw new GatewayError('invalid_request', 'input_image needs an image_url (file ids need stored files).', at);
      return { type: 'image_url', image_url: { url: p.image_url, ...(p.detail ? { detail: p.detail } : {}) } };
    case 'input_file':
      return { type: 'file', file: { file_data: p.file_data, filename: p.filename, file_id: p.file_id } };
    case 'input_audio':
      return { type: 'input_audio', input_audio: p.input_audio };
    default:
      throw new GatewayError('invalid_request', `Unsupported content part type.`, at);
  }
}

function messageOf(it: Record<string, unknown>, at: string): ChatMessage {
  const role = it.role;
  if (role !== 'user' && role !== 'assistant' && role !== 'system' && role !== 'developer') {
    throw new GatewayError('invalid_request', 'An input message needs role user, assistant, system or developer.', `${at}.role`);
  }
  if (typeof it.content === 'string') return { role, content: it.content };
  if (!Array.isArray(it.content)) throw new GatewayError('invalid_request', 'An input message needs content.', `${at}.content`);
  const parts = it.content.map((p, j) => chatPart(isObject(p) ? p : {}, `${at}.content.${j}`));
  // Assistant turns are text for chat providers.
  if (role === 'assistant') return { role, content: parts.map((p) => (p.type === 'text' ? str(p.text) : '')).join('') };
  return { role, content: parts };
}

/** Consecutive function calls become one assistant message with several tool calls, as chat expects. */
function addFunctionCall(messages: ChatMessage[], it: Record<string, unknown>): void {
  const call: ToolCall = { id: str(it.call_id), type: 'function', function: { name: str(it.name), arguments: str(it.arguments) } };
  const last = messages[messages.length - 1];
  if (last?.role === 'assistant' && Array.isArray(last.tool_calls) && !last.content) last.tool_calls.push(call);
  else messages.push({ role: 'assistant', content: null, tool_calls: [call] });
}

function outputText(output: unknown): string {
  if (typeof output === 'string') return output;
  if (Array.isArray(output)) return output.map((p) => (isObject(p) ? str(p.text) : '')).join('');
  return '';
}

function inputMessages(input: ResponsesRequest['input']): ChatMessage[] {
  if (typeof input === 'string') return [{ role: 'user', content: input }];
  const messages: ChatMessage[] = [];
  input.forEach((raw, i) => {
    const it = raw as Record<string, unknown>;
    const at = `input.${i}`;
    if (it.type === undefined || it.type === 'message') messages.push(messageOf(it, at));
    else if (it.type === 'function_call') addFunctionCall(messages, it);
    else if (it.type === 'function_call_output')
      messages.push({ role: 'tool', tool_call_id: str(it.call_id), content: outputText(it.output) });
    else if (it.type === 'reasoning')
      return; // reasoning summaries of an earlier turn are not sent again
    else if (it.type === 'item_reference') throw new GatewayError('invalid_request', `item_reference ${STATEFUL}.`, at);
    else throw new GatewayError('invalid_request', 'Unsupported input item type.', `${at}.type`);
  });
  return messages;
}

function chatTools(tools: ResponsesRequest['tools']): unknown[] | undefined {
  if (!tools || tools.length === 0) return undefined;
  return tools.map((t, i) => {
    if (t.type !== 'function') throw new GatewayError('invalid_request', 'Only function tools are supported.', `tools.${i}.type`);
    const fn: Record<string, unknown> = { name: t.name, description: t.description, parameters: t.parameters };
    if (typeof t.strict === 'boolean') fn.strict = t.strict;
    return { type: 'function', function: fn };
  });
}

function chatToolChoice(choice: ResponsesRequest['tool_choice']): unknown {
  if (choice === undefined || typeof choice === 'string') return choice;
  if (choice.type === 'function' && typeof choice.name === 'string') return { type: 'function', function: { name: choice.name } };
  return choice.type === 'auto' || choice.type === 'none' || choice.type === 'required' ? choice.type : 'auto';
}

function chatResponseFormat(text: ResponsesRequest['text']): ChatCompletionRequest['response_format'] {
  const f = text?.format;
  if (!f || f.type === 'text') return undefined;
  if (f.type === 'json_object') return { type: 'json_object' };
  return { type: 'json_schema', json_schema: { name: f.name, schema: f.schema, strict: f.strict, description: f.description } };
}

/** The chat completions request a provider receives for a Responses request. */
export function toChatRequest(r: ResponsesRequest): ChatCompletionRequest {
  const messages = inputMessages(r.input);
  if (r.instructions) messages.unshift({ role: 'system', content: r.instructions });
  const out: ChatCompletionRequest = { model: r.model, messages };
  const optional: Record<string, unknown> = {
    tools: chatTools(r.tools),
    tool_choice: chatToolChoice(r.tool_choice),
    response_format: chatResponseFormat(r.text),
    stream: r.stream === true ? true : undefined,
    max_completion_tokens: r.max_output_tokens ?? undefined,
    temperature: r.temperature ?? undefined,
    top_p: r.top_p ?? undefined,
    logprobs: r.top_logprobs != null ? true : undefined,
    top_logprobs: r.top_logprobs ?? undefined,
    parallel_tool_calls: r.parallel_tool_calls ?? undefined,
    metadata: r.metadata ?? undefined,
    user: r.user,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) out[k] = v;
  return out;
}
