import { Injectable } from '@nestjs/common';
import { GatewayError } from '@libs/core';
import type { Companion } from '@libs/ledger';
import type { Tenant } from '../tenants/tenants.repository';
import { BudgetsRepository } from './budgets.repository';

export interface Reservation {
  /** Books the actual cost (nano-USD) and releases the reservation, on its own; once only. */
  settle(actualNusd: number): Promise<void>;
  /** The same settlement as a companion of the outcome entry: it commits with the outcome, in one transaction. */
  settlement?(actualNusd: number): Companion;
}

/** A reservation planned before its decision is written: the hold rides on the decision entry. */
export interface PlannedReservation {
  /** Goes on the decision entry (`LedgerEntryInput.companion`). */
  companion: Companion;
  /** After the decision entry is stored: the reservation, or `budget_exceeded` when the hold did not fit. */
  taken(decisionSeq: number): Reservation;
}

export const NO_RESERVATION: Reservation = { settle: async () => undefined };

/** What a settlement books: whole nano-dollars, never negative. */
function booked(actualNusd: number): number {
  return Math.max(0, Math.round(actualNusd));
}

function month(now: Date): string {
  return `${now.toISOString().slice(0, 7)}-01`;
}

/**
 * Monthly USD budgets per tenant, enforced across gateway processes through PostgreSQL: a request reserves
 * its estimated cost (an upper bound: the dearest planned candidate at the requested max tokens) before
 * egress, atomically against the budget, and settles the real cost after. A tenant can overspend only by
 * what one request's real cost exceeds its estimate. The hold commits with the decision's ledger entry, and
 * the settlement with the outcome's: no transaction of their own on the request's path.
 */
@Injectable()
export class BudgetsService {
  constructor(private readonly repo: BudgetsRepository) {}

  /** The hold for a decision about to be written; null when the tenant has no budget. */
  plan(tenant: Tenant, estimateNusd: number, now = new Date()): PlannedReservation | null {
    if (tenant.monthlyBudgetUsd === null) return null;
    const m = month(now);
    const estimate = Math.max(0, Math.ceil(estimateNusd));
    const budget = Math.floor(tenant.monthlyBudgetUsd * 1e9);
    const companion: Companion = {
      statements: (seq, written) => this.repo.holdStatements(tenant.id, seq, m, estimate, budget, written),
    };
    return {
      companion,
      taken: (decisionSeq) => {
        const hold = companion.results?.[1] as { rowCount?: number | null } | undefined;
        if (hold === undefined)
          throw new GatewayError('audit_unavailable', 'The gateway database is unavailable; the request was not sent to any provider.');
        if (hold.rowCount !== 1)
          throw new GatewayError('budget_exceeded', `The tenant's monthly budget of $${tenant.monthlyBudgetUsd} is spent.`);
        return this.held(tenant.id, decisionSeq);
      },
    };
  }

  /** Releases, at no cost, what a decision closed by the recovery sweep still holds (after a crash). */
  release(tenantId: string, decisionSeq: number): Promise<void> {
    return this.repo.settle(tenantId, decisionSeq, 0);
  }

  private held(tenantId: string, decisionSeq: number): Reservation {
    let settled = false;
    return {
      settle: async (actual: number) => {
        if (settled) return;
        settled = true;
        await this.repo.settle(tenantId, decisionSeq, booked(actual));
      },
      settlement: (actual: number) => ({
        statements: (_seq, written) => [this.repo.settleStatement(tenantId, decisionSeq, booked(actual), written)],
      }),
    };
  }
}
