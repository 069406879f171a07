import { analyzeText, classifyTexts } from './classify';
import { keepsTokenRuns } from './detectors/scan';
import { keepsGermanAnswer } from './detectors/ner/noun-capitalising';
import { scrubText } from './redact';

// Detectors remember the last text they read, so two readers of one text share work. No request text may
// stay in memory after the call that classified it.
const TEXT =
  'Herr Müller wohnt in der Hauptstraße 5. Token ghp_abcdefghijklmnopqrstuvwxyz0123456789 and aGVsbG8gd29ybGQgaGVsbG8gd29ybGQ= here.';

describe('classification keeps no request text after it returns', () => {
  it.each([
    ['classifyTexts', () => classifyTexts([TEXT])],
    ['analyzeText', () => analyzeText(TEXT)],
    ['scrubText', () => scrubText(TEXT)],
  ])('%s', (_name, run) => {
    run();
    expect(keepsTokenRuns()).toBe(false);
    expect(keepsGermanAnswer()).toBe(false);
  });
});
