import type { Classification } from '@libs/classification';
import { aBundle, aRoute, aRule } from '../policy/policy.fixtures';
import { decide, type DecisionInput } from './decide';
import { ruleInput, shape, supportBundle } from './rule-fixtures.testing';
import { replayDecision, simulate, type RecordedDecision } from './simulate';
import { classifierDenial, recorded } from './simulate.testing';

const blockSecrets = aRule({ id: 'no-secrets-out', when: { categories: ['CREDENTIALS'] }, action: 'block' });
const live = aBundle({ ...supportBundle, compliance: [...supportBundle.compliance, blockSecrets] });

const cls = (level: Classification['level'], categories: Classification['categories']): Classification => ({
  level,
  categories,
  findings: [],
  entities: {},
  healthContext: false,
  explanation: '',
});

const ts = new Date('2026-06-01T12:00:00Z');

function record(seq: number, i: Partial<DecisionInput>): RecordedDecision {
  return recorded(decide(live, 'v1', ruleInput({ now: ts, ...i })), { seq, tenant: 't1', ts });
}

/** Six entries; the comments give the live choice and the router's estimate (tokens x USD/MTok). */
const window: RecordedDecision[] = [
  // support-chat, cheapest: cheap/chat, 1000 x 0.1 + 500 x 0.2 = 200 USD/M -> 200_000 nano-USD
  record(1, { promptTokens: 1000, maxOutputTokens: 500 }),
  // refund-to-strong: strong/chat, 100 x 3 + 256 (default output) x 6 = 1836 -> 1_836_000
  record(2, { promptTokens: 100, request: shape({ text: 'I want a refund' }) }),
  // PCI, allowed today: cheap/chat, 200 x 0.1 + 100 x 0.2 = 40 -> 40_000
  record(3, { promptTokens: 200, maxOutputTokens: 100, classification: cls('confidential', ['PCI']) }),
  // credentials: denied by no-secrets-out, today and under the candidate
  record(4, { classification: cls('restricted', ['CREDENTIALS']) }),
  // background: batch today; the candidate's first rule reads a keyword list nobody scanned
  record(5, { promptTokens: 50, request: shape({ text: 'hello', priority: 'background' }) }),
  classifierDenial({ seq: 6, tenant: 't1', ts }),
];

/** Drops cheap/chat from the default route, blocks PCI, and adds a rule on a new keyword list. */
const candidate = aBundle({
  ...live,
  compliance: [...live.compliance, aRule({ id: 'pci-blocked', when: { categories: ['PCI'] }, action: 'block' })],
  routes: live.routes.map((r) => (r.id === 'support-chat' ? aRoute({ ...r, candidates: ['local/chat'] }) : r)),
  keywordLists: { ...live.keywordLists, legal: ['lawsuit', 'attorney'] },
  rules: [
    { id: 'legal-review', when: { all: [{ priority: 'background' }, { keywords: 'legal' }] }, route: 'support-strong' },
    ...(live.rules ?? []),
  ],
});

describe('simulate: a hand-computed window', () => {
  it('reports the changed provider, the new denial, what is not simulable and the cost delta', () => {
    const chat = { route: 'support-chat', rule: null };
    expect(simulate(candidate, window)).toEqual({
      decisions: 6,
      simulated: 4,
      changedProvider: 1,
      changedModel: 1,
      changedRoute: 0,
      changedRule: 0,
      newDenials: 1,
      liftedDenials: 0,
      newInvalid: 0,
      // before 200_000 + 1_836_000 + 40_000 + 0; after local/chat 1000 x 0.2 + 500 x 0.4 = 400_000, + 1_836_000, 0, 0
      costBeforeUsd: 0.002076,
      costAfterUsd: 0.002236,
      costDeltaUsd: 0.00016,
      // the PCI request's recorded provider (cheap) is outside the candidate's (empty) permitted set
      leftPermittedSet: { oldChoiceOutsideNew: 1, newChoiceOutsideOld: 0 },
      permittedSetChanged: 1,
      latencyDependent: 0,
      notSimulable: {
        count: 2,
        reasons: [
          { reason: 'denied before policy evaluation (classifier_unavailable)', count: 1 },
          { reason: 'rule legal-review reads keyword list legal, which the recorded scan does not cover', count: 1 },
        ],
      },
      sample: [
        {
          seq: 1,
          tenant: 't1',
          requestId: 'req-1',
          before: { verdict: 'route', provider: 'cheap', model: 'chat', ...chat },
          after: { verdict: 'route', provider: 'local', model: 'chat', ...chat },
        },
        {
          seq: 3,
          tenant: 't1',
          requestId: 'req-3',
          before: { verdict: 'route', provider: 'cheap', model: 'chat', ...chat },
          after: { verdict: 'deny', provider: null, model: null, route: null, rule: null },
        },
      ],
    });
  });

  it('the live bundle replayed over its own window changes nothing', () => {
    const r = simulate(live, window);
    expect(r).toMatchObject({
      simulated: 5,
      changedModel: 0,
      changedRule: 0,
      newDenials: 0,
      liftedDenials: 0,
      costDeltaUsd: 0,
      sample: [],
    });
    expect(r.notSimulable.count).toBe(1);
  });

  it('a candidate without the blocking rule lifts the denial', () => {
    const open = aBundle({ ...live, compliance: supportBundle.compliance });
    const r = simulate(open, [window[3]!]);
    expect(r).toMatchObject({ liftedDenials: 1, newDenials: 0 });
    expect(r.sample[0]?.after).toMatchObject({ verdict: 'route', provider: 'cheap' });
    expect(r.leftPermittedSet).toEqual({ oldChoiceOutsideNew: 0, newChoiceOutsideOld: 1 });
  });

  it('a pinned model the candidate no longer offers is a new 400, not a guess', () => {
    const pinned = record(7, { model: 'strong/chat' });
    const gone = aBundle({
      ...live,
      providers: live.providers.map((p) => (p.id === 'strong' ? { ...p, models: [{ ...p.models[0]!, id: 'chat-2' }] } : p)),
      routes: live.routes.map((r) => aRoute({ ...r, candidates: r.candidates.map((c) => (c === 'strong/chat' ? 'strong/chat-2' : c)) })),
    });
    expect(simulate(gone, [pinned])).toMatchObject({ simulated: 1, newInvalid: 1 });
  });

  it('a changed keyword list is not reused; an unchanged one is', () => {
    const refund = window[1]!;
    const changedList = aBundle({ ...live, keywordLists: { escalation: ['refund', 'lawsuit'] } });
    expect(replayDecision(changedList, refund)).toEqual({
      status: 'not_simulable',
      reason: 'rule refund-to-strong reads keyword list escalation, which the recorded scan does not cover',
    });
    // same words, other order and case: the same list
    const reordered = aBundle({ ...live, keywordLists: { escalation: ['Dispute', 'billing error', 'chargeback', 'refund', 'complaint'] } });
    expect(replayDecision(reordered, refund)).toMatchObject({
      status: 'simulated',
      after: { provider: 'strong', rule: 'refund-to-strong' },
    });
  });

  it('an entry recorded before the simulation fields existed is not simulable', () => {
    const { requested_model: _dropped, ...old } = window[0]!;
    expect(replayDecision(candidate, old)).toEqual({
      status: 'not_simulable',
      reason: 'recorded without requested_model (before simulation metadata was recorded)',
    });
  });

  it('refuses to read a malformed entry rather than guess', () => {
    expect(replayDecision(candidate, { ...window[0]!, request_signals: null })).toEqual({
      status: 'not_simulable',
      reason: 'recorded with a value this version cannot read',
    });
    expect(replayDecision(candidate, { ...window[0]!, detected_level: 'secret' })).toMatchObject({ status: 'not_simulable' });
    expect(replayDecision(candidate, { ...window[0]!, kind: 'routing_outcome' })).toEqual({
      status: 'not_simulable',
      reason: 'not a decision entry (kind routing_outcome)',
    });
  });

  it('uses the tenant facts it is given instead of the recorded ones', () => {
    const euRule = aRule({ id: 'eu-in-eu', when: { tenantRegion: ['eu'] }, require: { regions: ['eu-*', 'on-prem'] } });
    const withEu = aBundle({ ...live, compliance: [...live.compliance, euRule] });
    const r = simulate(withEu, [window[0]!], { tenants: (id) => ({ id, region: 'eu', floor: 'public' }) });
    expect(r.sample[0]?.after).toMatchObject({ provider: 'local' });
  });

  it('never puts request content in the report', () => {
    const secret = record(8, { request: shape({ text: 'refund for Jane Roe 4111 1111 1111 1111' }) });
    expect(JSON.stringify(secret)).not.toMatch(/Jane|4111/);
    expect(JSON.stringify(simulate(candidate, [secret]))).not.toMatch(/Jane|4111/);
  });
});
