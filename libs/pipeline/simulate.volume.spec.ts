import { CATEGORIES, DATA_LEVELS, type Category } from '@libs/core';
import { aBundle, aRoute, aRule } from '../policy/policy.fixtures';
import { decide } from './decide';
import { publicText, ruleInput, shape, supportBundle } from './rule-fixtures.testing';
import { simulate, type RecordedDecision } from './simulate';
import { recorded } from './simulate.testing';

/** 100,000 recorded decisions in one call (SPEC §8 asks for seconds; no timing is asserted here). */

const WORDS = ['where is my parcel', 'I want a refund', 'billing error again', 'hello', 'a dispute'];

function syntheticWindow(n: number): RecordedDecision[] {
  const distinct: RecordedDecision[] = [];
  for (let i = 0; i < 500; i++) {
    const categories: Category[] = i % 7 === 0 ? [CATEGORIES[i % CATEGORIES.length] as Category] : [];
    const ts = new Date(Date.UTC(2026, 5, 1, i % 24, i % 60));
    const d = decide(
      supportBundle,
      'v1',
      ruleInput({
        promptTokens: (i * 37) % 3000,
        maxOutputTokens: i % 3 === 0 ? null : 200,
        classification: { ...publicText, level: DATA_LEVELS[i % 4] ?? 'public', categories },
        tenant: i % 2 === 0 ? { id: 't1', region: 'us', floor: 'public' } : { id: 'free-co', region: 'us', floor: 'internal' },
        now: ts,
        request: shape({ text: WORDS[i % WORDS.length], priority: i % 5 === 0 ? 'background' : null, messages: 1 + (i % 4) }),
      }),
    );
    distinct.push(recorded(d, { seq: i, tenant: i % 2 === 0 ? 't1' : 'free-co', ts }));
  }
  return Array.from({ length: n }, (_, seq) => ({ ...distinct[seq % distinct.length], seq }));
}

describe('simulate at volume', () => {
  it('replays 100,000 decisions', () => {
    const candidate = aBundle({
      ...supportBundle,
      compliance: [...supportBundle.compliance, aRule({ id: 'pci-blocked', when: { categories: ['PCI'] }, action: 'block' })],
      routes: supportBundle.routes.map((r) => (r.id === 'support-chat' ? aRoute({ ...r, candidates: ['local/chat'] }) : r)),
    });
    const report = simulate(candidate, syntheticWindow(100_000));
    expect(report.decisions).toBe(100_000);
    expect(report.simulated + report.notSimulable.count).toBe(100_000);
    expect(report.changedProvider).toBeGreaterThan(0);
    expect(report.sample).toHaveLength(20);
  });
});
