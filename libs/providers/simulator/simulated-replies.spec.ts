import type { ChatCompletionRequest } from '@libs/core';
import { embeddingInputs, embeddingVector, mulberry32, promptTokens, simulateReply, splitWords, streamBody, userText } from './simulated-replies';

const req: ChatCompletionRequest = { model: 'm', messages: [{ role: 'user', content: 'x'.repeat(40) }] };

describe('simulated replies', () => {
  it('mulberry32 is deterministic and within [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it('counts prompt tokens as chars / 4 rounded up over all message text', () => {
    expect(promptTokens([{ role: 'user', content: 'abcde' }])).toBe(2);
    expect(promptTokens([{ role: 'system', content: 'abcd' }, { role: 'user', content: [{ type: 'text', text: 'ab' }] }])).toBe(2);
  });

  it('userText joins only user contents', () => {
    expect(userText([{ role: 'system', content: 'no' }, { role: 'user', content: 'a' }, { role: 'assistant', content: 'no' }, { role: 'user', content: 'b' }])).toBe('a\nb');
  });

  it('fills usage from the reply', () => {
    const r = simulateReply(req, 'p', 3, 'normal');
    expect(r.content).toBe('[p] Simulated reply #3 to a 10-token prompt.');
    expect(r.usage).toEqual({ prompt_tokens: 10, completion_tokens: Math.ceil(r.content.length / 4), total_tokens: 10 + Math.ceil(r.content.length / 4) });
  });

  it('truncates at max_tokens with finish_reason length', () => {
    const r = simulateReply({ ...req, max_tokens: 2 }, 'p', 1, 'normal');
    expect(r).toMatchObject({ content: '[p] Simu', finishReason: 'length', usage: { completion_tokens: 2 } });
  });

  it('wraps the text as JSON when a JSON response_format is asked', () => {
    const r = simulateReply({ ...req, response_format: { type: 'json_object' } }, 'p', 1, 'echo');
    expect(JSON.parse(r.content)).toEqual({ reply: 'x'.repeat(40) });
  });

  it('splitWords pieces concatenate back to the text', () => {
    const text = 'one two three four five six seven eight nine';
    expect(splitWords(text)).toEqual(['one two three four ', 'five six seven eight ', 'nine']);
    expect(splitWords('')).toEqual(['']);
  });

  it('streamBody ends with usage (when asked) and [DONE]', () => {
    const reply = simulateReply(req, 'p', 1, 'normal');
    const body = streamBody({ ...req, stream_options: { include_usage: true } }, reply, 'id', 1);
    const events = body.split('\n\n').filter(Boolean);
    expect(events.at(-1)).toBe('data: [DONE]');
    expect(JSON.parse(events.at(-2)?.slice(6) ?? '')).toMatchObject({ choices: [], usage: reply.usage });
    expect(streamBody(req, reply, 'id', 1)).not.toContain('usage');
  });

  it('embeddings are unit vectors, stable per text', () => {
    const v = embeddingVector('hello', 1);
    expect(v).toHaveLength(8);
    expect(Math.hypot(...v)).toBeCloseTo(1, 10);
    expect(embeddingVector('hello', 1)).toEqual(v);
    expect(embeddingVector('hello', 2)).not.toEqual(v);
    expect(embeddingInputs([1, 2, 3])).toEqual(['1,2,3']);
    expect(embeddingInputs([])).toBeUndefined();
  });
});

describe('broken_json mode', () => {
  it('answers a JSON request with text that does not parse', () => {
    const r = simulateReply({ model: 'm', messages: [{ role: 'user', content: 'hi' }], response_format: { type: 'json_object' } }, 'p', 1, 'broken_json');
    expect(() => JSON.parse(r.content)).toThrow();
  });
});
