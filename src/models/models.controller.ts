import { Controller, Get, Req, UseGuards } from '@nestjs/common';
import { DATA_LEVELS, levelRank, type DataLevel } from '@libs/core';
import { evaluate } from '@libs/policy';
import { ApiKeyGuard, RequirePermission } from '../auth/api-key.guard';
import type { GatewayRequest } from '../common/request-context';
import { PolicyService } from '../policy/policy.service';

interface ModelEntry {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
  permitted_levels: DataLevel[];
  capabilities?: string[];
}

/**
 * GET /v1/models: only what the caller's tenant could ever be routed to (SPEC §3), each with the data levels
 * at which policy permits it for this tenant's region and floor. Platform keys see the whole catalogue.
 */
@Controller('v1/models')
@UseGuards(ApiKeyGuard)
export class ModelsController {
  constructor(private readonly policy: PolicyService) {}

  @Get()
  @RequirePermission('models:read')
  list(@Req() req: GatewayRequest): { object: 'list'; data: ModelEntry[] } {
    const tenant = req.principal?.tenant ?? null;
    const now = new Date();
    const levels = DATA_LEVELS.filter((l) => !tenant || levelRank(l) >= levelRank(tenant.floor));
    const permittedAt = new Map<string, DataLevel[]>();
    for (const level of levels) {
      const d = tenant ? evaluate(this.policy.bundle, { level, categories: [], tenantRegion: tenant.region, now }) : null;
      for (const p of this.policy.bundle.providers) {
        if (d && !d.permitted.includes(p.id)) continue;
        permittedAt.set(p.id, [...(permittedAt.get(p.id) ?? []), level]);
      }
    }
    const data: ModelEntry[] = [];
    for (const p of this.policy.bundle.providers) {
      const lv = permittedAt.get(p.id);
      if (!lv) continue;
      for (const m of p.models) {
        data.push({ id: `${p.id}/${m.id}`, object: 'model', created: 0, owned_by: p.id, permitted_levels: lv, capabilities: m.capabilities });
      }
    }
    return { object: 'list', data };
  }
}
