import { startTestGateway, type TestGateway } from '../support/gateway';
import { TenantsService } from '../../src/tenants/tenants.service';

/** Monthly budgets hold across two gateway instances sharing one database (SPEC §6). */
describe('budgets', () => {
  let a: TestGateway;
  let b: TestGateway | null = null;
  const tenant = `budget-${Date.now() % 100000}`;
  const budgetUsd = 0.0001;
  let keyA = '';
  let keyB = '';

  beforeAll(async () => {
    a = await startTestGateway();
    if (process.env.GW_TEST_DB_KIND !== 'embedded') b = await startTestGateway();
    const tenants = a.gw.app.get(TenantsService);
    await tenants.upsertTenant({ id: tenant, region: 'us', floor: 'public', monthlyBudgetUsd: budgetUsd });
    keyA = (await tenants.createKey(tenant, 'invoke', 'budget a')).token;
    keyB = (await tenants.createKey(tenant, 'invoke', 'budget b')).token;
  });
  afterAll(async () => {
    await a.close();
    await b?.close();
  });

  it('never lets a tenant overspend by more than one request, and answers 429 budget_exceeded after', async () => {
    const gws = b ? [a, b] : [a];
    const keys = [keyA, keyB];
    const send = (i: number) =>
      fetch(`${gws[i % gws.length]?.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${keys[i % 2]}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'sim-us-cheap/chat', max_tokens: 20, messages: [{ role: 'user', content: `budget probe ${i}` }] }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { code: string } } }));
    const results = [];
    for (let wave = 0; wave < 4; wave++) results.push(...(await Promise.all(Array.from({ length: 20 }, (_, i) => send(wave * 20 + i)))));
    const ok = results.filter((r) => r.status === 200).length;
    const refused = results.filter((r) => r.status === 429);
    expect(ok).toBeGreaterThan(5);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => r.body.error?.code === 'budget_exceeded')).toBe(true);
    // Settlements are written right after each response: wait (bounded) until every reservation is released.
    let rows: { s: string; r: string }[] = [];
    for (let i = 0; i < 50; i++) {
      rows = await a.db.platform('test').many<{
        s: string;
        r: string;
      }>('SELECT spent_nusd::bigint AS s, reserved_nusd::bigint AS r FROM tenant_spend WHERE tenant_id = $1', [tenant]);
      if (Number(rows[0]?.r) === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const spent = Number(rows[0]?.s);
    const perRequest = spent / ok;
    expect(spent).toBeLessThanOrEqual(budgetUsd * 1e9 + perRequest);
    expect(Number(rows[0]?.r)).toBe(0);
  });
});
