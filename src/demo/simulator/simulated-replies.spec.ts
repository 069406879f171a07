import { embeddingInputs, embeddingVector, mulberry32, promptTokens, splitWords, userText } from './simulated-replies';

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
    expect(
      promptTokens([
        { role: 'system', content: 'abcd' },
        { role: 'user', content: [{ type: 'text', text: 'ab' }] },
      ]),
    ).toBe(2);
  });

  it('userText joins only user contents', () => {
    expect(
      userText([
        { role: 'system', content: 'no' },
        { role: 'user', content: 'a' },
        { role: 'assistant', content: 'no' },
        { role: 'user', content: 'b' },
      ]),
    ).toBe('a\nb');
  });

  it('splitWords pieces concatenate back to the text', () => {
    const text = 'one two three four five six seven eight nine';
    expect(splitWords(text)).toEqual(['one two three four ', 'five six seven eight ', 'nine']);
    expect(splitWords('')).toEqual(['']);
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
