import fc from 'fast-check';
import { normalize, toOriginalSpan, type OffsetMap } from './normalize';

/** The original text a normalised span maps back to. */
function back(original: string, map: OffsetMap | null, start: number, end: number): string {
  const [s, e] = toOriginalSpan(map, start, end);
  return original.slice(s, e);
}

describe('normalize', () => {
  it('returns clean text unchanged, without an offset map', () => {
    expect(normalize('plain ASCII text')).toEqual({ text: 'plain ASCII text', map: null });
    expect(normalize('plain ASCII and émoji 😀')).toEqual({ text: 'plain ASCII and émoji 😀', map: null });
    expect(normalize('')).toEqual({ text: '', map: null });
  });

  it.each([
    ['zero-width space, joiners, word joiner, BOM', 'a\u200bb\u200cc\u200dd\u2060e\ufeff', 'abcde'],
    ['zero-width inside digits', '4\u200b1\u200c1\u200d1\u20601\ufeff1', '411111'],
    ['bidi controls', '\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069', 'abcdefgh'],
    ['bidi override reversing a number', '\u202e1234\u202c', '1234'],
    ['soft hyphen, LRM/RLM, Arabic letter mark', 'pa\u00adss\u200e\u200f\u061c', 'pass'],
    ['Hangul filler and variation selector', 'a\u3164b\ufe0fc', 'abc'],
    ['tag characters (astral)', 'x\u{e0041}\u{e0042}y', 'xy'],
    ['fullwidth digits', '\uff14\uff11\uff11\uff11', '4111'],
    ['fullwidth ASCII', 'ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'jane@example.com'],
    ['mathematical bold digits', '\u{1d7cf}\u{1d7d0}\u{1d7d1}', '123'],
    ['circled and superscript digits', '①②³', '123'],
    ['ligatures', 'ﬁle ﬃ', 'file ffi'],
    ['combining accents compose', 'Jose\u0301 Mu\u0308ller', 'José Müller'],
    ['marks reorder canonically', 'a\u0301\u0323', 'ạ\u0301'],
    ['halfwidth kana with voiced mark', 'ｶﾞ', 'ガ'],
    ['NBSP and exotic spaces', '415\u00a0555\u2009x\u202fy\u3000z', '415 555 x y z'],
    ['dashes, incl. non-breaking hyphen', '415\u2011555\u20130132\u2212x\u2014y', '415-555-0132-x-y'],
    ['square compatibility words', '㍿', '株式会社'],
  ])('handles %s', (_name, input, expected) => expect(normalize(input).text).toBe(expected));

  it('maps normalised spans back to the original, not swallowing neighbouring invisibles', () => {
    const original = '\u200bab\u200b\u200bcd\u200b';
    const n = normalize(original);
    expect(n.text).toBe('abcd');
    expect(toOriginalSpan(n.map, 0, 4)).toEqual([1, 7]);
    expect(toOriginalSpan(n.map, 2, 4)).toEqual([5, 7]);
    expect(toOriginalSpan(n.map, 1, 3)).toEqual([2, 6]);
    expect(toOriginalSpan(null, 3, 9)).toEqual([3, 9]);
  });

  it('maps length-changing folds to the whole original segment', () => {
    const original = 'x ﬁ ①\u200b② e\u0301!';
    const n = normalize(original);
    expect(n.text).toBe('x fi 12 é!');
    expect(back(original, n.map, 2, 4)).toBe('ﬁ');
    expect(back(original, n.map, 3, 4)).toBe('ﬁ'); // half a ligature widens to the segment
    expect(back(original, n.map, 5, 7)).toBe('①\u200b②');
    expect(back(original, n.map, 5, 6)).toBe('①');
    expect(back(original, n.map, 8, 9)).toBe('e\u0301');
    expect(back(original, n.map, 9, 10)).toBe('!');
  });

  it('keeps offsets exact around surrogate pairs', () => {
    const original = '😀\u200b４１😀';
    const n = normalize(original);
    expect(n.text).toBe('😀41😀');
    expect(back(original, n.map, 2, 4)).toBe('４１');
    expect(back(original, n.map, 0, 2)).toBe('😀');
  });

  it('clamps out-of-range and empty spans', () => {
    const n = normalize('\u200bab\u200b');
    expect(toOriginalSpan(n.map, 1, 1)).toEqual([2, 2]);
    expect(toOriginalSpan(n.map, 2, 2)).toEqual([3, 3]);
    expect(toOriginalSpan(n.map, -5, 99)).toEqual([1, 3]);
    expect(toOriginalSpan(normalize('\u200b\u200b').map, 0, 0)).toEqual([0, 0]);
  });

  it('stays linear on long combining-mark runs (cut into stream-safe segments)', () => {
    const zalgo = 'a' + '\u0301\u0316'.repeat(100_000);
    const n = normalize(zalgo);
    // The first segment composes (a + U+0301 -> U+00E1, U+0316 sorts first and does not block it).
    expect(n.text.length).toBe(zalgo.length - 1);
    expect(n.text.startsWith('\u00e1\u0316')).toBe(true);
  });

  it('takes the segment path for a run of more than 30 marks only (BMP and astral marks alike)', () => {
    for (const mark of ['\u0316', 'ﾞ', '\u{1d167}']) {
      const short = 'a' + mark.repeat(30);
      const long = 'a' + mark.repeat(31);
      expect(normalize(short).text).toBe(short.normalize('NFKC'));
      expect(normalize(long).text).toBe(long.normalize('NFKC'));
      if (short.normalize('NFKC') === short) expect(normalize(short).map).toBeNull();
      expect(normalize(long).map).not.toBeNull();
    }
  });

  it('grows its buffers for expanding folds', () => {
    const original = '\ufdfa'.repeat(1000);
    const n = normalize(original);
    expect(n.text.length).toBe(18_000);
    expect(back(original, n.map, 17_990, 18_000)).toBe('\ufdfa');
  });
});

describe('normalize: offset map properties', () => {
  const pieces = [
    'a',
    'Z',
    '4',
    ' ',
    '-',
    '@',
    'e\u0301',
    '\u0301',
    '\u0316',
    '\u0323',
    'é',
    'ﬁ',
    'ﬃ',
    '①',
    '４',
    'Ａ',
    '\u00a0',
    '\u2011',
    '\u2014',
    '\u200b',
    '\u200d',
    '\u202e',
    '\u2066',
    '\u00ad',
    '\ufeff',
    '\ufe0f',
    '😀',
    '\ud83d',
    '\ude00',
    'ｶ',
    'ﾞ',
    '\u1100',
    '\u1161',
    '가',
    '\ufdfa',
    '㍿',
    'ß',
    'ς',
    '\u0e33',
  ];
  const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

  it('maps every span that does not cut a segment to an original span normalising to it', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (original, a, b) => {
        const n = normalize(original);
        const len = n.text.length;
        const start = Math.min(a, b) % (len + 1);
        const end = start + (Math.max(a, b) % (len - start + 1));
        const cuts = (i: number): boolean => n.map !== null && i > 0 && i < len && n.map.starts[i] === n.map.starts[i - 1];
        fc.pre(!cuts(start) && !cuts(end));
        const [s, e] = toOriginalSpan(n.map, start, end);
        expect(s).toBeLessThanOrEqual(e);
        expect(normalize(original.slice(s, e)).text).toBe(n.text.slice(start, end));
      }),
      { numRuns: 2000 },
    );
  });

  it('covers every kept original character with increasing, disjoint segments', () => {
    fc.assert(
      fc.property(textArb, (original) => {
        const n = normalize(original);
        if (n.map === null) return;
        const { starts, ends } = n.map;
        expect(starts.length).toBe(n.text.length);
        for (let i = 0; i < starts.length; i++) {
          expect((starts[i] ?? 0) < (ends[i] ?? 0)).toBe(true);
          if (i > 0 && starts[i] !== starts[i - 1]) expect(starts[i]).toBeGreaterThanOrEqual(ends[i - 1] ?? 0);
        }
        // What falls between segments is only removed (invisible) characters.
        let prev = 0;
        const gaps: string[] = [];
        for (let i = 0; i < starts.length; i++) {
          if ((starts[i] ?? 0) > prev) gaps.push(original.slice(prev, starts[i]));
          prev = Math.max(prev, ends[i] ?? 0);
        }
        gaps.push(original.slice(prev));
        for (const g of gaps) expect(g).toMatch(/^\p{Default_Ignorable_Code_Point}*$/u);
      }),
      { numRuns: 1000 },
    );
  });
});
