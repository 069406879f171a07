import type { ChatCompletionResponse } from '@libs/core';
import { acceptCompletion, answerConfidence } from './accept';
import { planRoute } from './plan';

function withLogprobs(logprobs: number[] | null, content = 'fine'): ChatCompletionResponse {
  return {
    id: 'c',
    object: 'chat.completion',
    created: 0,
    model: 'm',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content },
        finish_reason: 'stop',
        logprobs: logprobs === null ? null : { content: logprobs.map((logprob, i) => ({ token: `t${i}`, logprob, top_logprobs: [] })) },
      },
    ],
  };
}

describe('answer confidence (SPEC §5: exp of the mean token log-probability)', () => {
  it.each<[string, number[] | null, number | null]>([
    ['certain tokens', [0, 0, 0], 1],
    ['geometric mean of 0.5 and 0.125 is 0.25', [Math.log(0.5), Math.log(0.125)], 0.25],
    ['one token', [Math.log(0.9)], 0.9],
    ['no logprobs', null, null],
    ['empty logprobs', [], null],
  ])('%s', (_name, lps, expected) => {
    const c = answerConfidence(withLogprobs(lps));
    if (expected === null) expect(c).toBeNull();
    else expect(c).toBeCloseTo(expected, 10);
  });

  it.each<[string, number[] | null, number | undefined, string | null]>([
    ['below the threshold escalates', [Math.log(0.3)], 0.5, 'low_confidence'],
    ['at the threshold is kept', [Math.log(0.5)], 0.5, null],
    ['above the threshold is kept', [Math.log(0.9)], 0.5, null],
    ['no threshold: never', [Math.log(0.01)], undefined, null],
    ['no logprobs: nothing to measure, kept', null, 0.5, null],
  ])('%s', (_name, lps, threshold, verdict) => {
    expect(acceptCompletion(withLogprobs(lps), { confidenceThreshold: threshold })).toBe(verdict);
  });

  it('checks JSON before confidence', () => {
    expect(
      acceptCompletion(withLogprobs([Math.log(0.1)], 'not json'), { responseFormat: { type: 'json_object' }, confidenceThreshold: 0.5 }),
    ).toBe('invalid_json');
  });
});

describe('planning a low_confidence cascade', () => {
  const offers = [{ provider: 'a', model: 'm', inputUsdPerMTok: 1, outputUsdPerMTok: 1 }];
  const base = { routeId: 'r', offers, permitted: new Set(['a']), promptTokens: 10, maxOutputTokens: 10 };

  it('carries the threshold for cascades only; low_confidence is never implied by a default escalateOn', () => {
    const cascade = planRoute({ ...base, strategy: 'cascade', escalateOn: ['low_confidence'], confidenceThreshold: 0.6 });
    expect(cascade).toMatchObject({ escalateOn: ['low_confidence'], confidenceThreshold: 0.6 });
    expect(planRoute({ ...base, strategy: 'cheapest', confidenceThreshold: 0.6 }).confidenceThreshold).toBeUndefined();
    expect(planRoute({ ...base, strategy: 'cascade' }).escalateOn).not.toContain('low_confidence');
  });
});
