import type { ChatCompletionRequest } from '@libs/core';

/** What a model must offer to serve a request (SPEC §3): the bundle's `capabilities` vocabulary. */
export type Capability = 'chat' | 'embeddings' | 'tools' | 'json_schema' | 'vision';

/** The request field that asks for each capability: the `param` of the 400 when no model has it. */
export const CAPABILITY_PARAM: Record<Capability, string> = {
  chat: 'model',
  embeddings: 'model',
  tools: 'tools',
  json_schema: 'response_format',
  vision: 'messages',
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function hasImagePart(request: ChatCompletionRequest): boolean {
  return request.messages.some(
    (m) => Array.isArray(m.content) && m.content.some((p) => p.type === 'image_url' || p.type === 'input_image'),
  );
}

/**
 * The capabilities a chat request needs: tools when it offers any (and does not forbid them with
 * `tool_choice: "none"`), json_schema for `response_format` json_schema or json_object, vision for image parts.
 */
export function chatNeeds(request: ChatCompletionRequest): Capability[] {
  const needs: Capability[] = ['chat'];
  if (Array.isArray(request.tools) && request.tools.length > 0 && request.tool_choice !== 'none') needs.push('tools');
  const format = isObject(request.response_format) ? request.response_format.type : undefined;
  if (format === 'json_schema' || format === 'json_object') needs.push('json_schema');
  if (hasImagePart(request)) needs.push('vision');
  return needs;
}

/** A model without a `capabilities` list is a plain chat model. */
export function modelCapabilities(declared: readonly string[] | undefined): readonly string[] {
  return declared ?? ['chat'];
}

/** The first needed capability the model lacks, or null. */
export function missingCapability(declared: readonly string[] | undefined, needs: readonly Capability[]): Capability | null {
  const has = modelCapabilities(declared);
  return needs.find((n) => !has.includes(n)) ?? null;
}

/** True when prompt plus the requested output fit the model's context window (unknown window: fits). */
export function fitsContext(contextWindow: number | undefined, promptTokens: number, maxOutputTokens: number): boolean {
  return contextWindow === undefined || promptTokens + maxOutputTokens <= contextWindow;
}
