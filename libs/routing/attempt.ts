/**
 * One attempt: invoke with an AbortSignal and a time budget.
 *
 * Invariants: the promise settles exactly once; a timed-out attempt's signal is aborted and its late
 * resolution or rejection is ignored; a failed attempt's signal is aborted (releasing what it left
 * running); a successful one's is not (the value may be a stream bound to it) until `release()`;
 * the timer is cleared on settlement and unref'd so it never holds the process open.
 */
import type { Candidate } from './types';

/** Node clamps larger delays to 1 ms; cap instead. */
export const MAX_TIMER_MS = 2_147_483_647;

export type Settlement<T> = { kind: 'ok'; value: T; release: () => void } | { kind: 'error'; err: unknown } | { kind: 'timeout' };

export type Invoke<T> = (c: Candidate, signal: AbortSignal, attemptNo: number) => Promise<T>;

export function runAttempt<T>(invoke: Invoke<T>, candidate: Candidate, attemptNo: number, budgetMs: number): Promise<Settlement<T>> {
  return new Promise<Settlement<T>>((resolve) => {
    const controller = new AbortController();
    let settled = false;
    const settle = (s: Settlement<T>): boolean => {
      if (settled) return false; // a late resolution or rejection of a timed-out attempt lands here
      settled = true;
      clearTimeout(timer);
      resolve(s);
      return true;
    };
    const timer = setTimeout(
      () => {
        if (settle({ kind: 'timeout' })) controller.abort(new DOMException('attempt timed out', 'TimeoutError'));
      },
      Math.min(budgetMs, MAX_TIMER_MS),
    );
    timer.unref();

    let pending: Promise<T>;
    try {
      pending = Promise.resolve(invoke(candidate, controller.signal, attemptNo));
    } catch (err) {
      pending = Promise.reject(err);
    }
    pending.then(
      (value) => {
        const release = (): void => controller.abort(new DOMException('answer not used', 'AbortError'));
        settle({ kind: 'ok', value, release });
      },
      (err: unknown) => {
        if (settle({ kind: 'error', err })) controller.abort(new DOMException('attempt failed', 'AbortError'));
      },
    );
  });
}
