import { canaryPoint, inCanarySlice } from './canary';

const ids = Array.from({ length: 2000 }, (_, i) => `req_${i.toString(36)}_${((i * 2654435761) >>> 0).toString(16)}`);
const share = (percent: number, salt = 'v7') => ids.filter((id) => inCanarySlice(id, percent, salt)).length / ids.length;

describe('inCanarySlice', () => {
  // 2,000 draws: one standard deviation is at most 1.1 points; 3.5 points is more than three.
  it.each([1, 5, 10, 25, 50, 90])('puts about %i %% of 2,000 request ids in the slice', (percent) => {
    expect(Math.abs(share(percent) * 100 - percent)).toBeLessThan(3.5);
  });

  it('is stable: the same id, percent and salt give the same answer', () => {
    for (const id of ids.slice(0, 100)) expect(inCanarySlice(id, 30, 'v7')).toBe(inCanarySlice(id, 30, 'v7'));
    expect(canaryPoint('req-1', 'v7')).toBe(canaryPoint('req-1', 'v7'));
  });

  it('nests slices: raising the percent only adds ids', () => {
    for (const id of ids) if (inCanarySlice(id, 10, 'v7')) expect(inCanarySlice(id, 20, 'v7')).toBe(true);
  });

  it('draws an independent slice for another salt', () => {
    const a = new Set(ids.filter((id) => inCanarySlice(id, 50, 'v7')));
    const both = ids.filter((id) => a.has(id) && inCanarySlice(id, 50, 'v8')).length / ids.length;
    expect(Math.abs(both - 0.25)).toBeLessThan(0.05);
  });

  it('0 %, negative and NaN take nothing; 100 % and more take everything', () => {
    expect(share(0)).toBe(0);
    expect(share(-5)).toBe(0);
    expect(share(Number.NaN)).toBe(0);
    expect(share(100)).toBe(1);
    expect(share(150)).toBe(1);
  });

  it('places keys in [0, 1)', () => {
    for (const id of ids.slice(0, 200)) {
      const p = canaryPoint(id, 's');
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(1);
    }
  });
});
