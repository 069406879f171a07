import fc from 'fast-check';
import { LatencyStats } from './latency';

const A = { provider: 'a', model: 'x' };
const B = { provider: 'b', model: 'x' };

function clock(start = 0) {
  const c = { t: start, now: (): number => c.t };
  return c;
}

/** Nearest-rank quantile, the slow obvious way. */
function reference(samples: number[], q: number): number | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((x, y) => x - y);
  let rank = 1;
  while (rank < sorted.length && rank / sorted.length < q) rank++;
  return sorted[rank - 1];
}

describe('LatencyStats', () => {
  it('is unknown without samples, and per provider/model', () => {
    const s = new LatencyStats({ now: clock().now });
    expect(s.p95(A)).toBeUndefined();
    s.record(A, 100);
    expect(s.p95(A)).toBe(100);
    expect(s.p95(B)).toBeUndefined();
    expect(s.p95({ provider: 'a', model: 'y' })).toBeUndefined();
  });

  it.each([
    ['one sample', [42], 42],
    ['twenty samples: the 19th', Array.from({ length: 20 }, (_v, i) => i + 1), 19],
    ['hundred samples: the 95th', Array.from({ length: 100 }, (_v, i) => 100 - i), 95],
    ['a slow tail', [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 5000], 10],
    ['two slow of twenty', [...new Array<number>(18).fill(10), 4000, 5000], 4000],
  ])('p95 of %s', (_name, samples, p95) => {
    const s = new LatencyStats({ now: clock().now });
    for (const v of samples) s.record(A, v);
    expect(s.p95(A)).toBe(p95);
  });

  it('keeps only the last windowSize samples', () => {
    const s = new LatencyStats({ windowSize: 3, now: clock().now });
    for (const v of [1000, 2000, 3000, 1, 2, 3]) s.record(A, v);
    expect(s.count(A)).toBe(3);
    expect(s.p95(A)).toBe(3);
  });

  it('forgets samples older than maxAgeMs on the injected clock', () => {
    const c = clock();
    const s = new LatencyStats({ maxAgeMs: 1000, now: c.now });
    s.record(A, 5000);
    c.t = 600;
    s.record(A, 10);
    expect(s.p95(A)).toBe(5000);
    c.t = 1001;
    expect(s.p95(A)).toBe(10);
    c.t = 1601;
    expect(s.p95(A)).toBeUndefined();
    expect(s.count(A)).toBe(0);
  });

  it('waits for minSamples before reporting', () => {
    const s = new LatencyStats({ minSamples: 3, now: clock().now });
    s.record(A, 1);
    s.record(A, 2);
    expect(s.p95(A)).toBeUndefined();
    s.record(A, 3);
    expect(s.p95(A)).toBe(3);
  });

  it('ignores non-finite and negative latencies', () => {
    const s = new LatencyStats({ now: clock().now });
    for (const v of [Number.NaN, -1, Infinity]) s.record(A, v);
    expect(s.count(A)).toBe(0);
  });

  it('snapshots ids and numbers only', () => {
    const s = new LatencyStats({ now: clock().now });
    s.record(A, 10);
    s.record(A, 30);
    expect(s.snapshot()).toEqual([{ provider: 'a', model: 'x', samples: 2, p50Ms: 10, p95Ms: 30 }]);
  });

  it.each([[{ windowSize: 0 }], [{ windowSize: 1.5 }], [{ maxAgeMs: 0 }], [{ minSamples: 0 }]])('rejects options %j', (options) => {
    expect(() => new LatencyStats(options)).toThrow(RangeError);
  });

  it('PROPERTY: equals the nearest-rank quantile of the samples inside the window', () => {
    const event = fc.record({ dt: fc.nat({ max: 400 }), v: fc.oneof(fc.nat({ max: 5000 }), fc.double({ min: 0, max: 10, noNaN: true })) });
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 120 }),
        fc.integer({ min: 1, max: 25 }),
        fc.constantFrom(0.5, 0.95, 1),
        (events, windowSize, q) => {
          const c = clock();
          const s = new LatencyStats({ windowSize, maxAgeMs: 1000, now: c.now });
          const log: { t: number; v: number }[] = [];
          for (const e of events) {
            c.t += e.dt;
            s.record(A, e.v);
            log.push({ t: c.t, v: e.v });
            const live = log
              .filter((x) => x.t >= c.t - 1000)
              .slice(-windowSize)
              .map((x) => x.v);
            expect(s.quantile(A, q)).toBe(reference(live, q));
            expect(s.count(A)).toBe(live.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
