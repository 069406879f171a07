import { estimateCostUsd, formatUsd, type ModelOffer } from './cost';

const offer = (over: Partial<ModelOffer> = {}): ModelOffer => ({
  provider: 'sim-us-cheap',
  model: 'chat',
  inputUsdPerMTok: 0.1,
  outputUsdPerMTok: 0.2,
  ...over,
});

describe('estimateCostUsd', () => {
  it.each([
    ['prompt and output', offer(), 100, 150, (100 * 0.1 + 150 * 0.2) / 1e6],
    ['no tokens', offer(), 0, 0, 0],
    ['one million of each', offer({ inputUsdPerMTok: 3, outputUsdPerMTok: 15 }), 1e6, 1e6, 18],
    ['free model', offer({ inputUsdPerMTok: 0, outputUsdPerMTok: 0 }), 5000, 5000, 0],
    ['negative tokens count as zero', offer(), -10, 100, (100 * 0.2) / 1e6],
    ['NaN tokens count as zero', offer(), Number.NaN, 100, (100 * 0.2) / 1e6],
    ['negative price is never cheap', offer({ inputUsdPerMTok: -1 }), 100, 100, Infinity],
    ['NaN price is never cheap', offer({ outputUsdPerMTok: Number.NaN }), 100, 100, Infinity],
    ['infinite price', offer({ outputUsdPerMTok: Infinity }), 100, 100, Infinity],
  ])('%s', (_name, o, prompt, output, expected) => {
    expect(estimateCostUsd(o, prompt, output)).toBeCloseTo(expected, 12);
  });
});

describe('formatUsd', () => {
  it.each([
    [0.00004, '$0.000040'],
    [0, '$0.000000'],
    [12.5, '$12.500000'],
    [Infinity, 'unknown cost'],
  ])('%p -> %s', (usd, text) => {
    expect(formatUsd(usd)).toBe(text);
  });
});
