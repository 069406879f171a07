import { encodeLeaf, type EncodedLeaf, type LedgerEntryInput } from './leaf';
import { GroupCommitAppender, LedgerQueueFullError } from './group-commit';
import { LedgerStore } from './store';

/** An in-memory store that records each batch, to observe grouping (the real store is tested on PostgreSQL). */
class RecordingStore extends LedgerStore {
  batches: number[] = [];
  failNext = false;
  private heads = new Map<string, number>();
  async appendBatch(inputs: readonly LedgerEntryInput[]): Promise<EncodedLeaf[]> {
    this.batches.push(inputs.length);
    await new Promise((r) => setTimeout(r, 5));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('db down');
    }
    return inputs.map((i) => {
      const seq = this.heads.get(i.tenant) ?? 0;
      this.heads.set(i.tenant, seq + 1);
      return encodeLeaf(i, seq, new Date(0));
    });
  }
}

const entry = (tenant: string): LedgerEntryInput => ({ tenant, kind: 'routing_decision', requestId: null, body: {} });

describe('GroupCommitAppender', () => {
  it('groups concurrent appends into few batches and keeps per-tenant order', async () => {
    const store = new RecordingStore();
    const appender = new GroupCommitAppender(store, { maxBatch: 100, maxQueue: 1000 });
    const leaves = await Promise.all(Array.from({ length: 50 }, () => appender.append(entry('a'))));
    expect(leaves.map((l) => l.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(store.batches.length).toBeLessThanOrEqual(2);
    expect(store.batches.reduce((a, b) => a + b, 0)).toBe(50);
  });

  it('respects maxBatch', async () => {
    const store = new RecordingStore();
    const appender = new GroupCommitAppender(store, { maxBatch: 10, maxQueue: 1000 });
    await Promise.all(Array.from({ length: 35 }, () => appender.append(entry('a'))));
    expect(Math.max(...store.batches)).toBeLessThanOrEqual(10);
  });

  it('rejects every entry of a failed batch and recovers for the next', async () => {
    const store = new RecordingStore();
    const appender = new GroupCommitAppender(store, { maxBatch: 100, maxQueue: 1000 });
    store.failNext = true;
    await expect(appender.append(entry('a'))).rejects.toThrow('db down');
    await expect(appender.append(entry('a'))).resolves.toMatchObject({ seq: 0 });
  });

  it('refuses when the queue is full instead of growing without bound', async () => {
    const store = new RecordingStore();
    const appender = new GroupCommitAppender(store, { maxBatch: 1, maxQueue: 2 });
    const first = appender.append(entry('a'));
    const queued = [appender.append(entry('a')), appender.append(entry('a'))];
    await expect(appender.append(entry('a'))).rejects.toBeInstanceOf(LedgerQueueFullError);
    await Promise.all([first, ...queued]);
  });
});
