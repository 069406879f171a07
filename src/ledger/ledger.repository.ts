import { Injectable } from '@nestjs/common';
import { escapeLiteral, type QueryResult } from 'pg';
import {
  appendLeafHashes,
  compactRangeOf,
  encodeLeaf,
  EMPTY_RANGE,
  LedgerStore,
  parseCompactRange,
  serializeCompactRange,
  type CompactRange,
  type EncodedLeaf,
  type LedgerEntryInput,
} from '@libs/ledger';
import { actAsTenant, Database } from '../database/database';

interface Planned {
  t: string;
  start: number;
  items: LedgerEntryInput[];
  leaves: EncodedLeaf[];
  next: CompactRange;
}

function leafValues(l: EncodedLeaf): string {
  return `${escapeLiteral(l.tenant)}, ${l.seq}::bigint, ${escapeLiteral(l.kind)}, ${l.requestId === null ? 'NULL::text' : escapeLiteral(l.requestId)}, ${escapeLiteral(l.ts.toISOString())}::timestamptz, decode('${l.leaf.toString('hex')}', 'hex'), decode('${l.leafHash.toString('hex')}', 'hex')`;
}

/**
 * The rows to insert, one per row of `h` (the head's update: one row if it worked, none if not). A single
 * entry, the usual batch at low rates, is selected straight from `h`: no VALUES list and no EXISTS
 * sub-plan, about 20 % less server time per entry in PGlite (250 against 310 µs).
 */
function rowsIfAdvanced(leaves: readonly EncodedLeaf[]): string {
  if (leaves.length === 1) return `SELECT ${leafValues(leaves[0] as EncodedLeaf)} FROM h`;
  return `SELECT v.* FROM (VALUES ${leaves.map((l) => `(${leafValues(l)})`).join(',')}) AS v WHERE EXISTS (SELECT 1 FROM h)`;
}

/**
 * The ledger on PostgreSQL: one RFC 6962 log per tenant, one round trip per batch. The process remembers
 * each tenant's head (size and compact range); a batch is one transaction in which, per tenant, a single
 * statement advances `ledger_head` (size and frontier) from the remembered size and inserts the entries
 * only if that succeeded (compare-and-set). If another process moved the head meanwhile, that tenant's
 * statement changes nothing, and its entries go again in a second transaction that first locks the head
 * rows (two round trips, always succeeds). An aborted batch changes nothing at all: no gap, no orphan, no fork.
 */
interface HeadRow {
  tenant_id: string;
  size: string;
  frontier: string | null;
}

/**
 * One named statement per tenant (`t0`, `t1`, … in plan order), sent in one round trip; each is preceded by
 * `a<i>`, which makes row-level security accept that tenant's rows only (a batch spans tenants).
 */
function inserts(planned: readonly Planned[]): Record<string, string> {
  return Object.fromEntries(
    planned.flatMap((p, i) => [[`a${i}`, actAsTenant(p.t)], [`t${i}`, insertStatement(p)], ...companionStatements(p, i)]),
  );
}

/**
 * The companions of a tenant's entries (`c<i>_<k>_<j>`: tenant, entry, statement), after its insert. Each is
 * guarded by its own entry's row, so when the compare-and-set failed (nothing inserted) they change nothing,
 * and they run again with the entries in the locked round.
 */
function companionStatements(p: Planned, i: number): [string, string][] {
  const out: [string, string][] = [];
  p.items.forEach((input, k) => {
    const leaf = p.leaves[k] as EncodedLeaf;
    const written = `EXISTS (SELECT 1 FROM ledger_entry WHERE tenant_id = ${escapeLiteral(leaf.tenant)} AND seq = ${leaf.seq} AND leaf_hash = decode('${leaf.leafHash.toString('hex')}', 'hex'))`;
    input.companion?.statements(leaf.seq, written).forEach((sql, j) => out.push([`c${i}_${k}_${j}`, sql]));
  });
  return out;
}

/** Per tenant: advance the head from the remembered size (compare-and-set) and insert only if that worked. */
function insertStatement({ t, start, leaves, next }: Planned): string {
  return `WITH h AS (UPDATE ledger_head SET size = ${next.size}, frontier = ${escapeLiteral(serializeCompactRange(next))}, updated_at = now()
                  WHERE tenant_id = ${escapeLiteral(t)} AND size = ${start} RETURNING 1)
    INSERT INTO ledger_entry (tenant_id, seq, kind, request_id, created_at, leaf, leaf_hash)
    ${rowsIfAdvanced(leaves)}`;
}

function companionResults(results: Record<string, QueryResult>, prefix: string): QueryResult[] {
  const out: QueryResult[] = [];
  for (let j = 0; results[`${prefix}${j}`] !== undefined; j++) out.push(results[`${prefix}${j}`] as QueryResult);
  return out;
}

@Injectable()
export class LedgerRepository extends LedgerStore {
  private readonly heads = new Map<string, CompactRange>();
  /** Tenants whose log moved since the checkpointer last asked. */
  private readonly moved = new Set<string>();

  constructor(private readonly db: Database) {
    super();
  }

  async appendBatch(inputs: readonly LedgerEntryInput[]): Promise<EncodedLeaf[]> {
    const byTenant = new Map<string, LedgerEntryInput[]>();
    for (const i of inputs) {
      const list = byTenant.get(i.tenant);
      if (list) list.push(i);
      else byTenant.set(i.tenant, [i]);
    }
    const done = new Map<LedgerEntryInput, EncodedLeaf>();
    const tenants = [...byTenant.keys()].sort();
    try {
      const unknown = tenants.filter((t) => !this.heads.has(t));
      if (unknown.length > 0) await this.loadHeads(unknown);
      const optimistic = this.plan(tenants, byTenant);
      const results = await this.db.script(inserts(optimistic));
      const conflicted = this.settle(optimistic, results, done);
      if (conflicted.length > 0) await this.lockedRound(conflicted, byTenant, done);
    } catch (err) {
      for (const t of byTenant.keys()) this.heads.delete(t); // state unknown after a failure: re-read next time
      throw err;
    }
    return inputs.map((i) => done.get(i) as EncodedLeaf);
  }

  /** Tenants appended to since the last call (for the checkpoint writer). */
  takeMovedTenants(): string[] {
    const out = [...this.moved];
    this.moved.clear();
    return out;
  }

  markMoved(tenant: string): void {
    this.moved.add(tenant);
  }

  /** Encodes each tenant's entries on top of its remembered head. */
  private plan(tenants: readonly string[], byTenant: Map<string, LedgerEntryInput[]>): Planned[] {
    const ts = new Date();
    return tenants.map((t) => {
      const head = this.heads.get(t) as CompactRange;
      const items = byTenant.get(t) as LedgerEntryInput[];
      const leaves = items.map((input, i) => encodeLeaf(input, head.size + i, ts));
      return {
        t,
        start: head.size,
        items,
        leaves,
        next: appendLeafHashes(
          head,
          leaves.map((l) => l.leafHash),
        ),
      };
    });
  }

  /** Records the tenants whose statement inserted its rows; returns those whose head had moved. */
  private settle(planned: readonly Planned[], results: Record<string, QueryResult>, done: Map<LedgerEntryInput, EncodedLeaf>): string[] {
    const conflicted: string[] = [];
    planned.forEach(({ t, items, leaves, next }, i) => {
      if (results[`t${i}`]?.rowCount === leaves.length) {
        this.heads.set(t, next);
        this.moved.add(t);
        items.forEach((input, k) => {
          done.set(input, leaves[k] as EncodedLeaf);
          if (input.companion) input.companion.results = companionResults(results, `c${i}_${k}_`);
        });
      } else {
        this.heads.delete(t);
        conflicted.push(t);
      }
    });
    return conflicted;
  }

  /** The slow path after a conflict: lock the head rows, re-encode on the locked heads, write, commit. */
  private async lockedRound(
    tenants: string[],
    byTenant: Map<string, LedgerEntryInput[]>,
    done: Map<LedgerEntryInput, EncodedLeaf>,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      const sorted = [...tenants].sort();
      const locked = await tx.script(
        Object.fromEntries(
          sorted.flatMap((t, i) => [
            [`a${i}`, actAsTenant(t)],
            [`h${i}`, `SELECT tenant_id, size, frontier FROM ledger_head WHERE tenant_id = ${escapeLiteral(t)} FOR UPDATE`],
          ]),
        ),
      );
      await this.rememberHeads(sorted.flatMap((_, i) => (locked[`h${i}`]?.rows ?? []) as HeadRow[]));
      const planned = this.plan(tenants, byTenant);
      const results = await tx.script(inserts(planned));
      if (this.settle(planned, results, done).length > 0) throw new Error('ledger head moved under a row lock');
    });
  }

  private async loadHeads(tenants: string[]): Promise<void> {
    const heads = await this.db.script(
      Object.fromEntries(
        tenants.flatMap((t, i) => [
          [`a${i}`, actAsTenant(t)],
          [`c${i}`, `INSERT INTO ledger_head (tenant_id, size) VALUES (${escapeLiteral(t)}, 0) ON CONFLICT (tenant_id) DO NOTHING`],
          [`h${i}`, `SELECT tenant_id, size, frontier FROM ledger_head WHERE tenant_id = ${escapeLiteral(t)}`],
        ]),
      ),
    );
    await this.rememberHeads(tenants.flatMap((_, i) => (heads[`h${i}`]?.rows ?? []) as HeadRow[]));
  }

  private async rememberHeads(rows: readonly HeadRow[]): Promise<void> {
    for (const r of rows) {
      const size = Number(r.size);
      let range = r.frontier ? parseCompactRange(r.frontier) : EMPTY_RANGE;
      if (range.size !== size) range = await this.rebuildFrontier(r.tenant_id, size);
      this.heads.set(r.tenant_id, range);
    }
  }

  /**
   * A head written before frontiers existed: rebuild the compact range from the stored leaf hashes once
   * (committed, immutable rows: reading them outside a held head lock is safe).
   */
  private async rebuildFrontier(tenantId: string, size: number): Promise<CompactRange> {
    const rows = await this.db
      .forTenant(tenantId)
      .many<{ leaf_hash: Buffer }>('SELECT leaf_hash FROM ledger_entry WHERE tenant_id = $1 AND seq < $2 ORDER BY seq', [tenantId, size]);
    if (rows.length !== size) throw new Error(`ledger of tenant has ${rows.length} entries below head ${size}`);
    return compactRangeOf(rows.map((r) => r.leaf_hash));
  }
}
