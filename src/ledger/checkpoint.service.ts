import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { rootOf, signCheckpoint, verifyNote } from '@libs/ledger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppLogger } from '../observability/app-logger';
import { AuditRepository, type StoredCheckpoint } from './audit.repository';
import { LedgerRepository } from './ledger.repository';
import { LEDGER_KEYS } from './ledger.tokens';
import type { LedgerKeys } from './ledger-keys';

/**
 * Signed checkpoints (C2SP signed notes over `<origin>/<tenant>`, size, root), written at least every
 * LEDGER_CHECKPOINT_INTERVAL_MS while a log moves, and on demand (exports seal their end with one).
 */
@Injectable()
export class CheckpointService implements OnModuleInit, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
    @Inject(LEDGER_KEYS) private readonly keys: LedgerKeys,
    private readonly audit: AuditRepository,
    private readonly ledger: LedgerRepository,
    private readonly log: AppLogger,
  ) {}

  origin(tenantId: string): string {
    return `${this.cfg.ledgerOrigin}/${tenantId}`;
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.tick(), this.cfg.checkpointIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.tick().catch(() => undefined); // seal what moved since the last tick
  }

  /** Signs the tenant's current head unless the latest checkpoint already covers it. */
  async checkpoint(tenantId: string): Promise<StoredCheckpoint | null> {
    const head = await this.audit.head(tenantId);
    if (head.size === 0) return null;
    const latest = await this.audit.latestCheckpoint(tenantId);
    if (latest && latest.treeSize >= head.size && this.isOurs(latest)) return latest;
    const rootHash = rootOf(head);
    const note = signCheckpoint({ origin: this.origin(tenantId), size: head.size, rootHash }, this.keys.signer);
    const cp = { treeSize: head.size, rootHash, note };
    // If another process (or an earlier key) already stored this size, that row stays; ours is still valid.
    await this.audit.insertCheckpoint(tenantId, cp);
    return cp;
  }

  /** True when the note is signed by the current key (checkpoints of a rotated key are skipped in exports). */
  isOurs(cp: StoredCheckpoint): boolean {
    return verifyNote(cp.note, this.keys.vkey).ok;
  }

  private tick(): Promise<void> {
    this.running ??= (async () => {
      for (const tenant of this.ledger.takeMovedTenants()) {
        try {
          await this.checkpoint(tenant);
        } catch {
          this.ledger.markMoved(tenant);
          this.log.warn({ event: 'checkpoint_failed', tenant }, 'ledger checkpoint failed; retrying next tick');
        }
      }
    })().finally(() => (this.running = null));
    return this.running;
  }
}
