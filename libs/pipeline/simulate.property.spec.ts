import fc from 'fast-check';
import { unreadableLevel, type Classification } from '@libs/classification';
import { CATEGORIES, DATA_LEVELS, GatewayError, maxLevel, WORKLOADS, type DataLevel } from '@libs/core';
import { evaluate, OUTPUT_FORMATS, STRATEGIES, type PolicyBundle } from '@libs/policy';
import { aBundle, aProvider, aRoute, aRule } from '../policy/policy.fixtures';
import { HOSTINGS } from '../policy/schema';
import type { Capability } from './capabilities';
import { decide, type DecisionInput } from './decide';
import { replayDecision, simulate, type RecordedDecision } from './simulate';
import { recorded } from './simulate.testing';
import { whenArb } from './property-arbitraries.testing';

/**
 * Simulating the decisions a bundle made, under that same bundle, changes nothing (SPEC §8: simulate and live
 * evaluation agree); and under any candidate, simulate never names a provider outside the candidate's
 * permitted set for that request (SPEC §5 invariant).
 */

const PROVIDERS = ['p0', 'p1', 'p2', 'p3'];
const WORDS = ['refund', 'complaint', 'hello', 'Rückerstattung', '退款', 'parcel', 'lawsuit'];

const providerArb = (id: string, i: number) =>
  fc
    .record({
      baa: fc.boolean(),
      zeroRetention: fc.boolean(),
      hosting: fc.constantFrom(...HOSTINGS),
      regions: fc.constantFrom('us-east-1', 'eu-west-1', 'on-prem').map((r) => [r]),
      caps: fc.subarray(['json_schema', 'tools'] as const),
      contextWindow: fc.constantFrom(undefined, 1000, 128000),
      price: fc.integer({ min: 1, max: 40 }),
    })
    .map(({ caps, contextWindow, price, ...p }) =>
      aProvider({
        id,
        ...p,
        models: [
          { id: 'chat', inputUsdPerMTok: price / 10, outputUsdPerMTok: (price + i) / 5, contextWindow, capabilities: ['chat', ...caps] },
        ],
      }),
    );

const complianceArb = fc.array(
  fc.record({
    when: fc.oneof(
      fc.record({ categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { minLength: 1 }) }),
      fc.record({ level: fc.constantFrom(...DATA_LEVELS) }),
      fc.record({ tenantRegion: fc.constant('eu').map((r) => [r]) }),
    ),
    require: fc.record(
      { baa: fc.boolean(), zeroRetention: fc.boolean(), hosting: fc.constant(['local', 'dedicated'] as const) },
      { requiredKeys: [] },
    ),
    action: fc.constantFrom('allow' as const, 'allow' as const, 'block' as const, 'pseudonymize' as const),
  }),
  { maxLength: 3 },
);

const routeArb = fc.record({
  candidates: fc.uniqueArray(fc.constantFrom(...PROVIDERS), { minLength: 1 }),
  strategy: fc.constantFrom(...STRATEGIES),
  latencyBudgetMs: fc.constantFrom(undefined, 500),
  workload: fc.constantFrom(undefined, ...WORKLOADS),
});

const bundleArb: fc.Arbitrary<PolicyBundle> = fc
  .record({
    providers: fc.tuple(...PROVIDERS.map((id, i) => providerArb(id, i))),
    compliance: complianceArb,
    routes: fc.array(routeArb, { minLength: 1, maxLength: 4 }),
    rules: fc.array(fc.record({ when: whenArb, route: fc.nat(3) }), { maxLength: 5 }),
    unreadableContent: fc.constantFrom(undefined, 'restricted' as const, 'confidential' as const, 'refuse' as const),
  })
  .map(({ providers, compliance, routes, rules, unreadableContent }) => {
    const workloads = new Set<string>();
    return aBundle({
      providers,
      tenants: [
        { id: 't1', region: 'us', tier: 'free', timeZone: 'Europe/Berlin' },
        { id: 't2', region: 'eu' },
      ],
      compliance: compliance.map((c, i) =>
        aRule({ id: `c${i}`, ...c, require: { ...c.require, hosting: c.require.hosting && [...c.require.hosting] } }),
      ),
      routes: routes.map((r, i) => {
        // one route per workload: `auto` picks the first one anyway
        const workload = r.workload !== undefined && !workloads.has(r.workload) ? r.workload : undefined;
        if (workload) workloads.add(workload);
        return aRoute({
          id: `r${i}`,
          match: workload ? { workload } : {},
          strategy: r.strategy,
          latencyBudgetMs: r.latencyBudgetMs,
          candidates: r.candidates.map((p) => `${p}/chat`),
          default: i === 0,
        });
      }),
      aliases: { 'gpt-x': 'r0' },
      keywordLists: { a: ['refund', 'complaint'], b: ['退款', 'rückerstattung'] },
      rules: rules.map((r, i) => ({ id: `rule${i}`, when: r.when, route: `r${r.route % routes.length}` })),
      unreadableContent,
    });
  });

const requestArb = fc.record({
  tenant: fc.constantFrom({ id: 't1', region: 'us' }, { id: 't2', region: 'eu' }, { id: 't3', region: 'us' }),
  floor: fc.constantFrom(...DATA_LEVELS),
  level: fc.constantFrom(...DATA_LEVELS),
  declared: fc.constantFrom(null, ...DATA_LEVELS),
  categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
  images: fc.constantFrom(0, 0, 1),
  model: fc.constantFrom('auto', 'auto', 'gpt-x', 'r1', 'p2/chat'),
  promptTokens: fc.nat(4000),
  maxOutputTokens: fc.constantFrom(null, 100, 900),
  text: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join(' ')),
  format: fc.constantFrom(...OUTPUT_FORMATS),
  tools: fc.boolean(),
  messages: fc.integer({ min: 1, max: 6 }),
  priority: fc.constantFrom('interactive' as const, 'background' as const, null),
  workload: fc.constantFrom(null, ...WORKLOADS),
  minute: fc.nat(24 * 60 - 1),
});

type Req = typeof requestArb extends fc.Arbitrary<infer R> ? R : never;

function inputOf(r: Req): DecisionInput {
  const needs: Capability[] = ['chat'];
  if (r.tools) needs.push('tools');
  if (r.format !== 'text') needs.push('json_schema');
  const classification: Classification & { opaque: { image: number; audio: number; file: number } } = {
    level: r.level,
    categories: r.categories,
    findings: [],
    entities: {},
    healthContext: false,
    explanation: '',
    opaque: { image: r.images, audio: 0, file: 0 },
  };
  return {
    model: r.model,
    workload: r.workload,
    needs,
    promptTokens: r.promptTokens,
    maxOutputTokens: r.maxOutputTokens,
    stream: false,
    classification,
    tenant: { ...r.tenant, floor: r.floor },
    declaredLevel: r.declared,
    now: new Date(Date.UTC(2026, 5, 1, 0, r.minute)),
    request: { messages: r.messages, format: r.format, tools: r.tools, priority: r.priority, texts: () => [r.text] },
  };
}

/** What the gateway would have written for each request (400s are never recorded). */
function window(bundle: PolicyBundle, requests: readonly Req[]): RecordedDecision[] {
  const out: RecordedDecision[] = [];
  requests.forEach((r, seq) => {
    const input = inputOf(r);
    try {
      out.push(recorded(decide(bundle, 'v1', input), { seq, tenant: r.tenant.id, ts: input.now }));
    } catch (err) {
      if (!(err instanceof GatewayError)) throw err;
    }
  });
  return out;
}

describe('simulate agrees with live evaluation', () => {
  it('replaying a window under the bundle that decided it changes nothing, decision by decision', () => {
    fc.assert(
      fc.property(bundleArb, fc.array(requestArb, { minLength: 1, maxLength: 15 }), (bundle, requests) => {
        const records = window(bundle, requests);
        for (const rec of records) {
          const replay = replayDecision(bundle, rec);
          if (replay.status !== 'simulated') throw new Error(`not simulable: ${replay.reason}`);
          expect(replay.after).toEqual(replay.before);
          expect(replay.permittedAfter).toEqual(replay.permittedBefore);
          expect(replay.costAfterNusd).toBe(replay.costBeforeNusd);
        }
        const report = simulate(bundle, records);
        expect(report).toMatchObject({
          decisions: records.length,
          simulated: records.length,
          changedModel: 0,
          changedRoute: 0,
          changedRule: 0,
          newDenials: 0,
          liftedDenials: 0,
          newInvalid: 0,
          costDeltaUsd: 0,
          leftPermittedSet: { oldChoiceOutsideNew: 0, newChoiceOutsideOld: 0 },
          permittedSetChanged: 0,
          sample: [],
        });
        expect(report.notSimulable.count).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('simulate never leaves the permitted set', () => {
  it("every provider the candidate would use is in the candidate's permitted set for that request", () => {
    fc.assert(
      fc.property(bundleArb, bundleArb, fc.array(requestArb, { minLength: 1, maxLength: 10 }), (live, candidate, requests) => {
        for (const rec of window(live, requests)) {
          const replay = replayDecision(candidate, rec);
          if (replay.status !== 'simulated' || replay.after.verdict !== 'route') continue;
          const permitted = permittedUnder(candidate, rec);
          expect(replay.permittedAfter).toEqual(permitted);
          expect(permitted).toContain(replay.after.provider);
          for (const p of replay.plannedAfter) expect(permitted).toContain(p);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** The candidate's permitted set for a recorded request, computed directly with the policy evaluator. */
function permittedUnder(bundle: PolicyBundle, rec: RecordedDecision): string[] {
  const unreadable = bundle.unreadableContent ?? 'restricted';
  const opaque = rec.unreadable as { image: number; audio: number; file: number } | undefined;
  const level = maxLevel(
    rec.detected_level as DataLevel,
    (rec.declared_level as DataLevel | undefined) ?? 'public',
    rec.tenant_floor as DataLevel,
    unreadable === 'refuse' ? 'public' : unreadableLevel(opaque, unreadable),
  );
  const categories = rec.categories as Classification['categories'];
  return evaluate(bundle, { level, categories, tenantRegion: rec.region as string, now: new Date(rec.ts as string) }).permitted;
}
