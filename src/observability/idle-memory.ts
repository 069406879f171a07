import type { Server } from 'node:http';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/*
 * Why this exists: V8 grows the young generation (up to --max-semi-space-size, 32 MB per semi-space
 * under `npm start`) whenever many objects survive a scavenge, and only shrinks it in a collection
 * that runs while the allocation rate is low (V8 averages the rate over about five seconds). An idle
 * server runs no collection at all, so the 64 MB that start-up or the last burst of traffic grew stays
 * resident for as long as the process lives. Measured on the demo gateway: 170-185 MiB RSS after start,
 * 135-145 MiB once the young generation is back to a megabyte.
 */

/**
 * V8's collector: `{ type: 'minor' }` a scavenge of the young generation; no argument, a full collection that
 * also gives freed pages back (measured: `{ type: 'major' }` left the RSS where it was, the full one did not).
 */
export type Collect = (options?: { type: 'minor' }) => void;

let collector: Collect | null = null;

/** V8's collector as a function, without `--expose-gc` on the command line (which would also add a global). */
export function v8Collector(): Collect {
  if (!collector) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as Collect;
  }
  return collector;
}

/** Bytes the young generation holds (committed), the part of the heap this trims. */
export function youngGenerationBytes(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

export interface TrimState {
  /** Requests counted at the previous tick. */
  seen: number;
  /** Collections run since the last request. */
  tries: number;
}

export const initialTrimState: TrimState = { seen: 0, tries: 0 };

/** A young generation this small (V8 starts at 1 MB per semi-space) needs no trim. */
export const SMALL_YOUNG_GENERATION = 4 * 1024 * 1024;

/** Collections per quiet spell before giving up until the next request. */
export const MAX_TRIES = 4;

/**
 * One tick: on a quiet tick, collect while the young generation is large, at most MAX_TRIES times. The
 * first collection closes V8's allocation sample over the busy period and promotes the last survivors;
 * a later one, whose sample covers only quiet time, is where V8 shrinks (after heavy traffic, the
 * second still counts the first one's promotions as allocation: measured, it takes the third).
 */
export function trimStep(state: TrimState, requests: number, youngBytes: number): { state: TrimState; collect: boolean } {
  if (requests !== state.seen) return { state: { seen: requests, tries: 0 }, collect: false };
  if (state.tries >= MAX_TRIES || youngBytes <= SMALL_YOUNG_GENERATION) return { state, collect: false };
  return { state: { seen: requests, tries: state.tries + 1 }, collect: true };
}

/**
 * Watches the server's requests and trims the young generation once they stop. The interval must be
 * longer than V8's five-second allocation window, or each collection still sees the busy period and
 * shrinks nothing. A minor collection on an idle heap takes about a millisecond; the timer
 * never keeps the process alive.
 */
export function trimWhenIdle(
  server: Server,
  intervalMs: number,
  collect: Collect = v8Collector(),
  young: () => number = youngGenerationBytes,
): () => void {
  let requests = 0;
  let state = initialTrimState;
  const count = (): void => {
    requests++;
  };
  server.on('request', count);
  const timer = setInterval(() => {
    const next = trimStep(state, requests, young());
    state = next.state;
    if (next.collect) collect({ type: 'minor' });
  }, intervalMs);
  timer.unref();
  const stop = (): void => {
    clearInterval(timer);
    server.off('request', count);
  };
  server.once('close', stop);
  return stop;
}
