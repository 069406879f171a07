import { Controller, Get, Query, Req, UseGuards } from '@nestjs/common';
import { GatewayError } from '@libs/core';
import { consolePages, permissionsOf, PLATFORM_LOG } from '@libs/auth';
import { decisionView, matchesFilter, overview, type DecisionFilter } from '@libs/pipeline';
import { GatewayAuthGuard, Requires } from '../auth/auth.guard';
import type { GatewayRequest } from '../common/request-context';
import { TenantsService } from '../tenants/tenants.service';
import { ConsoleRepository } from './console.repository';

const TENANT_RE = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const FILTER_RE = /^[A-Za-z0-9_.:/-]{1,100}$/;
const DAY_MS = 86400e3;
/** How many decisions one read scans at most: the console shows recent traffic, exports cover the rest. */
const SCAN_LIMIT = 5000;
const OVERVIEW_SCAN_LIMIT = 20000;

function time(v: unknown, name: string, dflt: Date): Date {
  if (v === undefined || v === '') return dflt;
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  if (Number.isNaN(t)) throw new GatewayError('invalid_request', `${name} must be an ISO 8601 time.`, name);
  // PostgreSQL's timestamps end where JavaScript's do not (year 294276): keep to years 1970-9999.
  if (t < 0 || t >= Date.UTC(10000, 0, 1)) throw new GatewayError('invalid_request', `${name} must be between 1970 and 9999.`, name);
  return new Date(t);
}

function int(v: unknown, name: string, dflt: number, min: number, max: number): number {
  if (v === undefined || v === '') return dflt;
  const n = typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : NaN;
  if (!(n >= min && n <= max)) throw new GatewayError('invalid_request', `${name} must be an integer from ${min} to ${max}.`, name);
  return n;
}

function filterOf(q: Record<string, unknown>): DecisionFilter {
  const f: DecisionFilter = {};
  for (const k of ['level', 'category', 'provider', 'rule', 'status'] as const) {
    const v = q[k];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string' || !FILTER_RE.test(v)) throw new GatewayError('invalid_request', `${k} must be an id.`, k);
    f[k] = v;
  }
  return f;
}

/**
 * The console's read endpoints (issue 18). Tenant-scoped callers see their own tenant only (another
 * tenant is 404, as everywhere); platform-scoped callers see one tenant or all. Responses carry metadata
 * from the ledger (see libs/pipeline/decision-view.ts), never request or response content.
 */
@Controller('admin')
export class ConsoleController {
  constructor(
    private readonly repo: ConsoleRepository,
    private readonly tenants: TenantsService,
  ) {}

  /** Who the credential is: what the console needs to show only the pages its roles allow. */
  @Get('whoami')
  @UseGuards(GatewayAuthGuard)
  async whoami(@Req() req: GatewayRequest) {
    const p = req.principal;
    if (!p) throw new GatewayError('unauthorized', 'Missing credentials.');
    const scope = p.tenant?.id ?? null;
    const pages = consolePages(p.roles);
    // A platform credential that opens no page (a service key) learns no other tenant's id.
    const blind = scope === null && pages.length === 0;
    const tenants = blind ? [] : (await this.tenants.repository.listTenants(scope)).map((t) => t.id);
    return {
      actor: p.actor,
      via: p.via,
      roles: p.roles,
      tenant: scope,
      permissions: [...permissionsOf(p.roles)].sort(),
      pages,
      // The logs this caller may read: its tenant's, or every tenant's and the platform's own.
      tenants: scope === null && !blind ? [...tenants, PLATFORM_LOG] : tenants,
    };
  }

  @Get('decisions')
  @Requires('audit:read')
  async decisions(@Req() req: GatewayRequest, @Query() q: Record<string, unknown>) {
    const tenant = await this.scope(req, q.tenant);
    const to = time(q.to, 'to', new Date(Date.now() + 60e3));
    const from = time(q.from, 'from', new Date(to.getTime() - 7 * DAY_MS));
    const limit = int(q.limit, 'limit', 100, 1, 500);
    const filter = filterOf(q);
    const records = await this.repo.decisions(tenant, from, to, SCAN_LIMIT);
    const data = records
      .map(decisionView)
      .filter((v) => matchesFilter(v, filter))
      .slice(0, limit);
    return { object: 'list', data, scanned: records.length, truncated: records.length >= SCAN_LIMIT };
  }

  @Get('overview')
  @Requires('audit:read')
  async overview(@Req() req: GatewayRequest, @Query() q: Record<string, unknown>) {
    const tenant = await this.scope(req, q.tenant);
    const days = int(q.days, 'days', 7, 1, 90);
    const to = new Date(Date.now() + 60e3);
    const from = new Date(to.getTime() - days * DAY_MS);
    const records = await this.repo.decisions(tenant, from, to, OVERVIEW_SCAN_LIMIT);
    return {
      tenant,
      from: from.toISOString(),
      to: to.toISOString(),
      truncated: records.length >= OVERVIEW_SCAN_LIMIT,
      ...overview(records.map(decisionView)),
    };
  }

  /** Checkpoint history of one log (the platform's own with `_platform`). */
  @Get('checkpoints')
  @Requires('audit:read')
  async checkpoints(@Req() req: GatewayRequest, @Query() q: Record<string, unknown>) {
    const own = req.principal?.tenant?.id ?? null;
    const tenant = q.tenant === PLATFORM_LOG && own === null ? PLATFORM_LOG : await this.scope(req, q.tenant);
    if (tenant === null) throw new GatewayError('invalid_request', 'tenant is required for platform keys.', 'tenant');
    const limit = int(q.limit, 'limit', 50, 1, 500);
    return { object: 'list', tenant, data: await this.repo.checkpoints(tenant, limit) };
  }

  /** The tenant a read covers: a tenant-scoped caller's own (another is 404); platform scope: the one asked, or all (null). */
  private async scope(req: GatewayRequest, asked: unknown): Promise<string | null> {
    const own = req.principal?.tenant?.id ?? null;
    if (asked === undefined || asked === '') return own;
    if (typeof asked !== 'string' || !TENANT_RE.test(asked))
      throw new GatewayError('invalid_request', 'tenant must be a tenant id.', 'tenant');
    if ((own !== null && asked !== own) || !(await this.tenants.findTenant(asked))) throw new GatewayError('not_found', 'No such tenant.');
    return asked;
  }
}
