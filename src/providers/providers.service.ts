import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { createAdapter, startSimulator, type ProviderAdapter, type SimulatorHandle } from '@libs/providers';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppLogger } from '../observability/app-logger';
import { PolicyService } from '../policy/policy.service';

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
  ) {}

  async onModuleInit(): Promise<void> {
    for (const p of this.policy.bundle.providers) {
      let baseUrl = p.baseUrl ?? '';
      if (p.kind === 'simulator') {
        const sim = await startSimulator({
          providerId: p.id,
          port: this.cfg.simulatorEphemeral ? 0 : (p.simulator?.port ?? 0),
          host: '127.0.0.1',
          latencyMs: p.simulator?.latencyMs,
          failureRate: p.simulator?.failureRate,
          timeoutRate: p.simulator?.timeoutRate,
        });
        this.simulators.set(p.id, sim);
        baseUrl = sim.url;
      }
      const apiKey = p.apiKeyEnv ? this.cfg.secret(p.apiKeyEnv) : undefined;
      this.adapters.set(p.id, createAdapter({ providerId: p.id, kind: p.kind, baseUrl, apiKey, apiVersion: p.apiVersion }));
    }
    if (this.simulators.size > 0) {
      const ports = [...this.simulators].map(([id, s]) => `${id}:${s.port}`);
      this.log.info({ simulators: ports }, 'demo simulators listening on loopback');
    }
  }

  adapter(providerId: string): ProviderAdapter | undefined {
    return this.adapters.get(providerId);
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
