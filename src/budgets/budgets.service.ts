import { Injectable } from '@nestjs/common';
import { GatewayError } from '@libs/core';
import type { Tenant } from '../tenants/tenants.repository';
import { BudgetsRepository } from './budgets.repository';

export interface Reservation {
  /** Books the actual cost (nano-USD) and releases the reservation; call exactly once. */
  settle(actualNusd: number): Promise<void>;
}

const NONE: Reservation = { settle: async () => undefined };

function month(now: Date): string {
  return `${now.toISOString().slice(0, 7)}-01`;
}

/**
 * Monthly USD budgets per tenant, enforced across gateway processes through PostgreSQL: a request reserves
 * its estimated cost (an upper bound: the dearest planned candidate at the requested max tokens) before
 * egress, atomically against the budget, and settles the real cost after. A tenant can overspend only by
 * what one request's real cost exceeds its estimate.
 */
@Injectable()
export class BudgetsService {
  constructor(private readonly repo: BudgetsRepository) {}

  /** Reserves under the decision's seq, so a reservation left by a crash can be released by the sweep. */
  async reserve(tenant: Tenant, decisionSeq: number, estimateNusd: number, now = new Date()): Promise<Reservation> {
    if (tenant.monthlyBudgetUsd === null) return NONE;
    const m = month(now);
    const estimate = Math.max(0, Math.ceil(estimateNusd));
    let ok: boolean;
    try {
      ok = await this.repo.reserve(tenant.id, decisionSeq, m, estimate, Math.floor(tenant.monthlyBudgetUsd * 1e9));
    } catch {
      throw new GatewayError('audit_unavailable', 'The gateway database is unavailable; the request was not sent to any provider.');
    }
    if (!ok) throw new GatewayError('budget_exceeded', `The tenant's monthly budget of $${tenant.monthlyBudgetUsd} is spent.`);
    let settled = false;
    return {
      settle: async (actual: number) => {
        if (settled) return;
        settled = true;
        await this.repo.settle(tenant.id, decisionSeq, Math.max(0, Math.round(actual)));
      },
    };
  }

  /** Releases, at no cost, what a decision closed by the recovery sweep still holds (after a crash). */
  release(tenantId: string, decisionSeq: number): Promise<void> {
    return this.repo.settle(tenantId, decisionSeq, 0);
  }
}
