import { Client } from 'pg';
import { MIGRATIONS } from '../../migrations';
import type * as Migrations from '../../src/database/migrations';

/**
 * Starting with nothing to migrate never loads TypeORM (about 25 MiB of a running gateway's memory): one
 * `pg` query compares TypeORM's `migrations` table with this build's list. A missing name still goes to
 * TypeORM. Here TypeORM is replaced by a module that throws when loaded, so any load shows.
 */
describe('migrations: the fast check', () => {
  const url = process.env.DATABASE_URL as string;
  const singleSession = Number(process.env.DATABASE_POOL_SIZE ?? 4) < 2;
  const o = { url, timeoutMs: 5000, singleSession };
  const last = (MIGRATIONS[MIGRATIONS.length - 1] as { name: string }).name;

  function withoutTypeorm(): typeof Migrations {
    let m: typeof Migrations | undefined;
    jest.isolateModules(() => {
      jest.doMock('typeorm', () => {
        throw new Error('typeorm was loaded');
      });
      m = jest.requireActual<typeof Migrations>('../../src/database/migrations');
    });
    return m as typeof Migrations;
  }

  async function sql(text: string): Promise<void> {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  }

  beforeAll(async () => {
    const real = jest.requireActual<typeof Migrations>('../../src/database/migrations');
    await real.runMigrations(o);
  });

  it('answers "nothing pending" and runs nothing without loading TypeORM when every migration is applied', async () => {
    const m = withoutTypeorm();
    expect(await m.hasPendingMigrations(o)).toBe(false);
    expect(await m.runMigrations(o)).toEqual([]);
  });

  it('hands over to TypeORM when one migration of this build is missing from the table', async () => {
    await sql(`UPDATE migrations SET name = name || '-renamed' WHERE name = '${last}'`);
    try {
      const m = withoutTypeorm();
      await expect(m.hasPendingMigrations(o)).rejects.toThrow('typeorm was loaded');
      await expect(m.runMigrations(o)).rejects.toThrow('typeorm was loaded');
    } finally {
      await sql(`UPDATE migrations SET name = '${last}' WHERE name = '${last}-renamed'`);
    }
    expect(await withoutTypeorm().hasPendingMigrations(o)).toBe(false);
  });
});
