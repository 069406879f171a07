import type { ChatCompletionChunk, ChatCompletionRequest, ChatCompletionResponse, ChatMessage } from '@libs/core';
import type { SimAnswer, SimAsk, SimChoice, SimFormat, SimTool, SimToolChoice } from './answer';
import { splitEvery, splitWords } from './simulated-replies';

/** The simulator's side of the OpenAI chat wire (also Azure's): request reading and answer bodies (pure). */

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function lastUserText(messages: readonly ChatMessage[]): string | undefined {
  const last = messages[messages.length - 1];
  if (last?.role !== 'user') return undefined;
  if (typeof last.content === 'string') return last.content;
  return Array.isArray(last.content)
    ? last.content.map((p) => (p.type === 'text' && typeof p.text === 'string' ? p.text : '')).join(' ')
    : '';
}

function tools(list: unknown): SimTool[] {
  const out: SimTool[] = [];
  for (const t of Array.isArray(list) ? list : []) {
    const fn = isObject(t) && isObject(t.function) ? t.function : undefined;
    if (fn === undefined || typeof fn.name !== 'string') continue;
    out.push({ name: fn.name, description: typeof fn.description === 'string' ? fn.description : undefined, schema: fn.parameters });
  }
  return out;
}

function toolChoice(c: unknown): SimToolChoice {
  if (c === 'none' || c === 'required' || c === 'auto') return c;
  if (isObject(c) && isObject(c.function) && typeof c.function.name === 'string') return { name: c.function.name };
  return 'auto';
}

function format(f: ChatCompletionRequest['response_format']): SimFormat {
  if (f?.type === 'json_object') return { type: 'json_object' };
  if (f?.type === 'json_schema') {
    const spec = isObject(f.json_schema) ? f.json_schema : {};
    return { type: 'json_schema', schema: spec.schema ?? { type: 'object' } };
  }
  return { type: 'text' };
}

const stops = (s: unknown): string[] =>
  typeof s === 'string' ? [s] : Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string') : [];

const count = (x: unknown): number | undefined => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : undefined);

/** An OpenAI chat request as the simulator reads it. `n` is capped at 16. */
export function readOpenAIAsk(req: ChatCompletionRequest): SimAsk {
  return {
    messages: req.messages,
    lastUserText: lastUserText(req.messages),
    tools: tools(req.tools),
    toolChoice: toolChoice(req.tool_choice),
    format: format(req.response_format),
    n: Math.min(Math.max(count(req.n) ?? 1, 1), 16),
    stop: stops(req.stop),
    maxTokens: count(req.max_completion_tokens) ?? count(req.max_tokens),
    logprobs: req.logprobs === true,
  };
}

function message(c: SimChoice): ChatCompletionResponse['choices'][number]['message'] {
  const m: ChatCompletionResponse['choices'][number]['message'] = { role: 'assistant', content: c.text, refusal: c.refusal };
  if (c.toolCalls.length > 0) {
    m.tool_calls = c.toolCalls.map((t) => ({ id: t.id, type: 'function' as const, function: { name: t.name, arguments: t.arguments } }));
  }
  return m;
}

function logprobsOf(entries: SimChoice['logprobs']): unknown {
  if (entries === null) return null;
  return { content: entries.map((e) => ({ ...e, bytes: [...Buffer.from(e.token, 'utf8')], top_logprobs: [] })), refusal: null };
}

export function completionBody(model: string, a: SimAnswer, id: string, created: number): ChatCompletionResponse {
  return {
    id,
    object: 'chat.completion',
    created,
    model,
    choices: a.choices.map((c, index) => ({ index, message: message(c), finish_reason: c.finishReason, logprobs: logprobsOf(c.logprobs) })),
    usage: a.usage,
  };
}

/** The deltas of one choice: role first, then text, refusal or tool-call pieces, then the finish. */
function choiceDeltas(
  c: SimChoice,
): { delta: ChatCompletionChunk['choices'][number]['delta']; logprobs?: unknown; finish: string | null }[] {
  const out: { delta: ChatCompletionChunk['choices'][number]['delta']; logprobs?: unknown; finish: string | null }[] = [];
  if (c.toolCalls.length > 0) {
    c.toolCalls.forEach((t, index) => {
      const head = { index, id: t.id, type: 'function', function: { name: t.name, arguments: '' } };
      out.push({ delta: index === 0 ? { role: 'assistant', content: null, tool_calls: [head] } : { tool_calls: [head] }, finish: null });
      for (const piece of splitEvery(t.arguments))
        out.push({ delta: { tool_calls: [{ index, function: { arguments: piece } }] }, finish: null });
    });
  } else if (c.refusal !== null) {
    out.push({ delta: { role: 'assistant', content: null, refusal: '' }, finish: null });
    const pieces = splitWords(c.refusal);
    pieces.forEach((piece, i) => out.push({ delta: { refusal: piece }, finish: i === pieces.length - 1 ? c.finishReason : null }));
    return out;
  } else {
    // the last text piece carries the finish, as OpenAI's streams do
    const pieces = splitWords(c.text ?? '');
    pieces.forEach((piece, i) => {
      const lp = c.logprobs?.[i];
      const delta = i === 0 ? { role: 'assistant', content: piece } : { content: piece };
      const finish = i === pieces.length - 1 ? c.finishReason : null;
      out.push({ delta, ...(lp !== undefined ? { logprobs: logprobsOf([lp]) } : {}), finish });
    });
    return out;
  }
  out.push({ delta: {}, finish: c.finishReason });
  return out;
}

/**
 * The complete SSE body of a streamed answer: each choice's chunks in turn (tool calls as OpenAI's
 * `tool_calls` deltas: id and name first, then argument fragments; refusals as `refusal` deltas), a usage
 * chunk with empty `choices` when `stream_options.include_usage`, then `[DONE]`.
 */
export function streamBody(req: ChatCompletionRequest, a: SimAnswer, id: string, created: number): string {
  const withUsage = req.stream_options?.include_usage === true;
  let out = '';
  a.choices.forEach((c, index) => {
    for (const d of choiceDeltas(c)) {
      const choice = { index, delta: d.delta, finish_reason: d.finish, ...(d.logprobs !== undefined ? { logprobs: d.logprobs } : {}) };
      const chunk: ChatCompletionChunk = { id, object: 'chat.completion.chunk', created, model: req.model, choices: [choice] };
      if (withUsage) chunk.usage = null;
      out += `data: ${JSON.stringify(chunk)}\n\n`;
    }
  });
  if (withUsage) {
    const usageChunk: ChatCompletionChunk = { id, object: 'chat.completion.chunk', created, model: req.model, choices: [], usage: a.usage };
    out += `data: ${JSON.stringify(usageChunk)}\n\n`;
  }
  return `${out}data: [DONE]\n\n`;
}
