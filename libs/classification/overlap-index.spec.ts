import { OverlapIndex } from './overlap-index';

describe('OverlapIndex', () => {
  const naive = (spans: [string, number, number][], t: string, s: number, e: number): boolean =>
    spans.some(([bt, bs, be]) => bt === t && s < be && bs < e);

  it('answers like a scan of every span, for spans in and out of start order', () => {
    const index = new OverlapIndex();
    const spans: [string, number, number][] = [];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 400; i++) {
      const type = rand(3) === 0 ? 'PERSON' : 'LOCATION';
      const start = i < 300 ? i * 3 + rand(3) : rand(900); // mostly ascending, then anywhere
      const end = start + 1 + rand(6);
      const s = rand(920);
      const e = s + 1 + rand(5);
      expect(index.overlaps(type, s, e)).toBe(naive(spans, type, s, e));
      index.add(type, start, end);
      spans.push([type, start, end]);
    }
  });

  it('knows nothing of a type it was never given', () => {
    expect(new OverlapIndex().overlaps('PERSON', 0, 10)).toBe(false);
  });
});
