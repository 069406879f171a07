import type { EncodedLeaf, LedgerEntryInput } from './leaf';
import type { LedgerStore } from './store';

export interface GroupCommitOptions {
  /** Most entries per transaction. */
  maxBatch: number;
  /** Most entries waiting; beyond it append() rejects at once (back-pressure instead of unbounded memory). */
  maxQueue: number;
  /** Called after each batch, for metrics. */
  onBatch?: (size: number, ms: number, ok: boolean) => void;
}

interface Pending {
  input: LedgerEntryInput;
  resolve: (leaf: EncodedLeaf) => void;
  reject: (err: unknown) => void;
}

export class LedgerQueueFullError extends Error {
  constructor() {
    super('ledger append queue is full');
  }
}

/**
 * Group commit: while one batch is in flight, new appends wait and go together in the next transaction,
 * so concurrency raises throughput instead of queueing round trips. One batch in flight per process keeps
 * a tenant's entries in arrival order. An append resolves only after its batch committed.
 */
export class GroupCommitAppender {
  private queue: Pending[] = [];
  private inFlight = false;

  constructor(
    private readonly store: LedgerStore,
    private readonly opts: GroupCommitOptions = { maxBatch: 500, maxQueue: 20000 },
  ) {}

  append(input: LedgerEntryInput): Promise<EncodedLeaf> {
    if (this.queue.length >= this.opts.maxQueue) return Promise.reject(new LedgerQueueFullError());
    return new Promise<EncodedLeaf>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      if (!this.inFlight) void this.drain();
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Resolves when everything queued so far has been committed or failed. */
  async flush(): Promise<void> {
    while (this.inFlight || this.queue.length > 0) {
      await new Promise((r) => setImmediate(r));
    }
  }

  private async drain(): Promise<void> {
    this.inFlight = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.opts.maxBatch);
        const started = performance.now();
        try {
          const leaves = await this.store.appendBatch(batch.map((p) => p.input));
          this.opts.onBatch?.(batch.length, performance.now() - started, true);
          for (let i = 0; i < batch.length; i++) (batch[i] as Pending).resolve(leaves[i] as EncodedLeaf);
        } catch (err) {
          this.opts.onBatch?.(batch.length, performance.now() - started, false);
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      this.inFlight = false;
    }
  }
}
