import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@libs/auth';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppLogger } from '../observability/app-logger';
import { PolicyService } from '../policy/policy.service';
import { TenantsService } from '../tenants/tenants.service';

export interface DemoKeys {
  tenants: Record<string, string>;
  admin: string;
  compliance: string;
  approver: string;
}

/** SPEC §8: the demo's `admin` is platform-admin, `approver` a platform-scoped policy-approver, `compliance` platform-auditor. */
const PLATFORM_KEYS: [keyof Omit<DemoKeys, 'tenants'>, Role][] = [
  ['admin', 'platform-admin'],
  ['compliance', 'platform-auditor'],
  ['approver', 'policy-approver'],
];

/**
 * Seeds the bundle's tenants and, in demo mode, one key per tenant plus the admin, compliance and
 * approver keys, kept in <data>/demo-keys.json (mode 0600) and reused across restarts while still valid.
 */
@Injectable()
export class DemoService {
  constructor(
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
    private readonly policy: PolicyService,
    private readonly tenants: TenantsService,
    private readonly log: AppLogger,
  ) {}

  get keysFile(): string {
    return join(this.cfg.dataDir, 'demo-keys.json');
  }

  async seed(): Promise<DemoKeys | null> {
    for (const t of this.policy.bundle.tenants) {
      await this.tenants.upsertTenant({
        id: t.id,
        region: t.region,
        floor: t.floor ?? 'public',
        monthlyBudgetUsd: t.monthlyBudgetUsd ?? null,
        tier: t.tier ?? null,
        timeZone: t.timeZone ?? null,
      });
    }
    if (!this.cfg.demo) return null;
    const old = this.readKeys();
    const keys: DemoKeys = { tenants: {}, admin: '', compliance: '', approver: '' };
    for (const t of this.policy.bundle.tenants) {
      keys.tenants[t.id] = await this.keep(old?.tenants[t.id], t.id, 'invoke', `demo ${t.id}`);
    }
    for (const [name, role] of PLATFORM_KEYS) keys[name] = await this.keep(old?.[name], null, role, `demo ${name}`);
    mkdirSync(this.cfg.dataDir, { recursive: true });
    writeFileSync(this.keysFile, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600 });
    chmodSync(this.keysFile, 0o600);
    this.log.info({ keysFile: this.keysFile, tenants: Object.keys(keys.tenants) }, 'demo keys ready');
    return keys;
  }

  private async keep(token: string | undefined, tenantId: string | null, role: Role, label: string): Promise<string> {
    if (token && (await this.tenants.keyIsUsable(token))) return token;
    return (await this.tenants.createKey(tenantId, role, label)).token;
  }

  private readKeys(): DemoKeys | null {
    if (!existsSync(this.keysFile)) return null;
    try {
      return JSON.parse(readFileSync(this.keysFile, 'utf8')) as DemoKeys;
    } catch {
      return null;
    }
  }
}
