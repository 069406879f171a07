import { BudgetsRepository } from '../../src/budgets/budgets.repository';
import { BudgetsService } from '../../src/budgets/budgets.service';
import { LedgerService } from '../../src/ledger/ledger.service';
import { OpenDecisions } from '../../src/pipeline/open-decisions';
import { OutcomeSweep } from '../../src/pipeline/outcome-sweep';
import { TenantsService } from '../../src/tenants/tenants.service';
import { startTestGateway, type TestGateway } from '../support/gateway';

/**
 * The recovery sweep (SPEC §7): a decision left without an outcome (crash, lost connection, failed write)
 * gets exactly one, `interrupted`, once older than the horizon; a decision this process still serves is
 * left alone; a second sweep adds nothing; a reused request id does not hide a decision.
 */
describe('outcome sweep', () => {
  let t: TestGateway;
  let ledger: LedgerService;
  let sweep: OutcomeSweep;
  let open: OpenDecisions;
  // A tenant of its own: other test gateways share the database, and their sweeps may hold a shared tenant's lease.
  const tenant = `sweep-${process.pid}-${Date.now() % 100000}`;

  beforeAll(async () => {
    // Deadline 300 ms: the horizon (twice the deadline) passes quickly. The timer is slowed so the test drives it.
    t = await startTestGateway({ GATEWAY_DEFAULT_DEADLINE_MS: '300', GATEWAY_OUTCOME_SWEEP_MS: '600000' });
    ledger = t.gw.app.get(LedgerService);
    sweep = t.gw.app.get(OutcomeSweep);
    open = t.gw.app.get(OpenDecisions);
    await t.gw.app.get(TenantsService).upsertTenant({ id: tenant, region: 'eu', floor: 'internal', monthlyBudgetUsd: 100 });
  });
  afterAll(() => t.close());

  const decision = (requestId: string) => ledger.append({ tenant, kind: 'routing_decision', requestId, body: {} });

  async function outcomesOf(seq: number): Promise<string[]> {
    const rows = await t.db.platform('test').many<{ leaf: Buffer }>(
      `SELECT leaf FROM ledger_entry WHERE tenant_id = $2 AND kind = 'routing_outcome'
        AND convert_from(leaf, 'UTF8')::jsonb ->> 'decision_seq' = $1`,
      [String(seq), tenant],
    );
    return rows.map((r) => (JSON.parse(r.leaf.toString('utf8')) as { status: string }).status);
  }

  /**
   * Sweeps until `done` (at most 10 s): a pass skips a tenant whose lease another process's sweep holds at
   * that moment, and other test gateways sharing the database sweep every tenant, ours included.
   */
  async function sweepUntil(done: () => Promise<boolean>): Promise<void> {
    for (let waited = 0; waited < 10_000; waited += 100) {
      await sweep.sweep();
      if (await done()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('closes orphaned decisions once, skips live ones, and is not fooled by a reused request id', async () => {
    // The crashed request had reserved budget (its hold was written with its decision): the sweep gives it back, once.
    const month = `${new Date().toISOString().slice(0, 7)}-01`;
    const spend = () => t.gw.app.get(BudgetsRepository).spent(tenant, month);
    const before = await spend();
    const hold = t.gw.app
      .get(BudgetsService)
      .plan({ id: tenant, region: 'eu', floor: 'internal', monthlyBudgetUsd: 100, suspended: false, tier: null, timeZone: null }, 5e9);
    const orphan = await ledger.append({
      tenant,
      kind: 'routing_decision',
      requestId: 'sweep-orphan',
      body: {},
      companion: hold?.companion,
    });
    hold?.taken(orphan.seq);
    expect((await spend()).reserved).toBe(before.reserved + 5e9);
    const live = await decision('sweep-live');
    open.add(tenant, live.seq);
    const answered = await decision('sweep-dup');
    await ledger.append({
      tenant,
      kind: 'routing_outcome',
      requestId: 'sweep-dup',
      body: { decision_seq: answered.seq, status: 'ok' },
    });
    const reused = await decision('sweep-dup'); // same request id, no outcome of its own
    const young = await decision('sweep-young-later');

    await new Promise((r) => setTimeout(r, 700));
    await sweepUntil(async () => (await outcomesOf(orphan.seq)).length > 0);
    expect(await outcomesOf(orphan.seq)).toEqual(['interrupted']);
    expect(await spend()).toEqual(before);
    expect(await outcomesOf(reused.seq)).toEqual(['interrupted']);
    expect(await outcomesOf(young.seq)).toEqual(['interrupted']);
    expect(await outcomesOf(answered.seq)).toEqual(['ok']);
    expect(await outcomesOf(live.seq)).toEqual([]);

    const fresh = await decision('sweep-young'); // younger than the horizon: left for a later sweep
    await sweep.sweep();
    expect(await outcomesOf(fresh.seq)).toEqual([]);
    expect(await outcomesOf(orphan.seq)).toEqual(['interrupted']);
    expect(await spend()).toEqual(before);

    open.delete(tenant, live.seq);
    await new Promise((r) => setTimeout(r, 700));
    await sweepUntil(async () => (await outcomesOf(live.seq)).length > 0 && (await outcomesOf(fresh.seq)).length > 0);
    expect(await outcomesOf(live.seq)).toEqual(['interrupted']);
    expect(await outcomesOf(fresh.seq)).toEqual(['interrupted']);
    expect(await outcomesOf(orphan.seq)).toEqual(['interrupted']);
  });
});
