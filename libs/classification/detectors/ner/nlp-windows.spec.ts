import type { Entity } from './entities';
import { detectInWindows, WINDOW_BUDGET } from './nlp-windows';
import { tokenize } from './tokens';

const found = (text: string): string[] => {
  const out: Entity[] = [];
  detectInWindows(text, tokenize(text), out);
  return out.map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
};

describe('detectInWindows: the tagger reads lowercase sentences only', () => {
  it.each([
    ['follow up with patricia desrosiers in a couple of months.', ['PERSON patricia']],
    ['they had 6: adam, christopher and kristina.', ['PERSON adam', 'PERSON christopher', 'PERSON kristina']],
    ["i'm originally from switzerland", ['LOCATION switzerland']],
  ])('%p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'Follow up with patricia in a couple of months.', // a capitalised sentence: capitals are the evidence
    'grant access to the bucket and mark it done', // ordinary words that are also names
    'the first celebrity recording',
    'const john = getUser(id);',
  ])('%p gives nothing', (text) => expect(found(text)).toEqual([]));

  it(`stops after ${WINDOW_BUDGET} characters of windows`, () => {
    const sentence = 'we met john at the station today. ';
    const text = sentence.repeat(1000);
    const spans = found(text);
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.length).toBeLessThanOrEqual(Math.ceil(WINDOW_BUDGET / (sentence.length - 2)));
  });
});
