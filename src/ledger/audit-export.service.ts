import { Injectable } from '@nestjs/common';
import {
  checkpointLine,
  consistencyLine,
  consistencyProof,
  csvHeaderLine,
  csvRow,
  entryLine,
  headerLine,
  inclusionProof,
  memoizedSubtrees,
  type ExportMode,
} from '@libs/ledger';
import { AuditRepository, type StoredCheckpoint } from './audit.repository';
import { CheckpointService } from './checkpoint.service';

export interface ExportRequest {
  tenant: string;
  format: 'jsonl' | 'csv';
  /** Time range (partial mode); both null = the whole log (full mode). */
  from: Date | null;
  to: Date | null;
}

const PAGE = 5000;

/**
 * `ledger-export/v1` (SPEC §7). Full mode: every entry 0..N-1, each stored checkpoint after the entry it
 * seals, a fresh signed checkpoint at N last, and a consistency proof from the previous checkpoint to N.
 * Partial mode: the contiguous seq range of the time window, each entry with its inclusion proof in N.
 */
@Injectable()
export class AuditExportService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly checkpoints: CheckpointService,
  ) {}

  async *lines(req: ExportRequest): AsyncGenerator<string> {
    const final = await this.checkpoints.checkpoint(req.tenant);
    const size = final?.treeSize ?? 0;
    const partial = req.from !== null || req.to !== null;
    let [lo, hi] = [0, size];
    if (partial) {
      const range = await this.audit.seqRangeForTime(req.tenant, req.from, req.to);
      [lo, hi] = range ? [range[0], Math.min(range[1], size)] : [0, 0];
    }
    if (req.format === 'csv') {
      yield csvHeaderLine();
      for await (const e of this.pages(req.tenant, lo, hi)) yield csvRow({ leaf: e.leaf, leafHash: e.leafHash });
      return;
    }
    const mode: ExportMode = partial ? 'partial' : 'full';
    const origin = this.checkpoints.origin(req.tenant);
    yield headerLine({ origin, tenant: req.tenant, mode });
    if (size === 0 || !final) return;
    const hashes = memoizedSubtrees(await this.audit.leafHashes(req.tenant, size));
    const stored = partial
      ? []
      : (await this.audit.checkpoints(req.tenant, size)).filter((c) => c.treeSize < size && this.checkpoints.isOurs(c));
    let next = 0;
    for await (const e of this.pages(req.tenant, lo, hi)) {
      const inclusion = partial ? { treeSize: size, proof: inclusionProof(e.seq, size, hashes) } : undefined;
      yield entryLine({ seq: e.seq, leaf: e.leaf, leafHash: e.leafHash, inclusion });
      while (next < stored.length && (stored[next] as StoredCheckpoint).treeSize === e.seq + 1)
        yield this.cpLine(req.tenant, stored[next++] as StoredCheckpoint);
    }
    yield this.cpLine(req.tenant, final);
    const prev = stored[stored.length - 1];
    if (prev)
      yield consistencyLine({
        size1: prev.treeSize,
        root1: prev.rootHash,
        size2: size,
        proof: consistencyProof(prev.treeSize, size, hashes),
      });
  }

  private cpLine(tenant: string, c: StoredCheckpoint): string {
    return checkpointLine({ origin: this.checkpoints.origin(tenant), treeSize: c.treeSize, rootHash: c.rootHash, note: c.note });
  }

  private async *pages(tenant: string, lo: number, hi: number) {
    for (let from = lo; from < hi; from += PAGE) {
      for (const e of await this.audit.entries(tenant, from, Math.min(hi, from + PAGE), PAGE)) yield e;
    }
  }
}
