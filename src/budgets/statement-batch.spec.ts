import type { QueryResult } from 'pg';
import type { Database } from '../database/database';
import { StatementBatch } from './statement-batch';

/** A Database whose script() records each round trip and answers every statement with rowCount = its index. */
function fakeDb(fail = false) {
  const trips: Record<string, string>[] = [];
  let release: () => void = () => undefined;
  const db = {
    script: (s: Record<string, string>) => {
      trips.push(s);
      return new Promise<Record<string, QueryResult>>((resolve, reject) => {
        release = () =>
          fail
            ? reject(new Error('connection lost'))
            : resolve(Object.fromEntries(Object.keys(s).map((k, i) => [k, { rowCount: i } as QueryResult])));
      });
    },
  };
  return { db: db as unknown as Database, trips, release: () => release() };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('StatementBatch', () => {
  it('sends work queued during a round trip together in the next, in tenant order, each under its tenant', async () => {
    const f = fakeDb();
    const batch = new StatementBatch(f.db);
    const first = batch.run('t-b', ['S1']);
    const later = [batch.run('t-c', ['S2']), batch.run('t-a', ['S3', 'S4']), batch.run('t-c', ['S5'])];
    expect(f.trips).toHaveLength(1);
    f.release();
    await first;
    await flush();
    expect(f.trips).toHaveLength(2); // the three waiting items went in one round trip
    const second = f.trips[1] as Record<string, string>;
    expect(Object.values(second)).toEqual([
      expect.stringContaining("'t-a'"),
      'S3',
      'S4',
      expect.stringContaining("'t-c'"),
      'S2',
      expect.stringContaining("'t-c'"),
      'S5',
    ]);
    f.release();
    const [c1, a, c2] = await Promise.all(later);
    // Each item gets its own statements' results back.
    expect(a?.map((r) => r.rowCount)).toEqual([1, 2]);
    expect(c1?.map((r) => r.rowCount)).toEqual([4]);
    expect(c2?.map((r) => r.rowCount)).toEqual([6]);
  });

  it('fails every item of a failed round trip', async () => {
    const f = fakeDb(true);
    const batch = new StatementBatch(f.db);
    const one = batch.run('t-a', ['S1']);
    f.release();
    await expect(one).rejects.toThrow('connection lost');
    const two = [batch.run('t-a', ['S2']), batch.run('t-b', ['S3'])];
    f.release(); // the first went alone; the second waits for the next round trip
    await expect(two[0]).rejects.toThrow('connection lost');
    await flush();
    f.release();
    await expect(two[1]).rejects.toThrow('connection lost');
  });

  it('retries each item alone when the server refused the batch (a deadlock), and fails only the item that fails alone', async () => {
    const calls: string[][] = [];
    const db = {
      script: (script: Record<string, string>) => {
        const statements = Object.entries(script)
          .filter(([k]) => k.startsWith('s'))
          .map(([, v]) => v);
        calls.push(statements);
        if (statements.length > 1) return Promise.reject(Object.assign(new Error('deadlock detected'), { code: '40P01' }));
        if (statements[0] === 'BAD') return Promise.reject(Object.assign(new Error('check violation'), { code: '23514' }));
        return Promise.resolve(Object.fromEntries(Object.keys(script).map((k) => [k, { rowCount: 1 } as QueryResult])));
      },
    } as unknown as Database;
    const batch = new StatementBatch(db);
    const first = batch.run('t-a', ['FIRST']); // alone in its batch
    const [ok, bad] = [batch.run('t-a', ['OK']), batch.run('t-b', ['BAD'])]; // together in the next
    await expect(first).resolves.toHaveLength(1);
    await expect(ok).resolves.toEqual([{ rowCount: 1 }]);
    await expect(bad).rejects.toThrow('check violation');
    expect(calls).toEqual([['FIRST'], ['OK', 'BAD'], ['OK'], ['BAD']]);
  });

  it('does not retry when the database could not be reached (every item fails at once, closed)', async () => {
    let calls = 0;
    const db = {
      script: () => {
        calls++;
        return Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
      },
    } as unknown as Database;
    const batch = new StatementBatch(db);
    const first = batch.run('t-a', ['S1']);
    const rest = [batch.run('t-a', ['S2']), batch.run('t-b', ['S3'])];
    await expect(first).rejects.toThrow('ECONNREFUSED');
    for (const p of rest) await expect(p).rejects.toThrow('ECONNREFUSED');
    expect(calls).toBe(2);
  });
});
