import { PolicyLoadError } from './load';
import { applyOverlay, applyOverlayCompliance, overlayRelaxation, PolicyOverlaySchema } from './overlay';
import { aBundle, aProvider, aRoute, aRule } from './policy.fixtures';

const platform = aBundle({
  providers: [aProvider({ id: 'p1' }), aProvider({ id: 'p2' })],
  compliance: [aRule({ id: 'phi-needs-baa', when: { categories: ['PHI'] }, require: { baa: true } })],
  routes: [aRoute({ id: 'default', candidates: ['p1/chat', 'p2/chat'], default: true })],
});
const overlay = (o: unknown) => PolicyOverlaySchema.parse(o);

describe('tenant overlays only narrow (SPEC §8)', () => {
  it.each<[string, unknown, RegExp | null]>([
    ['an added compliance rule', { compliance: [{ id: 'no-vendor', when: {}, require: { hosting: ['local'] } }] }, null],
    [
      'a platform route with fewer candidates',
      { routes: [{ id: 'default', strategy: 'cheapest', candidates: ['p1/chat'], default: true }] },
      null,
    ],
    ['a route of its own', { routes: [{ id: 'mine', strategy: 'ordered', candidates: ['p2/chat'] }] }, null],
    [
      'a redefined platform rule',
      { compliance: [{ id: 'phi-needs-baa', when: { categories: ['PHI'] } }] },
      /compliance rule phi-needs-baa is a platform rule/,
    ],
    [
      'a platform route with an extra candidate',
      { routes: [{ id: 'default', strategy: 'cheapest', candidates: ['p1/chat', 'p2/chat', 'p3/chat'] }] },
      /route default adds candidate p3\/chat/,
    ],
  ])('%s', (_name, o, refusal) => {
    const why = overlayRelaxation(platform, overlay(o));
    if (refusal === null) expect(why).toBeNull();
    else expect(why).toMatch(refusal);
  });

  it('applies: rules added after the platform’s, routes replaced or added, the overlay’s route rules first', () => {
    const b = applyOverlay(
      platform,
      overlay({
        compliance: [{ id: 'no-vendor', when: {}, require: { hosting: ['local'] } }],
        routes: [{ id: 'default', strategy: 'cheapest', candidates: ['p1/chat'], default: true }],
      }),
    );
    expect(b.compliance.map((r) => r.id)).toEqual(['phi-needs-baa', 'no-vendor']);
    expect(b.routes.find((r) => r.id === 'default')?.candidates).toEqual(['p1/chat']);
  });

  it('refuses an overlay that does not fit (unknown model), and keeps only compliance rules when asked', () => {
    expect(() => applyOverlay(platform, overlay({ routes: [{ id: 'x', strategy: 'ordered', candidates: ['nope/chat'] }] }))).toThrow(
      PolicyLoadError,
    );
    const kept = applyOverlayCompliance(platform, overlay({ compliance: [{ id: 'extra', when: {}, action: 'block' }] }).compliance);
    expect(kept.compliance.map((r) => r.id)).toEqual(['phi-needs-baa', 'extra']);
  });

  it('merges aliases and carries a budget cap', () => {
    const o = overlay({ aliases: { 'gpt-4o-mini': 'default' }, budget: { monthlyUsd: 5 } });
    expect(applyOverlay(platform, o).aliases).toEqual({ 'gpt-4o-mini': 'default' });
    expect(o.budget).toEqual({ monthlyUsd: 5 });
    expect(PolicyOverlaySchema.safeParse({ budget: { monthlyUsd: -1 } }).success).toBe(false);
  });

  it('knows no unknown keys (budgets, providers and tenants are the platform’s)', () => {
    expect(PolicyOverlaySchema.safeParse({ providers: [] }).success).toBe(false);
  });
});
