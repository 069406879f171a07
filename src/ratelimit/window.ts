const MINUTE = 60_000;

export interface SlidingWindow {
  /** Start of the current fixed minute (epoch ms). */
  windowStart: number;
  /** Share of the previous minute still inside the sliding minute ending now: 1 at the boundary, 0 at its end. */
  previousWeight: number;
  /** Seconds until the current fixed minute ends (at least 1): when a refused key may try again. */
  retryAfterSeconds: number;
}

/**
 * The sliding minute approximated from the current and previous fixed minutes, as common gateways do:
 * `current + previous * previousWeight` counts what was sent in the last 60 s, so a burst at a boundary
 * cannot double the rate. Pure: the clock is a parameter.
 */
export function slidingWindow(nowMs: number): SlidingWindow {
  const windowStart = nowMs - (nowMs % MINUTE);
  return {
    windowStart,
    previousWeight: 1 - (nowMs - windowStart) / MINUTE,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart + MINUTE - nowMs) / 1000)),
  };
}
