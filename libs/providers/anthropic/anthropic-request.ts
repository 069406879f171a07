import type { ChatCompletionRequest, ChatMessage, OtherPart } from '@libs/core';
import { UpstreamError } from '../adapter';
import type {
  AnthropicContentBlock,
  AnthropicImageBlock,
  AnthropicMessageParam,
  AnthropicRequest,
  AnthropicTextBlock,
  AnthropicTool,
  AnthropicToolChoice,
} from './anthropic-wire';

export const ANTHROPIC_DEFAULT_MAX_TOKENS = 4096;

/**
 * A request the Messages API cannot express (checked before anything is sent). Surfaces as a 400 from
 * the provider: another provider might take it, this one never will. `reason` names fields, never content.
 */
export function untranslatable(reason: string): UpstreamError {
  return new UpstreamError('http', `request not translatable to the Anthropic Messages API: ${reason}`, 400);
}

/** A client-chosen identifier (a part type, a tool type) is quoted only when it looks like one. */
const safeName = (x: unknown): string => (typeof x === 'string' && /^[a-z][a-z0-9_.-]{0,39}$/i.test(x) ? x : 'unknown');
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

type Role = AnthropicMessageParam['role'];
const DATA_URL = /^data:([a-z]+\/[a-z0-9.+-]+);base64,(.*)$/is;

function imageBlock(part: OtherPart): AnthropicImageBlock {
  const image = part.image_url;
  const url = isObject(image) ? image.url : undefined;
  if (typeof url !== 'string') throw untranslatable('image_url part without url');
  const data = DATA_URL.exec(url);
  if (data) return { type: 'image', source: { type: 'base64', media_type: (data[1] as string).toLowerCase(), data: data[2] as string } };
  return { type: 'image', source: { type: 'url', url } };
}

function textOf(content: ChatMessage['content'], where: string): string {
  if (content == null) return '';
  if (typeof content === 'string') return content;
  return content
    .map((p) => {
      if (p.type !== 'text' || typeof p.text !== 'string') throw untranslatable(`${where} content part ${safeName(p.type)}`);
      return p.text;
    })
    .join('');
}

function userBlocks(content: ChatMessage['content']): (AnthropicTextBlock | AnthropicImageBlock)[] {
  if (content == null) return [];
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  return content.map((p) => {
    if (p.type === 'text' && typeof p.text === 'string') return { type: 'text', text: p.text };
    if (p.type === 'image_url') return imageBlock(p as OtherPart);
    throw untranslatable(`user content part ${safeName(p.type)}`);
  });
}

function assistantBlocks(m: ChatMessage): AnthropicContentBlock[] {
  const text = textOf(m.content, 'assistant');
  const blocks: AnthropicContentBlock[] = text === '' ? [] : [{ type: 'text', text }];
  for (const call of m.tool_calls ?? []) {
    let input: unknown;
    try {
      input = call.function.arguments.trim() === '' ? {} : JSON.parse(call.function.arguments);
    } catch {
      throw untranslatable('tool call arguments that are not JSON');
    }
    if (!isObject(input)) throw untranslatable('tool call arguments that are not a JSON object');
    blocks.push({ type: 'tool_use', id: call.id, name: call.function.name, input });
  }
  return blocks;
}

function toolResult(m: ChatMessage): AnthropicContentBlock {
  if (typeof m.tool_call_id !== 'string' || m.tool_call_id === '') throw untranslatable('tool message without tool_call_id');
  return { type: 'tool_result', tool_use_id: m.tool_call_id, content: textOf(m.content, 'tool') };
}

/** One Anthropic turn per run of same-role messages (tool results ride in the user turn). */
function conversation(messages: readonly ChatMessage[]): { system: string[]; turns: AnthropicMessageParam[] } {
  const system: string[] = [];
  const turns: { role: Role; content: AnthropicContentBlock[] }[] = [];
  const add = (role: Role, blocks: AnthropicContentBlock[]): void => {
    if (blocks.length === 0) return;
    const last = turns[turns.length - 1];
    if (last?.role === role) last.content.push(...blocks);
    else turns.push({ role, content: blocks });
  };
  for (const m of messages) {
    switch (m.role) {
      case 'system':
      case 'developer': {
        const text = textOf(m.content, m.role);
        if (text !== '') system.push(text);
        break;
      }
      case 'user':
        add('user', userBlocks(m.content));
        break;
      case 'assistant':
        add('assistant', assistantBlocks(m));
        break;
      case 'tool':
        add('user', [toolResult(m)]);
        break;
      default:
        throw untranslatable(`message role ${safeName(m.role)}`);
    }
  }
  // a turn that is one text block reads better (and is what a hand-written request would send) as a string
  const collapsed = turns.map((t) => {
    const only = t.content.length === 1 ? t.content[0] : undefined;
    return only?.type === 'text' ? { role: t.role, content: only.text } : t;
  });
  return { system, turns: collapsed };
}

function tools(list: readonly unknown[]): AnthropicTool[] {
  return list.map((t) => {
    const fn = isObject(t) && t.type === 'function' && isObject(t.function) ? t.function : undefined;
    if (fn === undefined || typeof fn.name !== 'string') throw untranslatable(`tool type ${safeName(isObject(t) ? t.type : undefined)}`);
    const tool: AnthropicTool = {
      name: fn.name,
      input_schema: isObject(fn.parameters) ? fn.parameters : { type: 'object', properties: {} },
    };
    if (typeof fn.description === 'string') tool.description = fn.description;
    return tool;
  });
}

function toolChoice(choice: unknown, parallel: unknown): AnthropicToolChoice | undefined {
  const single = parallel === false ? { disable_parallel_tool_use: true } : {};
  if (choice === undefined || choice === null || choice === 'auto') return parallel === false ? { type: 'auto', ...single } : undefined;
  if (choice === 'none') return { type: 'none' };
  if (choice === 'required') return { type: 'any', ...single };
  const name = isObject(choice) && isObject(choice.function) ? choice.function.name : undefined;
  if (typeof name === 'string') return { type: 'tool', name, ...single };
  throw untranslatable('tool_choice');
}

/** OpenAI's `response_format` has no Messages API field: it becomes an instruction in `system`. */
function formatInstruction(format: ChatCompletionRequest['response_format']): string | undefined {
  if (format?.type === 'json_object') return 'Respond with a single JSON object and nothing else.';
  if (format?.type !== 'json_schema') return undefined;
  const spec = isObject(format.json_schema) ? format.json_schema : {};
  const schema = isObject(spec.schema) ? ` It must match this JSON Schema: ${JSON.stringify(spec.schema)}` : '';
  return `Respond with a single JSON object and nothing else.${schema}`;
}

function stopSequences(stop: unknown): string[] | undefined {
  const list = typeof stop === 'string' ? [stop] : Array.isArray(stop) ? stop.filter((s): s is string => typeof s === 'string') : [];
  return list.length > 0 ? list : undefined;
}

/**
 * An OpenAI chat request as a Messages API request: system/developer messages joined into `system`;
 * user, assistant and tool messages as content blocks (consecutive same-role turns merged);
 * `max_completion_tokens` or `max_tokens` (else `defaultMaxTokens`); temperature clamped to Anthropic's
 * [0, 1]; `stop` as `stop_sequences`; function tools, `tool_choice` and `parallel_tool_calls: false`;
 * `user` as `metadata.user_id`. Fields without an equivalent (n, seed, logprobs, penalties…) are dropped.
 */
export function toAnthropicRequest(req: ChatCompletionRequest, defaultMaxTokens = ANTHROPIC_DEFAULT_MAX_TOKENS): AnthropicRequest {
  const { system, turns } = conversation(req.messages);
  const instruction = formatInstruction(req.response_format);
  if (instruction !== undefined) system.push(instruction);
  const out: AnthropicRequest = {
    model: req.model,
    max_tokens: req.max_completion_tokens ?? req.max_tokens ?? defaultMaxTokens,
    messages: turns,
  };
  if (system.length > 0) out.system = system.join('\n\n');
  if (typeof req.temperature === 'number') out.temperature = Math.min(Math.max(req.temperature, 0), 1);
  if (typeof req.top_p === 'number') out.top_p = req.top_p;
  const stops = stopSequences(req.stop);
  if (stops !== undefined) out.stop_sequences = stops;
  if (Array.isArray(req.tools) && req.tools.length > 0) {
    out.tools = tools(req.tools);
    const choice = toolChoice(req.tool_choice, req.parallel_tool_calls);
    if (choice !== undefined) out.tool_choice = choice;
  }
  if (typeof req.user === 'string' && req.user !== '') out.metadata = { user_id: req.user };
  return out;
}
