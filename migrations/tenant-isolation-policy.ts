import type { QueryRunner } from 'typeorm';

/**
 * Row-level security on one tenant-owned table (SPEC §8): rows of the transaction's `app.tenant_id`, or every
 * row on the explicit platform path (`app.platform = 'on'`), for reads and writes alike.
 */
export async function enableTenantIsolation(q: QueryRunner, table: string, column: string): Promise<void> {
  await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  const mine = `(${column} = current_setting('app.tenant_id', true) OR current_setting('app.platform', true) = 'on')`;
  await q.query(`CREATE POLICY tenant_isolation ON ${table} TO gateway_app USING ${mine} WITH CHECK ${mine}`);
}
