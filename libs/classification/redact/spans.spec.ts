import { prepareSpans, rewrite } from './spans';

const span = (start: number, end: number, entityType = 'X') => ({ entityType, start, end });

describe('prepareSpans', () => {
  it('passes sorted, disjoint spans through', () => {
    expect(prepareSpans('abcdefgh', [span(0, 2), span(2, 4, 'Y'), span(6, 8)])).toEqual([span(0, 2), span(2, 4, 'Y'), span(6, 8)]);
  });

  it('sorts, merges overlaps into the union typed as the earliest, drops empties, clamps', () => {
    expect(
      prepareSpans('abcdefghij', [span(5, 9, 'B'), span(1, 3, 'A'), span(2, 6, 'C'), span(7, 7), span(8, 99, 'D'), span(-4, 0)]),
    ).toEqual([span(1, 10, 'A')]);
    expect(prepareSpans('abc', [span(1, 2), span(1, 3, 'Y')])).toEqual([span(1, 3, 'Y')]);
  });

  it('widens spans that cut a surrogate pair to the whole code point', () => {
    const text = 'a😀b😀c'; // a=0, 😀=1..3, b=3, 😀=4..6, c=6
    expect(prepareSpans(text, [span(2, 3)])).toEqual([span(1, 3)]);
    expect(prepareSpans(text, [span(3, 5)])).toEqual([span(3, 6)]);
    // Two spans touching inside one pair become one, so the pair is rewritten whole.
    expect(prepareSpans(text, [span(0, 2, 'A'), span(2, 4, 'B')])).toEqual([span(0, 4, 'A')]);
  });

  it('leaves lone surrogates alone (nothing to pair with)', () => {
    expect(prepareSpans('a\ud83db', [span(1, 2)])).toEqual([span(1, 2)]);
    expect(prepareSpans('a\ude00b', [span(0, 1)])).toEqual([span(0, 1)]);
  });
});

describe('rewrite', () => {
  it('replaces spans in order and keeps the rest', () => {
    expect(
      rewrite('my name is Jane, mail jane@x.io', [span(11, 15, 'P'), span(22, 31, 'E')], (s, v) => `[${s.entityType}:${v.length}]`),
    ).toBe('my name is [P:4], mail [E:9]');
    expect(rewrite('unchanged', [], () => 'x')).toBe('unchanged');
  });
});
