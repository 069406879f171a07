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

export type Collect = (options: { type: 'minor' | 'major' }) => void;

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
  /** Ticks in a row without a request. */
  quiet: number;
  /** Something allocated since the last trim (start-up counts), so a trim is due once quiet. */
  due: boolean;
}

export const initialTrimState: TrimState = { seen: 0, quiet: 0, due: true };

/**
 * One tick: collect on the first quiet tick (it closes V8's allocation sample over the busy period) and
 * again on the second (its sample covers only the quiet interval, so V8 shrinks the young generation).
 * Then nothing until a request arrives.
 */
export function trimStep(state: TrimState, requests: number): { state: TrimState; collect: boolean } {
  if (requests !== state.seen) return { state: { seen: requests, quiet: 0, due: true }, collect: false };
  if (!state.due) return { state, collect: false };
  const quiet = state.quiet + 1;
  return { state: { seen: requests, quiet, due: quiet < 2 }, collect: true };
}

/**
 * Watches the server's requests and trims the young generation after two quiet intervals. The interval
 * must be longer than V8's five-second allocation window, or the second collection still sees the busy
 * period and shrinks nothing. A minor collection on an idle heap takes about a millisecond; the timer
 * never keeps the process alive.
 */
export function trimWhenIdle(server: Server, intervalMs: number, collect: Collect = v8Collector()): () => void {
  let requests = 0;
  let state = initialTrimState;
  const count = (): void => {
    requests++;
  };
  server.on('request', count);
  const timer = setInterval(() => {
    const next = trimStep(state, requests);
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
