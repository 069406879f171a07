import { restartDelayMs } from './backoff';

describe('restartDelayMs', () => {
  it.each([
    [[1000], 100],
    [[0, 500, 1000], 400],
    [Array.from({ length: 20 }, (_, i) => i * 10), 30_000],
  ])('deaths %j -> %i ms', (deaths, delay) => {
    expect(restartDelayMs(deaths, 1000)).toBe(delay);
  });

  it('forgets deaths older than a minute', () => {
    expect(restartDelayMs([0, 1, 2, 70_000], 70_000)).toBe(100);
  });
});
