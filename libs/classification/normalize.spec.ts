import { normalize, toOriginalSpan } from './normalize';

describe('normalize', () => {
  it('returns clean text unchanged, without an offset map', () => {
    const n = normalize('plain ASCII and émoji 😀');
    expect(n).toEqual({ text: 'plain ASCII and émoji 😀', map: null });
  });

  it.each([
    ['zero-width space, joiners, word joiner, BOM', 'a\u200bb\u200cc\u200dd\u2060e\ufeff', 'abcde'],
    ['bidi controls', '\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069', 'abcdefgh'],
    ['soft hyphen and LRM/RLM', 'pa\u00adss\u200e\u200f', 'pass'],
    ['fullwidth digits', '\uff14\uff11\uff11\uff11', '4111'],
    ['fullwidth ASCII', 'ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'jane@example.com'],
    ['exotic spaces and dashes', '415\u00a0555\u2011\u20130132\u3000x', '415 555--0132 x'],
  ])('handles %s', (_name, input, expected) => expect(normalize(input).text).toBe(expected));

  it('maps normalised spans back to the original, not swallowing trailing invisibles', () => {
    const original = '\u200bab\u200b\u200bcd\u200b';
    const n = normalize(original);
    expect(n.text).toBe('abcd');
    expect(toOriginalSpan(n.map, 0, 4)).toEqual([1, 7]);
    expect(toOriginalSpan(n.map, 2, 4)).toEqual([5, 7]);
    expect(toOriginalSpan(n.map, 1, 3)).toEqual([2, 6]);
    expect(toOriginalSpan(null, 3, 9)).toEqual([3, 9]);
  });
});
