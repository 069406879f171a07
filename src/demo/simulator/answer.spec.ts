import type { ChatCompletionRequest } from '@libs/core';
import { z } from 'zod';
import { answer, NO_RATES, pickTool, REFUSAL_TEXT, type SimContext, type SimRates, type SimTool } from './answer';
import { completionBody, readOpenAIAsk, streamBody } from './openai-replies';
import { mulberry32, type SimulatorMode } from './simulated-replies';

const req: ChatCompletionRequest = { model: 'm', messages: [{ role: 'user', content: 'x'.repeat(40) }] };

function ctx(
  over: Partial<Omit<SimContext, 'rates'>> & { seed?: number; rates?: Partial<SimRates>; mode?: SimulatorMode } = {},
): SimContext {
  return {
    providerId: 'p',
    reply: 3,
    mode: over.mode ?? 'normal',
    random: mulberry32(over.seed ?? 1),
    toolIdPrefix: 'call_sim_',
    ...over,
    rates: { ...NO_RATES, ...over.rates },
  };
}

const ask = (r: Partial<ChatCompletionRequest> = {}) => readOpenAIAsk({ ...req, ...r });
const first = (r: Partial<ChatCompletionRequest> = {}, c = ctx()) => answer(ask(r), c).choices[0]!;

const weather = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather for a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' }, days: { type: 'integer', minimum: 1, maximum: 7 } },
      required: ['city', 'days'],
    },
  },
};
const stocks = {
  type: 'function',
  function: {
    name: 'get_stock_price',
    description: 'Latest share price',
    parameters: { type: 'object', properties: { ticker: { type: 'string', pattern: '^[A-Z]{1,5}$' } }, required: ['ticker'] },
  },
};
const user = (content: string) => ({ role: 'user' as const, content });

describe('answer: text', () => {
  it('fills usage from the reply', () => {
    const a = answer(ask(), ctx());
    const text = a.choices[0]!.text!;
    expect(text).toBe('[p] Simulated reply #3 to a 10-token prompt.');
    expect(a.usage).toEqual({
      prompt_tokens: 10,
      completion_tokens: Math.ceil(text.length / 4),
      total_tokens: 10 + Math.ceil(text.length / 4),
    });
  });

  it('truncates at max_tokens (and max_completion_tokens) with finish_reason length', () => {
    expect(first({ max_tokens: 2 })).toMatchObject({ text: '[p] Simu', finishReason: 'length' });
    expect(first({ max_tokens: 50, max_completion_tokens: 2 })).toMatchObject({ text: '[p] Simu', finishReason: 'length' });
    expect(first({ max_tokens: 500 }).finishReason).toBe('stop');
  });

  it('stops before the earliest stop sequence, which is not part of the text', () => {
    expect(first({ stop: ['prompt', 'reply'] })).toMatchObject({ text: '[p] Simulated ', finishReason: 'stop', stopSequence: 'reply' });
    expect(first({ stop: 'nowhere' })).toMatchObject({ stopSequence: null });
  });

  it('answers n distinct choices and counts them all in usage', () => {
    const a = answer(ask({ n: 3 }), ctx());
    expect(a.choices.map((c) => c.text)).toEqual([
      '[p] Simulated reply #3 to a 10-token prompt.',
      '[p] Simulated reply #3.2 to a 10-token prompt.',
      '[p] Simulated reply #3.3 to a 10-token prompt.',
    ]);
    const body = completionBody('m', a, 'id', 1);
    expect(body.choices.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(a.usage.completion_tokens).toBe(a.choices.reduce((s, c) => s + Math.ceil(c.text!.length / 4), 0));
  });

  it('returns logprobs when asked: confident by default, unsure at lowConfidenceRate 1', () => {
    const sure = first({ logprobs: true });
    expect(sure.logprobs!.map((l) => l.token).join('')).toBe(sure.text);
    expect(Math.exp(sure.logprobs![0]!.logprob)).toBeGreaterThan(0.9);
    const unsure = first({ logprobs: true }, ctx({ rates: { lowConfidenceRate: 1 } }));
    expect(Math.exp(unsure.logprobs![0]!.logprob)).toBeLessThan(0.2);
    expect(first().logprobs).toBeNull();
  });
});

describe('answer: JSON', () => {
  it('wraps the text as JSON for json_object', () => {
    const c = first({ response_format: { type: 'json_object' } }, ctx({ mode: 'echo' }));
    expect(JSON.parse(c.text!)).toEqual({ reply: 'x'.repeat(40) });
  });

  it('answers JSON valid against the requested json_schema', () => {
    const Event = z.strictObject({ city: z.string(), year: z.int().min(1900).max(2100), tags: z.array(z.enum(['a', 'b'])).min(1) });
    const response_format = { type: 'json_schema', json_schema: { name: 'event', strict: true, schema: z.toJSONSchema(Event) } };
    expect(Event.safeParse(JSON.parse(first({ response_format }).text!)).success).toBe(true);
  });

  it.each([
    ['json_object', { type: 'json_object' }],
    [
      'json_schema',
      {
        type: 'json_schema',
        json_schema: { name: 'r', schema: { type: 'object', properties: { a: { type: 'number' } }, required: ['a'] } },
      },
    ],
  ])('breaks %s in broken_json mode and at brokenJsonRate 1, never at 0', (_n, response_format) => {
    expect(() => JSON.parse(first({ response_format }, ctx({ mode: 'broken_json' })).text!)).toThrow();
    expect(() => JSON.parse(first({ response_format }, ctx({ rates: { brokenJsonRate: 1 } })).text!)).toThrow();
    expect(() => JSON.parse(first({ response_format }, ctx({ rates: { brokenJsonRate: 0 } })).text!)).not.toThrow();
  });

  it('leaves plain text alone at brokenJsonRate 1', () => {
    expect(first({}, ctx({ rates: { brokenJsonRate: 1 } })).text).toBe('[p] Simulated reply #3 to a 10-token prompt.');
  });
});

describe('answer: refusals and truncation', () => {
  it('refuses at refusalRate 1, with the refusal field and no content', () => {
    const c = first({}, ctx({ rates: { refusalRate: 1 } }));
    expect(c).toMatchObject({ text: null, refusal: REFUSAL_TEXT, finishReason: 'stop' });
    const body = completionBody('m', answer(ask(), ctx({ rates: { refusalRate: 1 } })), 'id', 1);
    expect(body.choices[0]?.message).toMatchObject({ content: null, refusal: REFUSAL_TEXT });
    const sse = streamBody({ ...req, stream: true }, answer(ask(), ctx({ rates: { refusalRate: 1 } })), 'id', 1);
    const refusal = sse
      .split('\n\n')
      .filter((e) => e.startsWith('data: {'))
      .map((e) => (JSON.parse(e.slice(6)) as { choices: { delta: { refusal?: string } }[] }).choices[0]?.delta.refusal ?? '')
      .join('');
    expect(refusal).toBe(REFUSAL_TEXT);
  });

  it('truncates at truncationRate 1 with finish_reason length', () => {
    const c = first({ response_format: { type: 'json_object' } }, ctx({ rates: { truncationRate: 1 } }));
    expect(c.finishReason).toBe('length');
    expect(() => JSON.parse(c.text!)).toThrow();
  });

  it('draws rates deterministically from the seed: same seed, same sequence; about the asked fraction', () => {
    const run = (seed: number) => {
      const c = ctx({ seed, rates: { refusalRate: 0.3, truncationRate: 0.3 } });
      return Array.from({ length: 200 }, () => {
        const ch = answer(ask(), c).choices[0]!;
        return ch.refusal !== null ? 'R' : ch.finishReason === 'length' ? 'L' : '.';
      }).join('');
    };
    expect(run(7)).toBe(run(7));
    expect(run(7)).not.toBe(run(8));
    const refusals = [...run(7)].filter((x) => x === 'R').length;
    expect(refusals).toBeGreaterThan(30);
    expect(refusals).toBeLessThan(90);
  });
});

describe('answer: tools', () => {
  const tools: SimTool[] = [
    { name: 'get_weather', description: 'Weather for a city', schema: {} },
    { name: 'get_stock_price', description: 'Latest share price', schema: {} },
  ];
  it.each<[string, string | undefined, Parameters<typeof pickTool>[2], string | undefined]>([
    ['auto, the user mentions the weather', 'What is the weather in Paris?', 'auto', 'get_weather'],
    ['auto, the most relevant tool', 'What is the share price of ACME stock?', 'auto', 'get_stock_price'],
    ['auto, "use the tool"', 'Please USE THE TOOL now', 'auto', 'get_weather'],
    ['auto, unrelated chat', 'no tools today', 'auto', undefined],
    ['required, unrelated', 'hello', 'required', 'get_weather'],
    ['required, relevant', 'share price?', 'required', 'get_stock_price'],
    ['a named choice', 'What is the weather?', { name: 'get_stock_price' }, 'get_stock_price'],
    ['none', 'What is the weather?', 'none', undefined],
    ['a tool result last', undefined, 'required', undefined],
  ])('picks for %s', (_name, text, choice, expected) => {
    expect(pickTool(tools, text, choice)?.name).toBe(expected);
    expect(pickTool([], text, choice)).toBeUndefined();
  });

  it('calls the tool with arguments valid for its schema', () => {
    const c = first({ tools: [weather, stocks], messages: [user('What is the weather in Paris?')] });
    expect(c).toMatchObject({ text: null, finishReason: 'tool_calls', toolCalls: [{ id: 'call_sim_3', name: 'get_weather' }] });
    const args = JSON.parse(c.toolCalls[0]!.arguments) as { city: unknown; days: number };
    expect(typeof args.city).toBe('string');
    expect(args.days >= 1 && args.days <= 7).toBe(true);
    const forced = first({ tools: [weather, stocks], tool_choice: { type: 'function', function: { name: 'get_stock_price' } } });
    expect(JSON.parse(forced.toolCalls[0]!.arguments)).toEqual({ ticker: expect.stringMatching(/^[A-Z]{1,5}$/) });
  });

  it('answers in text once the tool result is in', () => {
    const call = { id: 'c1', type: 'function' as const, function: { name: 'get_weather', arguments: '{}' } };
    const c = first({
      tools: [weather],
      tool_choice: 'required',
      messages: [
        user('What is the weather?'),
        { role: 'assistant', content: null, tool_calls: [call] },
        { role: 'tool', tool_call_id: 'c1', content: '{"t":1}' },
      ],
    });
    expect(c).toMatchObject({ finishReason: 'stop', toolCalls: [] });
    expect(c.text).toContain('Simulated reply');
  });

  it('streams a tool call as deltas: id and name first, then argument fragments, then tool_calls', () => {
    const r = { ...req, stream: true, tools: [weather], messages: [user('weather?')], stream_options: { include_usage: true } };
    const chunks = streamBody(r, answer(readOpenAIAsk(r), ctx()), 'id', 1)
      .split('\n\n')
      .filter((e) => e.startsWith('data: {'))
      .map(
        (e) =>
          JSON.parse(e.slice(6)) as {
            choices: {
              delta: { tool_calls?: { index: number; id?: string; function: { name?: string; arguments: string } }[] };
              finish_reason: string | null;
            }[];
            usage?: unknown;
          },
      );
    const deltas = chunks.flatMap((c) => c.choices[0]?.delta.tool_calls ?? []);
    expect(deltas[0]).toEqual({ index: 0, id: 'call_sim_3', type: 'function', function: { name: 'get_weather', arguments: '' } });
    expect(deltas.length).toBeGreaterThan(2);
    expect(JSON.parse(deltas.map((d) => d.function.arguments).join(''))).toMatchObject({ city: expect.any(String) });
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('tool_calls');
    expect(chunks.at(-1)?.usage).toBeTruthy();
  });
});

describe('answer-keyed demo eval tasks', () => {
  const keyed = { messages: [{ role: 'user' as const, content: 'Capital of France? [[expect: Paris]]' }] };
  it('answers the key at accuracy 1, a wrong and unsure answer at accuracy 0', () => {
    const right = answer(ask(keyed), ctx({ rates: { accuracy: 1 } })).choices[0];
    expect(right?.text).toBe('Paris');
    const wrong = answer(ask({ ...keyed, logprobs: true }), ctx({ rates: { accuracy: 0 } })).choices[0];
    expect(wrong?.text).toBe('I am not sure.');
    expect(wrong?.logprobs?.every((l) => l.logprob < -2)).toBe(true);
  });
});
