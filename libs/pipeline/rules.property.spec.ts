import fc from 'fast-check';
import type { DataLevel } from '@libs/core';
import { evaluate } from '@libs/policy';
import { decide } from './decide';
import { bundleArb, requestArb } from './property-arbitraries.testing';
import { publicText, ruleInput, shape } from './rule-fixtures.testing';

/** Whatever its `when`, a rule never routes outside the permitted set (SPEC §5 invariant). */

describe('route rules never widen the permitted set', () => {
  it('every planned candidate is permitted, whatever the rules say', () => {
    fc.assert(
      fc.property(bundleArb, requestArb, (bundle, r) => {
        const level: DataLevel = r.level;
        const now = new Date(Date.UTC(2026, 5, 1, r.hour, 30));
        const d = decide(
          bundle,
          'v1',
          ruleInput({
            promptTokens: r.promptTokens,
            workload: r.workload,
            needs: r.format === 'text' ? ['chat'] : ['chat', 'json_schema'],
            classification: { ...publicText, level, categories: r.categories },
            tenant: { id: 't1', region: r.region, floor: 'public' },
            now,
            request: shape({ text: r.text, format: r.format, tools: r.tools, priority: r.priority }),
          }),
        );
        const permitted = evaluate(bundle, { level: d.level, categories: r.categories, tenantRegion: r.region, now }).permitted;
        if (d.verdict === 'deny') return;
        expect(d.plan.candidates.length).toBeGreaterThan(0);
        for (const c of d.plan.candidates) expect(permitted).toContain(c.provider);
        // a chosen rule's route is the planned route
        if (d.rule !== null) expect(bundle.rules?.find((x) => x.id === d.rule)?.route).toBe(d.plan.routeId);
      }),
      { numRuns: 400 },
    );
  });
});
