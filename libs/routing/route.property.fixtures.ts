/** Fixtures for the route() property specs: scripted upstreams and breakers in chosen states. */
import { CircuitBreakers, type BreakerDecision, type BreakerPermit, type BreakerPort, type BreakerVerdict } from './breaker';
import type { Classification } from './route';
import { candidateKey, type Candidate, type EscalationReason, type ModelTarget } from './types';

export const PROVIDERS = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
export const MODELS = ['m0', 'm1', 'm2'];
export const KEYS = PROVIDERS.flatMap((provider) => MODELS.map((model) => candidateKey({ provider, model })));
export const COOLDOWN = 1000;

export type Behaviour = 'ok' | 'retryable' | 'fatal' | 'sync-throw' | 'hang' | 'late-ok' | 'rate429';
export const BEHAVIOURS: Behaviour[] = ['ok', 'retryable', 'fatal', 'sync-throw', 'hang', 'late-ok', 'rate429'];
export type BreakerSetup = 'closed' | 'open' | 'half_open' | 'busy_probe' | 'rate_limited';
export const SETUPS: BreakerSetup[] = ['closed', 'open', 'half_open', 'busy_probe', 'rate_limited'];
export type Verdict = EscalationReason | null;
export type Value = { call: number };

export class FakeError extends Error {
  constructor(
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super('upstream');
  }
}
export const classify = (err: unknown): Classification => {
  const c: Classification = { outcome: 'error', retryable: err instanceof FakeError ? err.retryable : true };
  if (err instanceof FakeError && err.retryAfterMs !== undefined) c.retryAfterMs = err.retryAfterMs;
  return c;
};

/** Breakers in the given states on a frozen clock (all half-open ones share one cool-down). */
export function breakersIn(setups: BreakerSetup[]): CircuitBreakers {
  const clock = { t: 0 };
  const b = new CircuitBreakers({ consecutiveFailures: 1, cooldownMs: COOLDOWN, probeTimeoutMs: 1e9, now: () => clock.t });
  const target = (i: number): ModelTarget => ({ provider: PROVIDERS[Math.floor(i / MODELS.length)]!, model: MODELS[i % MODELS.length]! });
  const trip = (i: number): void => {
    const d = b.acquire(target(i));
    if (d.allowed) b.record(d.permit, 'failure');
  };
  setups.forEach((s, i) => (s === 'half_open' || s === 'busy_probe') && trip(i));
  clock.t = COOLDOWN;
  setups.forEach((s, i) => {
    if (s === 'busy_probe') b.acquire(target(i)); // a probe taken by another request, never reported
    if (s === 'open') trip(i);
    if (s === 'rate_limited') b.rateLimit(target(i), 10_000);
  });
  return b;
}

export function scripted(behaviours: Behaviour[]) {
  const calls: { key: string; provider: string }[] = [];
  const invoke = (c: Candidate, signal: AbortSignal): Promise<Value> => {
    const i = calls.length;
    calls.push({ key: candidateKey(c), provider: c.provider });
    const b = behaviours[i % behaviours.length] ?? 'ok';
    const onAbort = (f: () => void): void => signal.addEventListener('abort', f, { once: true });
    switch (b) {
      case 'ok':
        return Promise.resolve({ call: i });
      case 'retryable':
        return Promise.reject(new FakeError(true));
      case 'fatal':
        return Promise.reject(new FakeError(false));
      case 'sync-throw':
        throw new FakeError(true);
      case 'hang':
        return new Promise<Value>(() => undefined);
      case 'late-ok':
        return new Promise((resolve) => onAbort(() => resolve({ call: -1 })));
      case 'rate429':
        return Promise.reject(new FakeError(false, 5000));
    }
  };
  return { calls, invoke };
}

/**
 * Breakers that check, at every invoke, that route() was granted a permit for that key just before,
 * and that no two probes of a key are in flight. Violations are collected, not thrown: a throw inside
 * invoke would look like an upstream error to route().
 */
export function guarded(inner: BreakerPort) {
  let granted: BreakerPermit | null = null;
  const probesInFlight = new Set<string>();
  const violations: string[] = [];
  const port: BreakerPort = {
    acquire(target: ModelTarget): BreakerDecision {
      const d = inner.acquire(target);
      if (d.allowed) {
        if (granted !== null) violations.push(`permit for ${granted.key} not used before the next acquire`);
        granted = d.permit;
        if (d.permit.probe) {
          if (probesInFlight.has(d.permit.key)) violations.push(`second probe for ${d.permit.key}`);
          probesInFlight.add(d.permit.key);
        }
      }
      return d;
    },
    record(permit: BreakerPermit, verdict: BreakerVerdict): void {
      if (permit.probe) probesInFlight.delete(permit.key);
      inner.record(permit, verdict);
    },
    rateLimit: (t, ms) => inner.rateLimit(t, ms),
  };
  const onInvoke = (key: string): boolean => {
    const g = granted;
    granted = null;
    if (g?.key !== key) violations.push(`${key} invoked without its permit`);
    return g?.probe === true;
  };
  return { port, onInvoke, violations };
}
