import { Controller, Get, Param, Req } from '@nestjs/common';
import { DATA_LEVELS, GatewayError, levelRank, type DataLevel } from '@libs/core';
import { evaluate, resolveRoute, type PolicyBundle } from '@libs/policy';
import { Requires } from '../auth/auth.guard';
import type { GatewayRequest } from '../common/request-context';
import { PolicyService } from '../policy/policy.service';
import type { Tenant } from '../tenants/tenants.repository';

interface ModelEntry {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
  permitted_levels: DataLevel[];
  capabilities?: string[];
  /** For a route or alias: the route it names. */
  route?: string;
}

/** Per provider, the data levels at which policy permits it for this tenant (all providers for platform keys). */
function permittedLevels(bundle: PolicyBundle, tenant: Tenant | null): Map<string, DataLevel[]> {
  const levels = DATA_LEVELS.filter((l) => !tenant || levelRank(l) >= levelRank(tenant.floor));
  const out = new Map<string, DataLevel[]>();
  for (const level of levels) {
    const d = tenant ? evaluate(bundle, { level, categories: [], tenantRegion: tenant.region, now: new Date() }) : null;
    for (const p of bundle.providers) if (!d || d.permitted.includes(p.id)) out.set(p.id, [...(out.get(p.id) ?? []), level]);
  }
  return out;
}

function modelEntries(bundle: PolicyBundle, levels: Map<string, DataLevel[]>): ModelEntry[] {
  return bundle.providers.flatMap((p) => {
    const lv = levels.get(p.id);
    if (!lv) return [];
    return p.models.map((m) => ({
      id: `${p.id}/${m.id}`,
      object: 'model' as const,
      created: 0,
      owned_by: p.id,
      permitted_levels: lv,
      capabilities: m.capabilities ?? ['chat'],
    }));
  });
}

/** `auto`, route ids, route aliases and bundle aliases: each as the union of the models it can reach. */
function aliasEntries(bundle: PolicyBundle, models: ModelEntry[]): ModelEntry[] {
  const names = new Set<string>(['auto', ...Object.keys(bundle.aliases ?? {})]);
  for (const r of bundle.routes) {
    names.add(r.id);
    if (r.match.model) names.add(r.match.model);
  }
  const out: ModelEntry[] = [];
  for (const name of names) {
    const resolved = resolveRoute(bundle, { model: name });
    if (!resolved?.route) continue;
    const reachable = models.filter((m) => resolved.route.candidates.includes(m.id));
    if (reachable.length === 0) continue;
    const levels = DATA_LEVELS.filter((l) => reachable.some((m) => m.permitted_levels.includes(l)));
    const capabilities = [...new Set(reachable.flatMap((m) => m.capabilities ?? []))];
    out.push({
      id: name,
      object: 'model',
      created: 0,
      owned_by: 'gateway',
      permitted_levels: levels,
      capabilities,
      route: resolved.route.id,
    });
  }
  return out;
}

/**
 * GET /v1/models and /v1/models/{id}: only what the caller's tenant could ever be routed to (SPEC §3), each with
 * the data levels at which policy permits it for this tenant's region and floor, plus the route aliases.
 */
@Controller('v1/models')
export class ModelsController {
  constructor(private readonly policy: PolicyService) {}

  @Get()
  @Requires('models:read')
  list(@Req() req: GatewayRequest): { object: 'list'; data: ModelEntry[] } {
    return { object: 'list', data: this.entries(req) };
  }

  /** Model ids contain a slash (`sim-local/chat`): the id is the rest of the path. */
  @Get('*id')
  @Requires('models:read')
  retrieve(@Req() req: GatewayRequest, @Param('id') id: string | string[]): ModelEntry {
    const name = Array.isArray(id) ? id.join('/') : id;
    const found = this.entries(req).find((m) => m.id === name);
    // The requested name is not echoed: a client may put anything in it.
    if (!found) throw new GatewayError('not_found', 'The model does not exist or is not available to this key.', 'model');
    return found;
  }

  private entries(req: GatewayRequest): ModelEntry[] {
    const bundle = this.policy.bundle;
    const models = modelEntries(bundle, permittedLevels(bundle, req.principal?.tenant ?? null));
    return [...aliasEntries(bundle, models), ...models];
  }
}
