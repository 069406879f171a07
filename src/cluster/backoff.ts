/** Worker deaths within this window count towards the back-off. */
export const CRASH_WINDOW_MS = 60_000;
const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 30_000;

/**
 * How long the primary waits before replacing a dead worker: 100 ms after an isolated death, doubling
 * with every other death in the last minute, at most 30 s, so a worker that cannot start (a bad deploy,
 * an unreachable database) does not spin the CPU. `deaths` are epoch ms, including this one. Pure.
 */
export function restartDelayMs(deaths: readonly number[], now: number): number {
  const recent = deaths.filter((t) => now - t < CRASH_WINDOW_MS).length;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, recent - 1));
}
