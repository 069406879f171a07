import { classifyTexts } from './classify';
import { toSourceSpan } from './decode';
import { spokenDigitsView } from './spoken-digits';

describe('numbers read aloud', () => {
  const transcript =
    'Caller: Sure, it is four eight six four, one two two five, five three seven five, seven eight zero seven.\nAgent: And the expiry?';

  it('writes a long run of digit words as digits, groups kept at the pauses, mapped back onto the words', () => {
    const view = spokenDigitsView(transcript);
    expect(view?.text).toContain('4864 1225 5375 7807');
    const at = view?.text.indexOf('4864') ?? -1;
    const [start, end] = toSourceSpan(view as NonNullable<typeof view>, at, at + 19);
    expect(transcript.slice(start, end)).toBe('four eight six four, one two two five, five three seven five, seven eight zero seven');
  });

  it('a card number spoken digit by digit is PCI', () => {
    expect(classifyTexts([transcript]).categories).toContain('PCI');
    expect(
      classifyTexts(['La tarjeta es cuatro ocho seis cuatro uno dos dos cinco cinco tres siete cinco siete ocho cero siete']).categories,
    ).toContain('PCI');
  });

  it('a pause after every digit is no grouping: the run is one number', () => {
    const slow =
      'Agent: go ahead. Caller: four, eight, six, four, one, two, two, five, five, three, seven, five, seven, eight, zero, seven.';
    expect(spokenDigitsView(slow)?.text).toContain('4864122553757807');
    expect(classifyTexts([slow]).categories).toContain('PCI');
    expect(
      classifyTexts([
        'vier - acht - sechs - vier - eins - zwei - zwei - fünf - fünf - drei - sieben - fünf - sieben - acht - null - sieben',
      ]).categories,
    ).toContain('PCI');
  });

  it.each([
    'One, two, three, four: the steps are simple.', // a short count
    'I have one cat, two dogs and three fish; six of one, half a dozen of the other.',
    'un deux trois quatre cinq six sept huit neuf', // nine words: under the run length
    'zero one two three four five six seven eight nine zero one', // a run whose digits are no card
  ])('no card in %p', (text) => expect(classifyTexts([text]).categories).not.toContain('PCI'));

  it('is null for text without a long run, and linear on a megabyte of digit words', () => {
    expect(spokenDigitsView('The meeting is at four, not five.')).toBeNull();
    const big = 'one two three '.repeat(80_000);
    expect(spokenDigitsView(big)?.text.length).toBeLessThan(big.length);
    // one megabyte-long word: every probe lands inside it (this was quadratic once; bench/classify-adversarial.mjs times it)
    expect(spokenDigitsView('a'.repeat(1_000_000))).toBeNull();
  });
});
