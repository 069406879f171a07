import type { ChatCompletionChunk } from '@libs/core';
import { UpstreamError } from '../adapter';
import type { EventTranslator } from '../shared/chunk-stream';
import { protocolError } from '../shared/failures';

const DONE = '[DONE]';

/** OpenAI's own stream: each event is a `chat.completion.chunk`, `[DONE]` ends it. */
export class OpenAIEventTranslator implements EventTranslator {
  readonly terminator = DONE;

  /** `keep` filters chunks out (e.g. Azure's content-filter preamble); default keeps all. */
  constructor(private readonly keep: (chunk: ChatCompletionChunk) => boolean = () => true) {}

  accept(data: string, out: ChatCompletionChunk[]): boolean {
    if (data === DONE) return true;
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      throw protocolError('an event that is not JSON');
    }
    if (typeof parsed !== 'object' || parsed === null) throw protocolError('an event that is not an object');
    const candidate = parsed as { choices?: unknown; error?: unknown };
    if (!Array.isArray(candidate.choices)) {
      const reported = candidate.error !== undefined && candidate.error !== null;
      throw reported
        ? new UpstreamError('http', 'upstream reported an error inside the event stream')
        : protocolError('an event without choices');
    }
    const chunk = parsed as ChatCompletionChunk;
    if (this.keep(chunk)) out.push(chunk);
    return false;
  }
}
