import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { createAdapter, type ProviderAdapter } from '@libs/providers';
import type { PolicyBundle } from '@libs/policy';
import { startDemoSimulators } from '../demo/simulator/demo-simulators';
import type { SimulatorHandle } from '../demo/simulator/simulator.server';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppLogger } from '../observability/app-logger';
import { PolicyService } from '../policy/policy.service';
import { HttpTransport } from '@libs/providers';

/**
 * One long-lived adapter per provider of the bundle. Providers of kind `simulator` are real HTTP servers
 * on loopback that the gateway starts itself, in demo mode only (SPEC §9; PolicyService refuses them otherwise).
 */
@Injectable()
export class ProvidersService implements OnModuleInit, OnApplicationShutdown {
  private readonly adapters = new Map<string, ProviderAdapter>();
  private readonly simulators = new Map<string, SimulatorHandle>();

  constructor(
    @Inject(APP_CONFIG) private readonly cfg: AppConfig,
    private readonly policy: PolicyService,
    private readonly log: AppLogger,
    private readonly transport: HttpTransport,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.sync(this.policy.bundle);
    if (this.simulators.size > 0) {
      const ports = [...this.simulators].map(([id, s]) => `${id}:${s.port}`);
      this.log.info({ simulators: ports }, 'demo simulators listening on loopback');
    }
  }

  /**
   * Adapters for every provider of `bundle` not yet known (at boot, and before a new policy version is put
   * in force). Simulators listen first: providers' base URLs are the ports actually bound (0 = any free
   * port). A cluster worker starts none: it uses those its primary serves, once for all workers.
   */
  async sync(bundle: PolicyBundle): Promise<void> {
    const fresh = bundle.providers.filter((p) => !this.adapters.has(p.id));
    const served = this.cfg.simulatorUrls;
    const own = fresh.filter((p) => served[p.id] === undefined && !this.simulators.has(p.id));
    for (const [id, sim] of await startDemoSimulators(own, this.cfg.simulatorPortBase)) this.simulators.set(id, sim);
    for (const p of fresh) {
      const baseUrl = this.simulators.get(p.id)?.url ?? served[p.id] ?? p.baseUrl ?? '';
      const apiKey = p.apiKeyEnv ? this.cfg.secret(p.apiKeyEnv) : undefined;
      this.adapters.set(p.id, createAdapter({ providerId: p.id, kind: p.kind, baseUrl, apiKey, apiVersion: p.apiVersion }, this.transport));
    }
  }

  adapter(providerId: string): ProviderAdapter | undefined {
    return this.adapters.get(providerId);
  }

  /** Base URL of every demo simulator this process serves (the cluster primary hands them to its workers). */
  simulatorUrls(): Record<string, string> {
    return Object.fromEntries([...this.simulators].map(([id, s]) => [id, s.url]));
  }

  /** The demo simulator of a provider (tests use it to inject faults and count requests). */
  simulator(providerId: string): SimulatorHandle | undefined {
    return this.simulators.get(providerId);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.adapters.values()].map((a) => a.close()));
    await Promise.all([...this.simulators.values()].map((s) => s.close()));
  }
}
