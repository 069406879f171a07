import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Watches the outcomes of the canary slice in this process: once at least GATEWAY_CANARY_MIN_REQUESTS of
 * the last 100 have ended, an error share above GATEWAY_CANARY_MAX_ERROR_RATE trips it, once per version,
 * and `onTrip` (set by the versions runtime) reverts the canary for every process.
 */
@Injectable()
export class CanaryGuard {
  onTrip: ((version: string, reason: string) => Promise<void>) | null = null;
  private readonly windows = new Map<string, boolean[]>();
  private readonly tripped = new Set<string>();

  constructor(@Inject(APP_CONFIG) private readonly cfg: AppConfig) {}

  observe(version: string, failed: boolean): void {
    if (this.tripped.has(version)) return;
    const w = this.windows.get(version) ?? [];
    w.push(failed);
    if (w.length > 100) w.shift();
    this.windows.set(version, w);
    const errors = w.filter(Boolean).length;
    if (w.length < this.cfg.canaryMinRequests || errors / w.length <= this.cfg.canaryMaxErrorRate) return;
    this.tripped.add(version);
    const reason = `error rate ${errors}/${w.length} above ${this.cfg.canaryMaxErrorRate}`;
    void this.onTrip?.(version, reason).catch(() => this.tripped.delete(version));
  }
}
