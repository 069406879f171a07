import type { ChatCompletionChunk, Usage } from '@libs/core';
import type { ResponsesRequest } from './request';
import { incompleteReason, responseShell, responsesUsage, type OutputItem, type ResponseObject } from './response';

export interface ResponsesEvent {
  type: string;
  sequence_number: number;
  [k: string]: unknown;
}

interface OpenText {
  kind: 'text' | 'refusal';
  index: number;
  id: string;
  text: string;
}

interface OpenCall {
  index: number;
  id: string;
  callId: string;
  name: string;
  args: string;
}

interface ToolDelta {
  index?: number;
  id?: string;
  function?: { name?: string; arguments?: string };
}

/**
 * Turns a chat completion chunk stream (first choice) into the Responses API's typed events: created,
 * in_progress, output items with their text / refusal / function-call argument deltas, then completed or
 * incomplete with the whole response. The caller emits `finish` only once the outcome is in the ledger.
 */
export class ResponsesEventWriter {
  private seq = 0;
  private readonly response: ResponseObject;
  private text: OpenText | null = null;
  private readonly calls = new Map<number, OpenCall>();
  private finishReason: string | null = null;
  private usage: Usage | null = null;

  constructor(request: ResponsesRequest, id: string, model: string, createdAt: number) {
    this.response = responseShell(request, id, model, createdAt);
  }

  start(): ResponsesEvent[] {
    return [
      this.event('response.created', { response: this.snapshot() }),
      this.event('response.in_progress', { response: this.snapshot() }),
    ];
  }

  chunk(c: ChatCompletionChunk): ResponsesEvent[] {
    if (c.usage) this.usage = c.usage;
    const choice = c.choices.find((ch) => ch.index === 0);
    if (!choice) return [];
    const out: ResponsesEvent[] = [];
    const delta = choice.delta;
    if (typeof delta.refusal === 'string' && delta.refusal !== '') out.push(...this.textDelta('refusal', delta.refusal));
    if (typeof delta.content === 'string' && delta.content !== '') out.push(...this.textDelta('text', delta.content));
    if (Array.isArray(delta.tool_calls)) for (const t of delta.tool_calls as ToolDelta[]) out.push(...this.toolDelta(t));
    if (choice.finish_reason) this.finishReason = choice.finish_reason;
    return out;
  }

  /** Closes open items and ends with `response.completed` (or `response.incomplete`). */
  finish(): ResponsesEvent[] {
    const out = [...this.closeText(), ...this.closeCalls()];
    const reason = incompleteReason(this.finishReason);
    this.response.status = reason ? 'incomplete' : 'completed';
    this.response.incomplete_details = reason ? { reason } : null;
    this.response.usage = responsesUsage(this.usage);
    out.push(this.event(reason ? 'response.incomplete' : 'response.completed', { response: this.snapshot() }));
    return out;
  }

  /** The stream broke or the outcome could not be recorded: an `error` event, then `response.failed`. */
  fail(code: string, message: string): ResponsesEvent[] {
    this.response.status = 'failed';
    this.response.error = { code, message };
    return [this.event('error', { code, message, param: null }), this.event('response.failed', { response: this.snapshot() })];
  }

  private textDelta(kind: OpenText['kind'], delta: string): ResponsesEvent[] {
    const out: ResponsesEvent[] = [];
    if (this.text && this.text.kind !== kind) out.push(...this.closeText());
    if (!this.text) out.push(...this.openText(kind));
    const t = this.text as unknown as OpenText;
    t.text += delta;
    const where = { item_id: t.id, output_index: t.index, content_index: 0 };
    out.push(
      kind === 'text'
        ? this.event('response.output_text.delta', { ...where, delta, logprobs: [] })
        : this.event('response.refusal.delta', { ...where, delta }),
    );
    return out;
  }

  private openText(kind: OpenText['kind']): ResponsesEvent[] {
    const index = this.response.output.length;
    const id = `msg_${this.response.id.replace(/^resp_/, '')}_${index}`;
    this.text = { kind, index, id, text: '' };
    this.response.output.push({ type: 'message', id, status: 'in_progress', role: 'assistant', content: [] });
    const part = kind === 'text' ? { type: 'output_text', text: '', annotations: [], logprobs: [] } : { type: 'refusal', refusal: '' };
    return [
      this.event('response.output_item.added', { output_index: index, item: { ...this.itemAt(index), content: [] } }),
      this.event('response.content_part.added', { item_id: id, output_index: index, content_index: 0, part }),
    ];
  }

  private closeText(): ResponsesEvent[] {
    const t = this.text;
    if (!t) return [];
    this.text = null;
    const part =
      t.kind === 'text'
        ? { type: 'output_text' as const, text: t.text, annotations: [] as never[], logprobs: [] as never[] }
        : { type: 'refusal' as const, refusal: t.text };
    this.response.output[t.index] = { type: 'message', id: t.id, status: 'completed', role: 'assistant', content: [part] };
    const where = { item_id: t.id, output_index: t.index, content_index: 0 };
    return [
      t.kind === 'text'
        ? this.event('response.output_text.done', { ...where, text: t.text, logprobs: [] })
        : this.event('response.refusal.done', { ...where, refusal: t.text }),
      this.event('response.content_part.done', { ...where, part }),
      this.event('response.output_item.done', { output_index: t.index, item: this.itemAt(t.index) }),
    ];
  }

  private toolDelta(t: ToolDelta): ResponsesEvent[] {
    const key = t.index ?? 0;
    const out: ResponsesEvent[] = [];
    let call = this.calls.get(key);
    if (!call) {
      out.push(...this.closeText());
      const callId = t.id ?? `call_${key}`;
      call = { index: this.response.output.length, id: `fc_${callId}`, callId, name: t.function?.name ?? '', args: '' };
      this.calls.set(key, call);
      this.response.output.push(this.callItem(call, 'in_progress'));
      out.push(
        this.event('response.output_item.added', {
          output_index: call.index,
          item: { ...this.callItem(call, 'in_progress'), arguments: '' },
        }),
      );
    }
    const delta = t.function?.arguments ?? '';
    if (delta !== '') {
      call.args += delta;
      out.push(this.event('response.function_call_arguments.delta', { item_id: call.id, output_index: call.index, delta }));
    }
    return out;
  }

  private closeCalls(): ResponsesEvent[] {
    const out: ResponsesEvent[] = [];
    for (const call of this.calls.values()) {
      this.response.output[call.index] = this.callItem(call, 'completed');
      out.push(this.event('response.function_call_arguments.done', { item_id: call.id, output_index: call.index, arguments: call.args }));
      out.push(this.event('response.output_item.done', { output_index: call.index, item: this.itemAt(call.index) }));
    }
    this.calls.clear();
    return out;
  }

  private callItem(call: OpenCall, status: 'completed' | 'in_progress'): OutputItem {
    return { type: 'function_call', id: call.id, call_id: call.callId, name: call.name, arguments: call.args, status };
  }

  private itemAt(index: number): OutputItem {
    return this.response.output[index] as OutputItem;
  }

  private snapshot(): ResponseObject {
    return structuredClone(this.response);
  }

  private event(type: string, fields: Record<string, unknown>): ResponsesEvent {
    return { type, sequence_number: this.seq++, ...fields };
  }
}
