import { requestTexts } from '@libs/core';
import type { Priority } from '@libs/policy';
import type { RequestShape } from './decide';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * What route rules read from a chat-shaped body: message count, requested output format, whether tools are
 * offered, and (lazily, for keyword lists only) every provider-visible text. Other bodies count 0 messages.
 */
export function requestShape(body: Readonly<Record<string, unknown>>, priority: Priority | null): RequestShape {
  const format = isObject(body.response_format) ? body.response_format.type : undefined;
  let texts: readonly string[] | null = null;
  return {
    messages: Array.isArray(body.messages) ? body.messages.length : 0,
    format: format === 'json_schema' || format === 'json_object' ? format : 'text',
    tools: Array.isArray(body.tools) && body.tools.length > 0,
    priority,
    texts: () => (texts ??= requestTexts(body).texts),
  };
}
