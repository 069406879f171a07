import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { evaluate } from '@libs/policy';
import { decide } from './decide';
import { inCanarySlice } from '@libs/policy';
import { legFor, shadowSummary } from './legs';
import { bundleArb, requestArb } from './property-arbitraries.testing';
import { publicText, ruleInput, shape } from './rule-fixtures.testing';

/**
 * SPEC §5's invariant on the version paths of §8: the canary leg and the shadow leg each plan only providers
 * permitted for that request under that leg's own version; shadow never changes what is enforced.
 */
describe('shadow and canary legs never leave the permitted set', () => {
  it('whatever the two versions and the slice, every planned candidate is permitted under the version that plans it', () => {
    fc.assert(
      fc.property(
        bundleArb,
        bundleArb,
        requestArb,
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.nat(100),
        (active, other, r, rid, percent) => {
          const now = new Date(Date.UTC(2026, 5, 1, r.hour, 30));
          const input = ruleInput({
            promptTokens: r.promptTokens,
            workload: r.workload,
            needs: r.format === 'text' ? ['chat'] : ['chat', 'json_schema'],
            classification: { ...publicText, level: r.level, categories: r.categories },
            tenant: { id: 't1', region: r.region, floor: 'public' },
            now,
            request: shape({ text: r.text, format: r.format, tools: r.tools, priority: r.priority }),
          });
          const live = {
            bundle: active,
            version: 'v1',
            shadow: { bundle: other, version: 'v2' },
            canary: { bundle: other, version: 'v2', percent },
          };
          const { leg } = legFor(live, rid);
          const facts = { categories: r.categories, tenantRegion: r.region, now };
          const d = decide(leg.bundle, leg.version, input);
          if (d.verdict === 'route') {
            const permitted = evaluate(leg.bundle, { ...facts, level: d.level }).permitted;
            for (const c of d.plan.candidates) expect(permitted).toContain(c.provider);
          }
          const shadow = shadowSummary(decide(other, 'v2', input), 'v2');
          if (shadow.verdict === 'route') {
            const permitted = evaluate(other, { ...facts, level: shadow.level as typeof r.level }).permitted;
            expect(permitted).toContain(shadow.provider);
          }
          // The enforced decision is the leg's alone: judging the shadow changes nothing of it.
          expect(decide(leg.bundle, leg.version, input)).toEqual(d);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('canary leg', () => {
  it('0 % is nobody and 100 % everybody; without a canary there is no slice', () => {
    const live = { bundle: 'a', version: 'v1', canary: { bundle: 'b', version: 'v2', percent: 100 } };
    expect(legFor(live, 'x')).toEqual({ leg: live.canary, slice: 'canary' });
    expect(legFor({ ...live, canary: { ...live.canary, percent: 0 } }, 'x')).toEqual({
      leg: { ...live, canary: { ...live.canary, percent: 0 } },
      slice: 'active',
    });
    expect(legFor({ bundle: 'a', version: 'v1' }, 'x')).toEqual({ leg: { bundle: 'a', version: 'v1' }, slice: null });
  });

  it('follows the slice of the canary version (salted by its id)', () => {
    const live = { bundle: 'a', version: 'v1', canary: { bundle: 'b', version: 'v7', percent: 40 } };
    for (const id of Array.from({ length: 200 }, () => randomUUID())) {
      expect(legFor(live, id).slice).toBe(inCanarySlice(id, 40, 'v7') ? 'canary' : 'active');
    }
  });

  it('keyed by tenant or workload, every request of one tenant (or workload) lands on the same side', () => {
    for (const by of ['tenant', 'workload'] as const) {
      const live = { bundle: 'a', version: 'v1', canary: { bundle: 'b', version: 'v9', percent: 50, by } };
      const sides = new Set(Array.from({ length: 100 }, () => legFor(live, randomUUID(), { tenant: 't1', workload: 'chat' }).slice));
      expect(sides.size).toBe(1);
      const key = by === 'tenant' ? 'tenant:t1' : 'workload:chat';
      expect([...sides][0]).toBe(inCanarySlice(key, 50, 'v9') ? 'canary' : 'active');
    }
  });
});
