import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { BudgetsService } from '../budgets/budgets.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Database } from '../database/database';
import { LedgerService } from '../ledger/ledger.service';
import { AppLogger } from '../observability/app-logger';
import { OpenDecisions } from './open-decisions';

const PAGE = 1000;
const LEASE = '15 seconds'; // a pass takes well under a second; a dead holder's lease lapses soon

interface OpenRow {
  seq: string;
  request_id: string;
  created_at: Date;
  traffic: string | null;
}

/**
 * The recovery sweep of SPEC §7: a decision whose request ended without an outcome on the path (process
 * crash, lost database connection, a write that failed) gets one, `status: interrupted`, once it is older
 * than the horizon (twice the deadline: no live request of any process is that old, bar a stream that
 * this process still holds, which it skips). Runs at start-up and on a timer; each tenant's sweep is
 * leased in `ledger_sweep`, so two processes never close the same decision, and resumes where it stopped.
 */
@Injectable()
export class OutcomeSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  /** This process, as a lease holder: it may retake a lease it could not release (database gone meanwhile). */
  private readonly instance = randomUUID();
  private running: Promise<number> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
    private readonly db: Database,
    private readonly ledger: LedgerService,
    private readonly open: OpenDecisions,
    private readonly budgets: BudgetsService,
    private readonly log: AppLogger,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), this.cfg.outcomeSweepMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass over every tenant with unswept entries; returns how many decisions it closed. */
  sweep(): Promise<number> {
    this.running ??= this.pass()
      .catch((err: unknown) => {
        this.log.warn({ event: 'outcome_sweep_failed', error: err instanceof Error ? err.name : 'unknown' }, 'outcome sweep failed');
        return 0;
      })
      .finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<number> {
    const tenants = await this.db.platform('outcome sweep: tenants with unswept entries').many<{
      tenant_id: string;
    }>(`SELECT h.tenant_id FROM ledger_head h LEFT JOIN ledger_sweep s USING (tenant_id) WHERE h.size > coalesce(s.next_seq, 0)`);
    let closed = 0;
    for (const { tenant_id } of tenants) closed += await this.sweepTenant(tenant_id);
    if (closed > 0) this.log.info({ event: 'outcome_sweep', closed }, 'decisions without an outcome closed as interrupted');
    return closed;
  }

  private async sweepTenant(tenant: string): Promise<number> {
    const lease = await this.lease(tenant);
    if (!lease) return 0; // another process holds it
    let next = lease.from;
    let closed = 0;
    try {
      const horizon = Date.now() - 2 * this.cfg.deadlineMs;
      const rows = await this.openDecisions(tenant, lease.from, lease.size);
      const closable: OpenRow[] = [];
      let kept: OpenRow | undefined; // the first decision left open: the next sweep starts there
      for (const r of rows) {
        if (r.created_at.getTime() > horizon) {
          kept ??= r;
          break; // younger ones follow
        }
        if (this.open.has(tenant, Number(r.seq))) kept ??= r;
        else closable.push(r);
      }
      await Promise.all(closable.map((r) => this.close(tenant, r)));
      closed = closable.length;
      next = kept ? Number(kept.seq) : rows.length === PAGE ? Number(rows[PAGE - 1]!.seq) + 1 : lease.size;
    } finally {
      await this.release(tenant, next);
    }
    return closed;
  }

  /** The outcome first: a hold is released only for a decision that is closed on the record. */
  private async close(tenant: string, r: OpenRow): Promise<void> {
    await this.ledger.append({
      tenant,
      kind: 'routing_outcome',
      requestId: r.request_id,
      // An eval or drift decision's outcome is eval or drift traffic too (SPEC §10).
      body: { decision_seq: Number(r.seq), status: 'interrupted', traffic: r.traffic ?? undefined },
    });
    await this.budgets.release(tenant, Number(r.seq));
  }

  /** Decisions in [from, size) without an outcome naming them, oldest first. */
  private async openDecisions(tenant: string, from: number, size: number): Promise<OpenRow[]> {
    return this.db.forTenant(tenant).many<OpenRow>(
      `SELECT d.seq::text AS seq, d.request_id, d.created_at, convert_from(d.leaf, 'UTF8')::jsonb ->> 'traffic' AS traffic FROM ledger_entry d
        WHERE d.tenant_id = $1 AND d.seq >= $2 AND d.seq < $3 AND d.kind = 'routing_decision'
          AND NOT EXISTS (SELECT 1 FROM ledger_entry o
            WHERE o.tenant_id = d.tenant_id AND o.request_id = d.request_id AND o.kind = 'routing_outcome'
              AND convert_from(o.leaf, 'UTF8')::jsonb ->> 'decision_seq' = d.seq::text)
        ORDER BY d.seq LIMIT ${PAGE}`,
      [tenant, from, size],
    );
  }

  /** Takes the tenant's sweep lease (one statement, no held connection): where to start and the log size. */
  private async lease(tenant: string): Promise<{ from: number; size: number } | null> {
    const row = await this.db.forTenant(tenant).transaction(async (tx) => {
      await tx.none(`INSERT INTO ledger_sweep (tenant_id, next_seq) VALUES ($1, 0) ON CONFLICT DO NOTHING`, [tenant]);
      return tx.one<{ next_seq: string; size: string }>(
        `UPDATE ledger_sweep s SET leased_until = now() + interval '${LEASE}', leased_by = $2
          FROM ledger_head h WHERE s.tenant_id = $1 AND h.tenant_id = s.tenant_id
            AND (s.leased_until IS NULL OR s.leased_until < now() OR s.leased_by = $2)
          RETURNING s.next_seq::text AS next_seq, h.size::text AS size`,
        [tenant, this.instance],
      );
    });
    return row ? { from: Number(row.next_seq), size: Number(row.size) } : null;
  }

  private async release(tenant: string, next: number): Promise<void> {
    await this.db
      .forTenant(tenant)
      .none(`UPDATE ledger_sweep SET next_seq = greatest(next_seq, $2), leased_until = NULL, leased_by = NULL WHERE tenant_id = $1`, [
        tenant,
        next,
      ]);
  }
}
