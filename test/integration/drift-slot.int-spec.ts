import { Database } from '../../src/database/database';
import { runMigrations } from '../../src/database/migrations';
import { EvalRunsRepository } from '../../src/eval/eval-runs.repository';

/**
 * The drift schedule runs once per slot however many processes or hosts keep the timer: two gateways
 * (two pools) racing for the same slot, many times over, always leave exactly one winner.
 */
describe('drift schedule slots', () => {
  const url = process.env.DATABASE_URL as string;
  const pool = Number(process.env.DATABASE_POOL_SIZE ?? 4);
  let one: Database;
  let two: Database;

  beforeAll(async () => {
    await runMigrations({ url, timeoutMs: 5000, singleSession: pool < 2 });
    one = new Database({ url, poolSize: pool, timeoutMs: 2000 });
    two = new Database({ url, poolSize: pool, timeoutMs: 2000 });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  it('gives each slot to exactly one of two racing claimants', async () => {
    const a = new EvalRunsRepository(one);
    const b = new EvalRunsRepository(two);
    const base = Math.floor(Date.now() / 1000) * 1000 + Math.floor(Math.random() * 1000);
    for (let i = 0; i < 20; i++) {
      const slot = base + i;
      const won = await Promise.all([a.claimDriftSlot(slot), b.claimDriftSlot(slot), a.claimDriftSlot(slot), b.claimDriftSlot(slot)]);
      expect(won.filter(Boolean)).toHaveLength(1);
    }
    expect(await a.claimDriftSlot(base)).toBe(false); // taken stays taken
  });
});
