/** Test fixtures: factory functions with overridable defaults, validated like a real bundle. */
import type { PolicyFacts } from './evaluate';
import { validatePolicyBundle } from './load';
import type { ComplianceRule, PolicyBundle, Provider, Route, Tenant } from './schema';

export function aProvider(overrides: Partial<Provider> = {}): Provider {
  return {
    id: 'p1',
    kind: 'simulator',
    hosting: 'vendor',
    regions: ['us-east-1'],
    baa: true,
    attestationsValidUntil: '2027-12-31',
    models: [{ id: 'chat', inputUsdPerMTok: 1, outputUsdPerMTok: 2, capabilities: ['chat'] }],
    ...overrides,
  };
}

export function aRule(overrides: Partial<ComplianceRule> = {}): ComplianceRule {
  return { id: 'r1', when: {}, action: 'allow', ...overrides };
}

export function aTenant(overrides: Partial<Tenant> = {}): Tenant {
  return { id: 't1', region: 'us', ...overrides };
}

export function aRoute(overrides: Partial<Route> = {}): Route {
  return { id: 'default', match: { workload: 'chat' }, strategy: 'cheapest', candidates: ['p1/chat'], ...overrides };
}

export function aBundle(overrides: Partial<PolicyBundle> = {}): PolicyBundle {
  return validatePolicyBundle({
    apiVersion: 'gateway.policy/v1',
    providers: [aProvider()],
    tenants: [aTenant()],
    compliance: [],
    routes: [aRoute()],
    ...overrides,
  });
}

export function facts(overrides: Partial<PolicyFacts> = {}): PolicyFacts {
  return { level: 'public', categories: [], tenantRegion: 'us', now: new Date('2026-06-01T12:00:00Z'), ...overrides };
}
