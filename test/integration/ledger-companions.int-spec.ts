import { Client } from 'pg';
import { GatewayError } from '@libs/core';
import type { LedgerEntryInput } from '@libs/ledger';
import { Database } from '../../src/database/database';
import { runMigrations } from '../../src/database/migrations';
import { LedgerRepository } from '../../src/ledger/ledger.repository';
import { BudgetsRepository } from '../../src/budgets/budgets.repository';
import { BudgetsService } from '../../src/budgets/budgets.service';
import type { Tenant } from '../../src/tenants/tenants.repository';

/**
 * Companions (a decision's budget hold, an outcome's settlement) commit with their ledger entry in one
 * transaction, or not at all, and run exactly once even when the entry is re-encoded after another process
 * moved the head (PostgreSQL 15 in CI, or the embedded PGlite).
 */
describe('ledger companions on PostgreSQL', () => {
  const url = process.env.DATABASE_URL as string;
  const pool = Number(process.env.DATABASE_POOL_SIZE ?? 4);
  const run = Date.now();
  let owner: Client;
  let db: Database;
  let budgets: BudgetsService;
  let n = 0;

  beforeAll(async () => {
    await runMigrations({ url, timeoutMs: 5000, singleSession: pool < 2 });
    db = new Database({ url, poolSize: pool, timeoutMs: 5000 });
    budgets = new BudgetsService(new BudgetsRepository(db));
    owner = new Client({ connectionString: url });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await db.close();
  });

  /** A fresh tenant with a budget of $1 (1e9 nano-USD). */
  async function tenant(): Promise<Tenant> {
    const id = `comp-${run}-${n++}`;
    await owner.query(`INSERT INTO tenant (id, region) VALUES ($1, 'us')`, [id]);
    return { id, region: 'us', floor: 'public', monthlyBudgetUsd: 1, suspended: false, tier: null, timeZone: null };
  }
  const decision = (t: Tenant, requestId: string, extra: Partial<LedgerEntryInput> = {}): LedgerEntryInput => ({
    tenant: t.id,
    kind: 'routing_decision',
    requestId,
    body: {},
    ...extra,
  });
  const holds = async (t: Tenant) =>
    (
      await owner.query<{ decision_seq: string; amount_nusd: string }>(
        'SELECT decision_seq, amount_nusd FROM budget_hold WHERE tenant_id = $1',
        [t.id],
      )
    ).rows;
  const spend = async (t: Tenant) => {
    const r = (
      await owner.query<{ spent_nusd: string; reserved_nusd: string }>(
        'SELECT spent_nusd, reserved_nusd FROM tenant_spend WHERE tenant_id = $1',
        [t.id],
      )
    ).rows[0];
    return { spent: Number(r?.spent_nusd ?? 0), reserved: Number(r?.reserved_nusd ?? 0) };
  };

  it('writes the hold with its decision and the settlement with its outcome', async () => {
    const t = await tenant();
    const repo = new LedgerRepository(db);
    const hold = budgets.plan(t, 3e8);
    expect(hold).not.toBeNull();
    const [leaf] = await repo.appendBatch([decision(t, 'a', { companion: hold?.companion })]);
    const reservation = hold?.taken(leaf?.seq as number);
    expect(await holds(t)).toEqual([{ decision_seq: String(leaf?.seq), amount_nusd: '300000000' }]);
    expect(await spend(t)).toEqual({ spent: 0, reserved: 3e8 });

    const settlement = reservation?.settlement?.(1.2e8);
    await repo.appendBatch([
      { tenant: t.id, kind: 'routing_outcome', requestId: 'a', body: { decision_seq: leaf?.seq }, companion: settlement },
    ]);
    expect(await holds(t)).toEqual([]);
    expect(await spend(t)).toEqual({ spent: 1.2e8, reserved: 0 });
  });

  it('over budget: the decision is written, the hold is not, and taking it says budget_exceeded', async () => {
    const t = await tenant();
    const repo = new LedgerRepository(db);
    const first = budgets.plan(t, 8e8);
    const second = budgets.plan(t, 3e8); // 8e8 + 3e8 > 1e9
    const [a, b] = await repo.appendBatch([
      decision(t, 'a', { companion: first?.companion }),
      decision(t, 'b', { companion: second?.companion }),
    ]);
    expect(() => first?.taken(a?.seq as number)).not.toThrow();
    expect(() => second?.taken(b?.seq as number)).toThrow(GatewayError);
    try {
      second?.taken(b?.seq as number);
    } catch (err) {
      expect((err as GatewayError).code).toBe('budget_exceeded');
    }
    expect(await holds(t)).toEqual([{ decision_seq: String(a?.seq), amount_nusd: '800000000' }]);
    expect(await spend(t)).toEqual({ spent: 0, reserved: 8e8 });
    const rows = await owner.query('SELECT seq FROM ledger_entry WHERE tenant_id = $1 ORDER BY seq', [t.id]);
    expect(rows.rows.map((r: { seq: string }) => Number(r.seq))).toEqual([0, 1]);
  });

  it('runs a companion once, under the final seq, when another writer moved the head first', async () => {
    const t = await tenant();
    const mine = new LedgerRepository(db);
    const other = new LedgerRepository(db); // a second process: its own remembered head
    await mine.appendBatch([decision(t, 'x')]); // mine remembers size 1
    await other.appendBatch([decision(t, 'y')]); // the head is at 2 now
    const hold = budgets.plan(t, 2e8);
    const [leaf] = await mine.appendBatch([decision(t, 'z', { companion: hold?.companion })]);
    expect(leaf?.seq).toBe(2); // re-encoded in the locked round
    expect(() => hold?.taken(2)).not.toThrow();
    expect(await holds(t)).toEqual([{ decision_seq: '2', amount_nusd: '200000000' }]);
    expect(await spend(t)).toEqual({ spent: 0, reserved: 2e8 }); // not reserved twice
  });

  it('a companion that fails takes its entry (and the batch) with it: nothing written, no seq consumed', async () => {
    const t = await tenant();
    const repo = new LedgerRepository(db);
    const broken = { statements: () => ['SELECT 1 / 0'] };
    await expect(repo.appendBatch([decision(t, 'ok'), decision(t, 'bad', { companion: broken })])).rejects.toBeDefined();
    expect((await owner.query('SELECT 1 FROM ledger_entry WHERE tenant_id = $1', [t.id])).rowCount).toBe(0);
    const [leaf] = await repo.appendBatch([decision(t, 'again')]);
    expect(leaf?.seq).toBe(0);
  });
});
