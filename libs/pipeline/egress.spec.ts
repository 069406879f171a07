import { classifyRequest } from '@libs/classification';
import type { ChatCompletionChunk, ChatCompletionRequest } from '@libs/core';
import { prepareEgress } from './egress';

const request: ChatCompletionRequest = {
  model: 'auto',
  messages: [{ role: 'user', content: 'Book a table for Maria Gonzalez, email maria.gonzalez@example.org.' }],
};

function egress() {
  return prepareEgress(request, classifyRequest(request), true);
}

const toolChunk = (args: string, finish: string | null = null, id?: string): ChatCompletionChunk => ({
  id: 'c',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'm',
  choices: [
    {
      index: 0,
      delta: {
        tool_calls: [
          { index: 0, ...(id ? { id, type: 'function', function: { name: 'book', arguments: args } } : { function: { arguments: args } }) },
        ],
      },
      finish_reason: finish,
    },
  ],
});

function argsOf(c: ChatCompletionChunk): string {
  return (c.choices[0]?.delta.tool_calls ?? []).map((t) => (t as { function?: { arguments?: string } }).function?.arguments ?? '').join('');
}

describe('prepareEgress: streamed tool-call arguments under pseudonymisation', () => {
  it('sends placeholders upstream and restores them in tool-call argument deltas split anywhere', () => {
    const e = egress();
    const sent = JSON.stringify(e.request);
    expect(sent).not.toContain('maria.gonzalez@example.org');
    const placeholder = /<EMAIL_ADDRESS_\d+>/.exec(sent)?.[0] ?? '';
    expect(placeholder).not.toBe('');
    const whole = `{"email":"${placeholder}"}`;
    const t = e.streamTransformer();
    let out = '';
    // Split inside the placeholder: the restorer must hold the partial back.
    const cut = whole.indexOf(placeholder) + 4;
    out += argsOf(t.chunk(toolChunk(whole.slice(0, cut), null, 'call_1')));
    out += argsOf(t.chunk(toolChunk(whole.slice(cut))));
    out += argsOf(t.chunk(toolChunk('', 'tool_calls')));
    expect(out).toBe('{"email":"maria.gonzalez@example.org"}');
  });

  it('restores tool-call arguments of a whole (non-streamed) answer', () => {
    const e = egress();
    const placeholder = /<EMAIL_ADDRESS_\d+>/.exec(JSON.stringify(e.request))?.[0] ?? '';
    const body = e.restore({
      id: 'x',
      object: 'chat.completion',
      created: 0,
      model: 'm',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: 'c1', type: 'function', function: { name: 'book', arguments: `{"email":"${placeholder}"}` } }],
          },
          finish_reason: 'tool_calls',
        },
      ],
    });
    expect(body.choices[0]?.message.tool_calls?.[0]?.function.arguments).toContain('maria.gonzalez@example.org');
  });
});
