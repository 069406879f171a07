import type { ChatMessage, Usage } from '@libs/core';
import { sampleFromSchema } from './schema-sample';
import { approxTokens, promptTokens, splitWords, userText, type SimulatorMode } from './simulated-replies';

/**
 * What a simulated model answers, whatever the wire (pure). The wires read their request into a `SimAsk`
 * and write the `SimAnswer` back in their own shape.
 */

/** A tool the simulator may call: its name, description and JSON Schema for the arguments. */
export interface SimTool {
  name: string;
  description?: string;
  schema: unknown;
}

/** OpenAI's `tool_choice` (Anthropic's auto/any/tool/none map onto it). */
export type SimToolChoice = 'auto' | 'none' | 'required' | { name: string };

export type SimFormat = { type: 'text' } | { type: 'json_object' } | { type: 'json_schema'; schema: unknown };

/** A request, as every wire reads it. */
export interface SimAsk {
  /** The conversation in OpenAI shape (token counts and echo). */
  messages: ChatMessage[];
  /** The text of the last turn when it is the user's (not a tool result); undefined otherwise. */
  lastUserText: string | undefined;
  tools: SimTool[];
  toolChoice: SimToolChoice;
  format: SimFormat;
  /** Choices to answer (OpenAI `n`; 1 elsewhere). */
  n: number;
  stop: string[];
  /** `max_completion_tokens` / `max_tokens`, in the simulator's tokens (4 characters each). */
  maxTokens: number | undefined;
  logprobs: boolean;
}

/** Per-provider rates in [0, 1] (SPEC §9 `simulator:`); each is drawn once per choice. */
export interface SimRates {
  brokenJsonRate: number;
  refusalRate: number;
  truncationRate: number;
  lowConfidenceRate: number;
  /** Share of answer-keyed prompts (`[[expect: X]]`) answered X; the rest get a wrong answer. */
  accuracy: number;
}

export const NO_RATES: SimRates = { brokenJsonRate: 0, refusalRate: 0, truncationRate: 0, lowConfidenceRate: 0, accuracy: 1 };

export interface SimToolCall {
  id: string;
  name: string;
  /** The arguments as JSON text. */
  arguments: string;
}

export interface SimTokenLogprob {
  token: string;
  logprob: number;
}

export interface SimChoice {
  /** The text (or JSON) answered; null for a tool call or a refusal. */
  text: string | null;
  refusal: string | null;
  toolCalls: SimToolCall[];
  finishReason: 'stop' | 'length' | 'tool_calls';
  /** The stop sequence that ended the text, if one did. */
  stopSequence: string | null;
  /** Per-piece log-probabilities of `text` (pieces as `splitWords` cuts it), when asked. */
  logprobs: SimTokenLogprob[] | null;
}

export interface SimAnswer {
  choices: SimChoice[];
  usage: Usage;
}

export interface SimContext {
  providerId: string;
  /** The reply number on this simulator (1-based). */
  reply: number;
  mode: SimulatorMode;
  rates: SimRates;
  /** The simulator's seeded PRNG; `answer` draws exactly four numbers per choice. */
  random: () => number;
  /** Prefix of tool call ids: `call_sim_` (OpenAI) or `toolu_sim_` (Anthropic). */
  toolIdPrefix: string;
}

export const REFUSAL_TEXT = "I'm sorry, but I can't help with that request.";

const TRIGGER = /use the tool/i;
const STOPWORDS = new Set([
  'this',
  'that',
  'with',
  'from',
  'what',
  'which',
  'when',
  'where',
  'given',
  'returns',
  'function',
  'tool',
  'the',
]);

/** The words of a tool's name (snake, kebab or camel case) and description, 4 letters or more. */
function toolWords(t: SimTool): string[] {
  const text = `${t.name.replace(/([a-z])([A-Z])/g, '$1 $2')} ${t.description ?? ''}`.toLowerCase();
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !STOPWORDS.has(w));
}

/**
 * The tool to call, like a model would: never with `none` or when the last turn is not the user's (a
 * tool result gets a text answer); the named tool for a named choice; for `required` the most relevant
 * tool (else the first); for `auto` the most relevant one when the user's words mention its name or
 * description, or any tool when the user says "use the tool"; otherwise none.
 */
export function pickTool(tools: readonly SimTool[], lastUserText: string | undefined, choice: SimToolChoice): SimTool | undefined {
  if (tools.length === 0 || choice === 'none' || lastUserText === undefined) return undefined;
  if (typeof choice === 'object') return tools.find((t) => t.name === choice.name);
  const words = new Set(lastUserText.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  let best: SimTool | undefined;
  let bestScore = 0;
  for (const t of tools) {
    const score = toolWords(t).filter((w) => words.has(w) || words.has(w.replace(/s$/, ''))).length;
    if (score > bestScore) [best, bestScore] = [t, score];
  }
  if (best !== undefined) return best;
  return choice === 'required' || TRIGGER.test(lastUserText) ? tools[0] : undefined;
}

/** Text that is not JSON any more: the JSON cut before its last character (or opened and never closed). */
function breakJson(json: string): string {
  const cut = json.slice(0, -1);
  try {
    JSON.parse(cut);
  } catch {
    return cut;
  }
  return `{"reply": ${json}`;
}

/**
 * Demo eval tasks carry their answer key as `[[expect: X]]` (a simulator cannot reason): it answers X at
 * `accuracy`, else a wrong answer. One extra draw, only for such prompts, so other answers keep their draws.
 */
const ANSWER_KEY = /\[\[expect: ?([^\]]*)\]\]/;

function keyedAnswer(ask: SimAsk, ctx: SimContext): { text: string; wrong: boolean } | null {
  const key = ANSWER_KEY.exec(ask.lastUserText ?? '')?.[1];
  if (key === undefined) return null;
  return ctx.random() < ctx.rates.accuracy ? { text: key, wrong: false } : { text: 'I am not sure.', wrong: true };
}

function baseText(ask: SimAsk, ctx: SimContext, index: number): string {
  if (ctx.mode === 'echo') return userText(ask.messages);
  const tag = index === 0 ? `#${ctx.reply}` : `#${ctx.reply}.${index + 1}`;
  return `[${ctx.providerId}] Simulated reply ${tag} to a ${promptTokens(ask.messages)}-token prompt.`;
}

function formatted(ask: SimAsk, text: string, index: number): string {
  if (ask.format.type === 'json_object') return JSON.stringify({ reply: text });
  if (ask.format.type === 'json_schema') return JSON.stringify(sampleFromSchema(ask.format.schema, index));
  return text;
}

/** Cuts at the earliest stop sequence; the sequence itself is not part of the answer (as OpenAI does). */
function applyStop(text: string, stop: readonly string[]): { text: string; seq: string | null } {
  let at = -1;
  let seq: string | null = null;
  for (const s of stop) {
    const i = s === '' ? -1 : text.indexOf(s);
    if (i >= 0 && (at < 0 || i < at)) [at, seq] = [i, s];
  }
  return at < 0 ? { text, seq: null } : { text: text.slice(0, at), seq };
}

function textChoice(ask: SimAsk, ctx: SimContext, index: number, draws: Draws): SimChoice {
  const keyed = ctx.mode === 'echo' ? null : keyedAnswer(ask, ctx);
  let text = formatted(ask, keyed?.text ?? baseText(ask, ctx, index), index);
  const isJson = ask.format.type !== 'text';
  if (isJson && (ctx.mode === 'broken_json' || draws.broken)) text = breakJson(text);
  const stopped = applyStop(text, ask.stop);
  text = stopped.text;
  let finishReason: SimChoice['finishReason'] = 'stop';
  if (draws.truncated && text.length > 1) {
    text = text.slice(0, Math.floor(text.length / 2));
    finishReason = 'length';
  }
  if (ask.maxTokens !== undefined && ask.maxTokens >= 0 && approxTokens(text) > ask.maxTokens) {
    text = text.slice(0, ask.maxTokens * 4);
    finishReason = 'length';
  }
  // a confident model: ~0.99 per piece; a hesitant one: ~0.08 (below any sensible confidenceThreshold)
  // (a wrong answer to an answer-keyed demo task is an unsure one too, so a low_confidence cascade can catch it)
  const lp = draws.lowConfidence || keyed?.wrong === true ? -2.5 : -0.01;
  const logprobs = ask.logprobs ? splitWords(text).map((token) => ({ token, logprob: lp })) : null;
  return { text, refusal: null, toolCalls: [], finishReason, stopSequence: finishReason === 'stop' ? stopped.seq : null, logprobs };
}

interface Draws {
  refused: boolean;
  broken: boolean;
  truncated: boolean;
  lowConfidence: boolean;
}

function draw(ctx: SimContext): Draws {
  const r = [ctx.random(), ctx.random(), ctx.random(), ctx.random()] as const;
  return {
    refused: r[0] < ctx.rates.refusalRate,
    broken: r[1] < ctx.rates.brokenJsonRate,
    truncated: r[2] < ctx.rates.truncationRate,
    lowConfidence: r[3] < ctx.rates.lowConfidenceRate,
  };
}

const isPlainObject = (x: unknown): x is object => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Arguments are always an object, even for a schema that forgot to say so. */
function toolArguments(schema: unknown): object {
  const v = sampleFromSchema(schema);
  if (isPlainObject(v)) return v;
  const asObject = isPlainObject(schema) ? sampleFromSchema({ ...schema, type: 'object' }) : {};
  return isPlainObject(asObject) ? asObject : {};
}

function choiceTokens(c: SimChoice): number {
  const calls = c.toolCalls.reduce((sum, t) => sum + approxTokens(t.name + t.arguments), 0);
  return approxTokens(c.text ?? '') + approxTokens(c.refusal ?? '') + calls;
}

/**
 * Answer number `ctx.reply`: `ask.n` choices, each a refusal (at `refusalRate`), a tool call (see
 * `pickTool`; arguments sampled from the tool's schema), or text — JSON matching the requested schema for
 * json_schema, `{"reply": …}` for json_object, broken at `brokenJsonRate` (always in `broken_json` mode) —
 * cut at the first `stop` sequence, halved with `length` at `truncationRate`, and cut at `maxTokens`.
 */
export function answer(ask: SimAsk, ctx: SimContext): SimAnswer {
  const tool = pickTool(ask.tools, ask.lastUserText, ask.toolChoice);
  const choices: SimChoice[] = [];
  for (let i = 0; i < Math.max(1, ask.n); i++) {
    const draws = draw(ctx);
    if (draws.refused) {
      choices.push({ text: null, refusal: REFUSAL_TEXT, toolCalls: [], finishReason: 'stop', stopSequence: null, logprobs: null });
    } else if (tool !== undefined) {
      const id = `${ctx.toolIdPrefix}${ctx.reply}${i === 0 ? '' : `_${i + 1}`}`;
      const call = { id, name: tool.name, arguments: JSON.stringify(toolArguments(tool.schema)) };
      choices.push({ text: null, refusal: null, toolCalls: [call], finishReason: 'tool_calls', stopSequence: null, logprobs: null });
    } else choices.push(textChoice(ask, ctx, i, draws));
  }
  const prompt = promptTokens(ask.messages);
  const completion = choices.reduce((sum, c) => sum + choiceTokens(c), 0);
  return { choices, usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion } };
}
