import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { GatewayError } from '@libs/core';
import { PLATFORM_LOG } from '@libs/auth';
import { inclusionProof, rootOf, verifyInclusion } from '@libs/ledger';
import { Requires } from '../auth/auth.guard';
import type { GatewayRequest } from '../common/request-context';
import { AuditExportService } from './audit-export.service';
import { AuditRepository } from './audit.repository';
import { CheckpointService } from './checkpoint.service';
import { LedgerService } from './ledger.service';
import { LEDGER_KEYS } from './ledger.tokens';
import type { LedgerKeys } from './ledger-keys';

const TENANT_RE = /^[a-z0-9][a-z0-9_-]{0,62}$/;

function time(v: unknown, name: string): Date | null {
  if (v === undefined || v === '') return null;
  const d = typeof v === 'string' ? new Date(v) : new Date(NaN);
  if (Number.isNaN(d.getTime())) throw new GatewayError('invalid_request', `${name} must be an ISO 8601 time.`, name);
  return d;
}

function int(v: unknown, name: string, dflt: number, max = Number.MAX_SAFE_INTEGER): number {
  if (v === undefined || v === '') return dflt;
  const n = typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n > max)
    throw new GatewayError('invalid_request', `${name} must be an integer between 0 and ${max}.`, name);
  return n;
}

/**
 * The audit trail over HTTP (SPEC §7): compliance keys of a tenant read that tenant's log; platform
 * auditors read any tenant's. Another tenant's log is 404, as if it did not exist.
 */
@Controller('v1/audit')
export class AuditController {
  constructor(
    private readonly audit: AuditRepository,
    private readonly exporter: AuditExportService,
    private readonly checkpoints: CheckpointService,
    private readonly ledger: LedgerService,
    @Inject(LEDGER_KEYS) private readonly keys: LedgerKeys,
  ) {}

  private async tenantOf(req: GatewayRequest, asked: unknown): Promise<string> {
    const own = req.principal?.tenant?.id ?? null;
    if (asked !== undefined && (typeof asked !== 'string' || !(TENANT_RE.test(asked) || asked === PLATFORM_LOG))) {
      throw new GatewayError('invalid_request', 'tenant must be a tenant id.', 'tenant');
    }
    const tenant = (asked as string | undefined) ?? own;
    if (!tenant) throw new GatewayError('invalid_request', 'tenant is required for platform keys.', 'tenant');
    if (own && tenant !== own) throw new GatewayError('not_found', 'No such tenant log.');
    if (tenant !== PLATFORM_LOG && !(await this.audit.tenantExists(tenant))) throw new GatewayError('not_found', 'No such tenant log.');
    return tenant;
  }

  /** Who read or exported which tenant's entries is itself on the record, before anything leaves (fail closed). */
  private async recordRead(req: GatewayRequest, tenant: string, body: Record<string, unknown>): Promise<void> {
    await this.ledger.append({
      tenant,
      kind: 'export_event',
      requestId: req.id,
      body: { actor: req.principal?.actor, key_id: req.principal?.keyId, roles: req.principal?.roles, ...body },
    });
  }

  @Get('public-key')
  @Requires('audit:read')
  publicKey(@Res() res: Response): void {
    res.type('text/plain').send(this.keys.vkey + '\n');
  }

  @Get('checkpoint')
  @Requires('audit:read')
  async checkpoint(@Req() req: GatewayRequest, @Query('tenant') tenant: unknown) {
    const t = await this.tenantOf(req, tenant);
    const cp = await this.checkpoints.checkpoint(t);
    if (!cp)
      return { origin: this.checkpoints.origin(t), tree_size: 0, root_hash: rootOf({ size: 0, hashes: [] }).toString('hex'), note: null };
    return { origin: this.checkpoints.origin(t), tree_size: cp.treeSize, root_hash: cp.rootHash.toString('hex'), note: cp.note };
  }

  @Get('entries')
  @Requires('audit:read')
  async entries(@Req() req: GatewayRequest, @Query() q: Record<string, unknown>) {
    const t = await this.tenantOf(req, q.tenant);
    const limit = int(q.limit, 'limit', 100, 1000);
    const after = q.cursor === undefined ? -1 : int(q.cursor, 'cursor', 0);
    const kind = typeof q.kind === 'string' && q.kind !== '' ? q.kind : undefined;
    const from = time(q.from, 'from');
    const to = time(q.to, 'to');
    await this.recordRead(req, t, { action: 'read_entries', kind, after, limit, from: from?.toISOString(), to: to?.toISOString() });
    const range = await this.audit.seqRangeForTime(t, from, to);
    if (!range) return { object: 'list', data: [], next_cursor: null };
    const rows = await this.audit.entries(t, Math.max(range[0], after + 1), range[1], limit + 1, kind);
    const page = rows.slice(0, limit);
    return {
      object: 'list',
      data: page.map((e) => ({
        seq: e.seq,
        kind: e.kind,
        request_id: e.requestId,
        created_at: e.createdAt.toISOString(),
        leaf: JSON.parse(e.leaf.toString('utf8')) as unknown,
        leaf_hash: e.leafHash.toString('hex'),
      })),
      next_cursor: rows.length > limit ? String(page[page.length - 1]?.seq) : null,
    };
  }

  @Get('entries/:seq/proof')
  @Requires('audit:read')
  async proof(@Req() req: GatewayRequest, @Param('seq') seqParam: string, @Query() q: Record<string, unknown>) {
    const t = await this.tenantOf(req, q.tenant);
    const seq = int(seqParam, 'seq', 0);
    const cp = await this.checkpoints.checkpoint(t);
    const latest = cp?.treeSize ?? 0;
    const size = int(q.tree_size, 'tree_size', latest);
    if (size > latest || seq >= size) throw new GatewayError('not_found', 'No such entry in a tree of that size.');
    const hashes = await this.audit.leafHashes(t, size);
    const proof = inclusionProof(seq, size, hashes);
    const leafHash = hashes[seq] as Buffer;
    const root = (await this.audit.checkpoints(t, size)).find((c) => c.treeSize === size);
    return {
      seq,
      leaf_hash: leafHash.toString('hex'),
      tree_size: size,
      proof: proof.map((h) => h.toString('hex')),
      checkpoint: root
        ? {
            root_hash: root.rootHash.toString('hex'),
            note: root.note,
            verified: verifyInclusion(seq, size, leafHash, proof, root.rootHash),
          }
        : null,
    };
  }

  @Get('export')
  @Requires('audit:read')
  async export(@Req() req: GatewayRequest, @Res() res: Response, @Query() q: Record<string, unknown>): Promise<void> {
    const t = await this.tenantOf(req, q.tenant);
    const format = q.format === undefined || q.format === 'jsonl' ? 'jsonl' : q.format === 'csv' ? 'csv' : null;
    if (!format) throw new GatewayError('invalid_request', 'format must be jsonl or csv.', 'format');
    const from = time(q.from, 'from');
    const to = time(q.to, 'to');
    await this.recordRead(req, t, { action: 'export', format, from: from?.toISOString(), to: to?.toISOString() });
    res.status(200).type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="ledger-${t}.${format}"`);
    const sep = format === 'csv' ? '\r\n' : '\n';
    for await (const line of this.exporter.lines({ tenant: t, format, from, to })) {
      if (!res.write(line + sep)) await new Promise((r) => res.once('drain', r));
    }
    res.end();
  }
}
